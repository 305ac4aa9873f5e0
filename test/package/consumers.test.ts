/**
 * The consumer matrix: the generated package as other people's projects get it. `npm pack` in
 * generated/, the tarball installed by name, then one project per set-up a team may have, each
 * making real calls against a recording server on loopback:
 *
 * | project | module set-up | checked with | run with |
 * | --- | --- | --- | --- |
 * | esm | `"type": "module"`, `module: nodenext` | TypeScript 5.4, 5.9, 7 | Node (this one), Node 18.0.0 |
 * | cjs | `"type": "commonjs"`, `module: nodenext` | TypeScript 5.4, 5.9, 7 | Node (this one), Node 18.0.0 |
 * | bundler | `moduleResolution: bundler` | TypeScript 5.4, 5.9, 7 | an esbuild bundle, on Node |
 * | cjs-node10 | `module: commonjs`, `moduleResolution: node10` (`main` and `types`) | TypeScript 5.4, 5.9 | |
 * | jest | Jest 30's default set-up (CommonJS, no configuration) | | Jest |
 *
 * The esm project also type-checks the README's examples, and asks TypeScript's language service
 * where go-to-definition lands. Node 18.0.0 is the oldest version `engines` names.
 *
 * The tools that the root's node_modules lacks (Node 18, TypeScript 5.4, Jest) are pinned in
 * test/package/tools/ and installed there by `npm ci` on the first run. Cost: about a minute of
 * wall time on a 2-core machine, and the first run's install (about 20 s, 230 MB).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startRecordingServer, type RecordedRequest, type RecordingServer } from '../support/recording-server.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const generatedDir = join(repo, 'generated');
const tools = join(repo, 'test', 'package', 'tools');
const sources = join(repo, 'test', 'package', 'consumer');
const packageName = 'unified-user-directory-api';
const node18 = join(tools, 'node_modules', 'node', 'bin', 'node');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** npm's own variables from the `npx vitest` that started us would point npm at the repo: drop them. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([name]) => !/^npm_(config_local_prefix|package_|lifecycle_|command)/i.test(name));
  return { ...Object.fromEntries(kept), ...extra };
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: cleanEnv(env), maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function ok(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

const compilers = {
  'TypeScript 5.4': join(tools, 'node_modules', 'typescript', 'bin', 'tsc'),
  'TypeScript 5.9': join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
  'TypeScript 7': join(repo, 'node_modules', 'typescript7', 'bin', 'tsc'),
} as const;
type Compiler = keyof typeof compilers;

const strict = { target: 'ES2022', strict: true, skipLibCheck: false, skipDefaultLibCheck: true, noEmitOnError: true };
const projects = {
  esm: { type: 'module', compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', declarationMap: false }, files: ['main.ts', 'readme.ts'] },
  cjs: { type: 'commonjs', compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext' }, files: ['main.ts'] },
  bundler: { type: 'module', compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'Bundler', noEmit: true }, files: ['main.ts'] },
  // The set-up of many older CommonJS projects (ts-jest's default among them): no `exports`, only
  // `main` and `types`. TypeScript 7 no longer has this resolution.
  'cjs-node10': { type: 'commonjs', compilerOptions: { ...strict, module: 'CommonJS', moduleResolution: 'Node10', noEmit: true }, files: ['main.ts'] },
} as const;
type Project = keyof typeof projects;
const checkedBy = (compiler: Compiler, project: Project) => !(compiler === 'TypeScript 7' && project === 'cjs-node10');

/**
 * The README's ```ts examples as one module: imports first, each later example in a block of its
 * own (they reuse names such as `result`), all after the first (which creates `client`). The README
 * reads the token from `process.env`; Node's types are not installed.
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

/** What the server does for each `X-Scenario` the consumer programs send. */
function answer(request: RecordedRequest, response: ServerResponse): void {
  switch (request.headers['x-scenario']) {
    case 'create':
      return json(response, 201, { id: 'u_1', first_name: 'Ada' }, { 'X-Request-Id': 'req-1' });
    case 'update':
      return json(response, 200, { id: 'u_1', first_name: 'Ada' });
    case 'retry-later': // the client waits 30 s before retrying; the program aborts it first
      return json(response, 429, { error: 'slow down' }, { 'Retry-After': '30' });
    case 'stall': // headers, half a body, then nothing
      response.writeHead(201, { 'content-type': 'application/json' });
      return void response.write('{"id": "u_');
    case 'html':
      response.writeHead(200, { 'content-type': 'text/html' });
      return void response.end('<html><body>Bad gateway</body></html>');
    case 'empty':
      return void response.writeHead(201).end();
    default:
      return json(response, 400, { error: 'no scenario' });
  }
}

/** The lines main.ts prints when every feature works. */
const expectedLines = [
  'created u_1 201 req-1 u_1',
  'updated u_1',
  'aborted AbortError true',
  'stalled TimeoutError true',
  'html InvalidResponseError true SyntaxError',
  'empty InvalidResponseError true',
  'refused RequestValidationError okta does not support password',
  'token true false',
];

let server: RecordingServer;
let work: string;
let tarballFiles: string[];
const checks = new Map<string, Result>();
const builds = new Map<Project, Result>();

/** `npm ci` in test/package/tools, unless the lockfile installed there last is the current one. */
async function ensureTools(): Promise<void> {
  const lockfile = await readFile(join(tools, 'package-lock.json'), 'utf8');
  const marker = join(tools, 'node_modules', '.installed-lockfile');
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === lockfile) return;
  await ok('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], tools);
  await writeFile(marker, lockfile);
}

beforeAll(async () => {
  server = await startRecordingServer(answer);
  work = await mkdtemp(join(tmpdir(), 'unified-api-consumers-'));
  const [[packed]] = await Promise.all([
    ok('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], generatedDir).then(
      (out) => JSON.parse(out) as [{ filename: string; files: { path: string }[] }],
    ),
    ensureTools(),
  ]);
  tarballFiles = packed.files.map((file) => file.path).sort();

  // One install in the folder that holds every project: Node, TypeScript and Jest all look up the
  // folders for node_modules, as they would in a monorepo.
  await writeFile(join(work, 'package.json'), JSON.stringify({ name: 'consumers', private: true }));
  await ok('npm', ['install', join(work, packed.filename), '--prefer-offline', '--no-audit', '--no-fund'], work);
  const readme = await readFile(join(work, 'node_modules', packageName, 'README.md'), 'utf8');

  for (const [name, project] of Object.entries(projects)) {
    const folder = join(work, name);
    await mkdir(folder);
    await writeFile(join(folder, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: project.type }));
    await writeFile(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: project.compilerOptions, files: project.files }, null, 2));
    await cp(join(sources, 'main.ts'), join(folder, 'main.ts'));
  }
  await writeFile(join(work, 'esm', 'readme.ts'), readmeTs(readme));
  await mkdir(join(work, 'jest'));
  await writeFile(join(work, 'jest', 'package.json'), JSON.stringify({ name: 'consumer-jest', private: true }));
  await cp(join(sources, 'consumer.test.js'), join(work, 'jest', 'consumer.test.js'));

  // TypeScript 5.9 builds the programs that run; every compiler checks every project.
  const tsc = (compiler: Compiler, project: Project, ...args: string[]) =>
    run(process.execPath, [compilers[compiler], '-p', join(work, project), ...args], work);
  const jobs: Promise<void>[] = [];
  for (const project of Object.keys(projects) as Project[]) {
    for (const compiler of (Object.keys(compilers) as Compiler[]).filter((compiler) => checkedBy(compiler, project))) {
      const emits = compiler === 'TypeScript 5.9' && (project === 'esm' || project === 'cjs');
      jobs.push(
        tsc(compiler, project, ...(emits ? [] : ['--noEmit'])).then((result) => {
          checks.set(`${compiler} ${project}`, result);
          if (emits) builds.set(project, result);
        }),
      );
    }
  }
  await Promise.all(jobs);
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs a consumer program and returns its lines, with the requests it made. */
async function runProgram(nodeBinary: string, file: string): Promise<{ result: Result; lines: string[]; requests: RecordedRequest[] }> {
  const before = server.requests.length;
  const result = await run(nodeBinary, [file, server.url], work);
  return { result, lines: result.stdout.trim().split('\n'), requests: server.requests.slice(before) };
}

function expectRequests(requests: RecordedRequest[]): void {
  const byScenario = (name: string) => requests.filter((request) => request.headers['x-scenario'] === name);
  const [created] = byScenario('create');
  expect(created?.headers).toMatchObject({ 'idempotency-key': 'order-1', 'x-trace-id': 'trace-1', authorization: 'Bearer tok_consumer_s3cr3t' });
  expect(JSON.parse(created!.body)).toMatchObject({ first_name: 'Ada', timezone: 'Europe/London' });
  expect(byScenario('create')).toHaveLength(1); // withResponse() and await read the one answer
  expect(byScenario('update')[0]?.url).toBe('/unified/user-directory/users/u_1?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d');
  expect(byScenario('retry-later')).toHaveLength(1); // aborted during the wait: no retry sent
  expect(requests.filter((request) => request.body.includes('hunter2'))).toEqual([]); // refused before sending
}

describe('the packed package', () => {
  it('ships ESM and CommonJS builds with their types and declaration maps, the sources, README and openapi.json', () => {
    for (const file of ['index.js', 'index.d.ts', 'index.d.ts.map', 'cjs/index.js', 'cjs/index.d.ts', 'cjs/index.d.ts.map', 'cjs/package.json']) {
      expect(tarballFiles).toContain(`dist/${file}`);
    }
    expect(tarballFiles).toContain('src/index.ts');
    expect(tarballFiles.filter((file) => !/^(dist|src)\//.test(file))).toEqual(['README.md', 'openapi.json', 'package.json']);
  });
});

describe.each(Object.keys(compilers) as Compiler[])('%s', (compiler) => {
  it.each((Object.keys(projects) as Project[]).filter((project) => checkedBy(compiler, project)))(
    'type-checks the %s project, every @ts-expect-error used',
    (project) => {
      expect(checks.get(`${compiler} ${project}`)).toMatchObject({ code: 0, stdout: '' });
    },
  );
});

describe('running the programs', () => {
  it('esm (module nodenext, import) on this Node', async () => {
    expect(builds.get('esm')?.code).toBe(0);
    const { result, lines, requests } = await runProgram(process.execPath, 'esm/main.js');
    expect(result.stderr).toBe('');
    expect(lines).toEqual(expectedLines);
    expectRequests(requests);
  });

  it('cjs ("type": "commonjs", require) on this Node', async () => {
    expect(builds.get('cjs')?.code).toBe(0);
    expect(await readFile(join(work, 'cjs', 'main.js'), 'utf8')).toContain(`require("${packageName}")`);
    const { result, lines, requests } = await runProgram(process.execPath, 'cjs/main.js');
    expect(result.stderr).toBe('');
    expect(lines).toEqual(expectedLines);
    expectRequests(requests);
  });

  it('bundler (an esbuild bundle of the ESM build) on this Node', async () => {
    const esbuild = join(repo, 'node_modules', '.bin', 'esbuild');
    await ok(esbuild, ['bundler/main.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=bundler/out.mjs'], work);
    const { result, lines, requests } = await runProgram(process.execPath, 'bundler/out.mjs');
    expect(result.stderr).toBe('');
    expect(lines).toEqual(expectedLines);
    expectRequests(requests);
  });

  describe.skipIf(!(process.platform === 'linux' && process.arch === 'x64'))('on Node 18.0.0, the oldest that engines names', () => {
    it('has Node 18.0.0 and the engines field names it', async () => {
      expect((await ok(node18, ['--version'], work)).trim()).toBe('v18.0.0');
      const manifest = JSON.parse(await readFile(join(work, 'node_modules', packageName, 'package.json'), 'utf8')) as { engines: { node: string } };
      expect(manifest.engines.node).toBe('>=18.0.0');
    });

    it.each(['esm', 'cjs'])('runs the %s program', async (project) => {
      const { result, lines, requests } = await runProgram(node18, `${project}/main.js`);
      // Node 18 warns that its fetch is experimental; nothing else may be printed.
      expect(result.stderr.replace(/^.*ExperimentalWarning: The Fetch API.*\n.*--trace-warnings.*\n/m, '')).toBe('');
      expect(lines).toEqual(expectedLines);
      expectRequests(requests);
    });
  });

  it("Jest 30's default set-up requires the CommonJS build and makes real calls", async () => {
    const jest = join(tools, 'node_modules', 'jest', 'bin', 'jest.js');
    const result = await run(process.execPath, [jest, '--ci', '--rootDir', join(work, 'jest')], work, { CONSUMER_BASE_URL: server.url });
    expect(result.stderr).toMatch(/Tests:\s+3 passed, 3 total/);
    expect(result.code).toBe(0);
  }, 120_000);
});

describe('in an editor', () => {
  it('go-to-definition lands in the shipped src/, through the declaration maps (tsserver, as editors run it)', async () => {
    const file = join(work, 'esm', 'main.ts');
    const text = await readFile(file, 'utf8');
    const names = ['createClient,', 'CreateUserResponse,', 'AbortError,'];
    const definitions = await tsserverDefinitions(file, names.map((name) => positionOf(text, text.indexOf(name))));
    const shown = definitions.map((definition) => definition && {
      file: definition.file.slice(join(work, 'node_modules', packageName).length + 1),
      line: definition.line,
    });
    expect(shown).toEqual([
      { file: 'src/client.ts', line: expect.stringMatching(/^export function createClient\(options: ClientOptions\): Client/) },
      { file: 'src/operations/createUser.ts', line: expect.stringMatching(/^export type CreateUserResponse</) },
      { file: 'src/runtime/errors.ts', line: expect.stringMatching(/^export class AbortError extends UnifiedApiError/) },
    ]);
  }, 60_000);
});

function positionOf(text: string, index: number): { line: number; offset: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, offset: before.at(-1)!.length + 1 };
}

/** Asks TypeScript 5.9's tsserver where each position's definition is; each answer's file and line text. */
async function tsserverDefinitions(file: string, positions: { line: number; offset: number }[]): Promise<({ file: string; line: string } | undefined)[]> {
  const { spawn } = await import('node:child_process');
  const server = spawn(process.execPath, [join(repo, 'node_modules', 'typescript', 'lib', 'tsserver.js'), '--disableAutomaticTypingAcquisition'], { cwd: work, env: cleanEnv() });
  const answers = new Map<number, { body?: { file: string; start: { line: number } }[] }>();
  let buffer = '';
  const settled = new Promise<void>((resolve, reject) => {
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      for (const line of buffer.split('\n')) {
        if (!line.startsWith('{')) continue;
        const message = JSON.parse(line) as { type: string; request_seq?: number; body?: never };
        if (message.type === 'response' && message.request_seq !== undefined) answers.set(message.request_seq, message);
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
      if (positions.every((_, index) => answers.has(index + 2))) resolve();
    });
    server.on('error', reject);
    setTimeout(() => reject(new Error('tsserver did not answer in time')), 50_000);
  });
  const send = (seq: number, command: string, args: object) =>
    server.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
  send(1, 'open', { file });
  positions.forEach((position, index) => send(index + 2, 'definition', { file, ...position }));
  try {
    await settled;
  } finally {
    server.kill();
  }
  return Promise.all(
    positions.map(async (_, index) => {
      const [definition] = answers.get(index + 2)?.body ?? [];
      if (!definition) return undefined;
      const line = (await readFile(definition.file, 'utf8')).split('\n')[definition.start.line - 1]!;
      return { file: definition.file, line };
    }),
  );
}
