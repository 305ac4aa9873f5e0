/**
 * The generated package as a user gets it: `npm pack` in generated/, installed by name into an empty
 * project outside the repo, used from a small TypeScript program that TypeScript 5 and 7 both accept,
 * compiled and run against a loopback server.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const generatedDir = fileURLToPath(new URL('../../generated/', import.meta.url));
const token = 'tok_pack_test';
const accountId = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';
const createdUser = { id: 'u_1', first_name: 'Ada', last_name: 'Lovelace', timezone: 'Europe/London', emails: [{ email: 'ada@example.com', is_primary: true }] };

interface SeenRequest { method: string; url: string; headers: IncomingHttpHeaders; body: string }

let server: Server;
let baseUrl: string;
const seen: SeenRequest[] = [];
let work: string;
let project: string;
let tarballFiles: string[];
let readmeExamples: string;
let typescript5: Result;
let typescript7: Result;
let typescript7Version: string;

/** The program a user would write, importing the package by name. */
function mainTs(): string {
  return `import { createClient, RequestValidationError, type CreateUserRequest, type CreateUserResponse } from 'unified-user-directory-api';

const client = createClient({ token: '${token}', baseUrl: '${baseUrl}', maxRetries: 0 });
const query = { integrated_account_id: '${accountId}' };

const user: CreateUserResponse<'salesforce'> = await client.createUser({
  integration: 'salesforce',
  query,
  body: {
    emails: [{ email: 'ada@example.com', is_primary: true }],
    first_name: 'Ada',
    last_name: 'Lovelace',
    roles: [{ name: 'admin' }],
    timezone: 'Europe/London',
  },
});
console.log(JSON.stringify(user));

try {
  await client.createUser({ integration: 'salesforce', query, body: {} } as unknown as CreateUserRequest);
} catch (error) {
  if (!(error instanceof RequestValidationError)) throw error;
  console.log('invalid: ' + error.issues.map((issue) => issue.path).sort().join(','));
}

// The package's types are in force (never called): Salesforce requires a timezone, Okta takes none.
export async function typeErrors() {
  // @ts-expect-error
  await client.createUser({ integration: 'salesforce', query, body: { emails: [], first_name: 'Ada', last_name: 'Lovelace', roles: [] } });
  // @ts-expect-error
  await client.createUser({ integration: 'okta', query, body: { timezone: 'UTC' } });
}
`;
}

/**
 * The ```ts examples of the installed package's README as one module: imports first, each later
 * example in a block of its own (they reuse names such as `result`), all after the first (which
 * creates `client`). The README reads the token from `process.env`; Node's types are not installed.
 */
function readmeTs(readme: string): string {
  const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!.split('\n'));
  const imports = examples.flatMap((lines) => lines.filter((line) => line.startsWith('import ')));
  const code = examples.map((lines, index) => {
    const rest = lines.filter((line) => !line.startsWith('import ')).join('\n');
    return index === 0 ? rest : `{\n${rest}\n}`;
  });
  return [...imports, 'declare const process: { env: Record<string, string | undefined> };', ...code, 'export {};'].join('\n');
}

const compilerOptions = { target: 'ES2022', module: 'NodeNext', strict: true, skipLibCheck: false, skipDefaultLibCheck: true };

/** npm's own variables from the `npx vitest` that started us would point npm at the repo: drop them. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(config_local_prefix|package_|lifecycle_|command)/i.test(name)));
}

interface Result { code: number; stdout: string; stderr: string }

function run(command: string, args: string[], cwd: string): Promise<Result> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function ok(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

const tsc = (version: 'typescript' | 'typescript7', ...args: string[]) =>
  run(process.execPath, [join(project, 'node_modules', version, 'bin', 'tsc'), ...args], project);

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(createdUser));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  work = await mkdtemp(join(tmpdir(), 'unified-api-pack-'));
  const [packed] = JSON.parse(await ok('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], generatedDir)) as [
    { filename: string; files: { path: string }[] },
  ];
  tarballFiles = packed.files.map((file) => file.path).sort();

  project = join(work, 'project');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'pack-test', private: true, type: 'module' }));
  await ok('npm', ['install', join(work, packed.filename), 'typescript@5', 'typescript7@npm:typescript@7', '--prefer-offline', '--no-audit', '--no-fund'], project);
  const readme = await readFile(join(project, 'node_modules', 'unified-user-directory-api', 'README.md'), 'utf8');
  readmeExamples = readmeTs(readme);
  await writeFile(join(project, 'readme.ts'), readmeExamples);
  await writeFile(join(project, 'main.ts'), mainTs());
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['main.ts', 'readme.ts'] }, null, 2));

  // One TypeScript 5 run type-checks both files and emits the main.js that the last test runs.
  typescript5 = await tsc('typescript', '-p', '.');
  typescript7 = await tsc('typescript7', '--noEmit', '-p', '.');
  typescript7Version = (await tsc('typescript7', '--version')).stdout;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed package, installed by name in an empty project', () => {
  it('ships its built code, types, sources, README and openapi.json, and nothing else', () => {
    expect(tarballFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'openapi.json', 'dist/index.js', 'dist/index.d.ts', 'src/index.ts']));
    expect(tarballFiles.filter((file) => !/^(dist|src)\//.test(file))).toEqual(['README.md', 'openapi.json', 'package.json']);
  });

  it('installs openapi-fetch as its dependency', async () => {
    const manifest = JSON.parse(await readFile(join(project, 'node_modules', 'openapi-fetch', 'package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('openapi-fetch');
  });

  it("type-checks a program using it, and the README's examples, with TypeScript 5 (module NodeNext)", () => {
    expect(readmeExamples).toContain('client.createUser(');
    expect(readmeExamples).toContain('client.updateUser(');
    expect(typescript5).toMatchObject({ code: 0, stdout: '' });
  });

  it('type-checks the same files with TypeScript 7', () => {
    expect(typescript7Version).toMatch(/^Version 7\./);
    expect(typescript7).toMatchObject({ code: 0, stdout: '' });
  });

  it('runs the compiled program: the Salesforce user is created on the server and printed', async () => {
    expect(typescript5.code).toBe(0);
    seen.length = 0;
    const output = await ok(process.execPath, ['main.js'], project);

    expect(output.trim().split('\n')).toEqual([
      JSON.stringify(createdUser),
      'invalid: body.emails,body.first_name,body.last_name,body.roles,body.timezone',
    ]);
    expect(seen).toHaveLength(1); // the invalid request never left the client
    const [request] = seen;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe(`/unified/user-directory/users?integrated_account_id=${accountId}`);
    expect(request!.headers).toMatchObject({ authorization: `Bearer ${token}`, accept: expect.stringContaining('application/json') });
    expect(request!.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(request!.body)).toEqual({
      emails: [{ email: 'ada@example.com', is_primary: true }],
      first_name: 'Ada',
      last_name: 'Lovelace',
      roles: [{ name: 'admin' }],
      timezone: 'Europe/London',
    });
  }, 60_000);
});
