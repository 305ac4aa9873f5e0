/**
 * The real-world specs of the shared folder (`../shared/public-specs/`): what each should give, and
 * how a generated package is type-checked under TypeScript 5 and 7. Used by public-specs.test.ts
 * (every spec but the slow ones) and public-specs-slow.test.ts (Stripe, GitHub, OpenAI).
 */
import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { PACKAGE_TSCONFIG } from '../../generator/emit/package.js';
import { sharedFolder } from '../support/shared-folder.js';
import { ROOT } from './helpers.js';

export const PUBLIC_SPECS = sharedFolder('public-specs');

/** Each spec file in the folder; empty where the folder is absent. */
export function publicSpecFiles(): string[] {
  if (PUBLIC_SPECS.path === undefined) return [];
  return readdirSync(PUBLIC_SPECS.path).filter((file) => /\.(json|ya?ml)$/.test(file)).sort();
}

export function publicSpec(file: string): string {
  return join(PUBLIC_SPECS.path!, file);
}

/** One skipped test that says why, where the shared folder is absent: call at the top of a test file. */
export function skipWithoutPublicSpecs(): boolean {
  if (PUBLIC_SPECS.path !== undefined) return false;
  it.skip(`public specs: ${PUBLIC_SPECS.skipReason}`, () => {});
  return true;
}

/** Large specs (about 3 MB each): public-specs-slow.test.ts, so that they share one worker. */
export const SLOW = ['github-2020.json', 'openai.yaml', 'stripe-2022.json'];

/** Specs the generator refuses by design, and what its error must say. */
export const REFUSED: Record<string, { says: RegExp; oneLine: boolean }> = {
  'swagger20-petstore.yaml': { says: /is Swagger 2\.0; only OpenAPI 3\.0 and 3\.1 are supported/, oneLine: true },
  'oai32-tags-example.yaml': { says: /is OpenAPI 3\.2; only 3\.0 and 3\.1 are supported/, oneLine: true },
  // A browser's copy: two `//` lines above the JSON.
  'springdoc-alunos-browser-copy.json': { says: /is not valid JSON: Unexpected token '\/'/, oneLine: true },
  // Only webhooks: nothing a client calls.
  'oai31-webhook-example.yaml': { says: /has no operations to generate a client for \(it describes 1 webhook/, oneLine: true },
  // `$ref: /components/schemas/petdetails#pet_details_id`, resolved by a schema's `$id`: Redocly
  // (and so openapi-typescript, which refuses these two as well) resolves `$ref`s as files.
  'petstore31.yaml': { says: /petdetails/, oneLine: false },
  'petstore31-codefirst.json': { says: /petdetails/, oneLine: false },
};

/**
 * What a user of each client writes, per spec: a module put into the generated package's `src/`
 * (`public-spec-usage.ts`), so that the package's type check checks it too. Each call is one kind of
 * call the spec describes (a form body, a multipart upload, a patch media type, an API key, a header
 * parameter); each `@ts-expect-error` a mistake the types must catch.
 */
export const USAGE: Record<string, string> = {
  'stripe-2022.json': `
const client = createClient({ username: 'sk_test_123' });
export const bearer = createClient({ token: 'sk_test_123' });
export async function use(file: Blob) {
  const customer = await client.postCustomers({ body: { email: 'ada@example.com', metadata: { plan: 'pro' }, expand: ['default_source'] } });
  const id: string = customer.id;
  // @ts-expect-error a misspelt field of a form body is caught
  await client.postCustomers({ body: { emial: 'ada@example.com' } });
  await client.postFiles({ body: { file, purpose: 'dispute_evidence', file_link_data: { create: true } } });
  return id;
}
`,
  'k8s-core-v1.json': `
const client = createClient({ apiKey: 'Bearer token' });
const path = { name: 'web', namespace: 'default' };
export async function use() {
  await client.patchCoreV1NamespacedPod({ path, body: [{ op: 'replace', path: '/spec/activeDeadlineSeconds', value: 30 }] });
  await client.patchCoreV1NamespacedPod({ path, contentType: 'application/merge-patch+json', body: { metadata: { labels: { tier: 'web' } } } });
  await client.patchCoreV1NamespacedPod({ path, contentType: 'application/strategic-merge-patch+json', body: { spec: { containers: [] } } });
  await client.patchCoreV1NamespacedPod({ path, contentType: 'application/apply-patch+yaml', body: 'kind: Pod\\n' });
  // @ts-expect-error only the operation's own media types
  await client.patchCoreV1NamespacedPod({ path, contentType: 'application/xml', body: '<pod/>' });
  const pod = await client.createCoreV1NamespacedPod({ path: { namespace: 'default' }, body: { metadata: { name: 'web' }, spec: { containers: [{ name: 'web' }] } } });
  return pod.metadata?.name;
}
`,
  'truto-test-api.yml': `
const client = createClient({ apiKey: 'key' });
export async function use(file: File) {
  const attachment = await client.postAttachments({ body: { file, ticket_id: 1 } });
  const bytes: Blob = await client.getAttachmentsId({ path: { id: 1 } });
  // @ts-expect-error the upload is required
  await client.postAttachments({ body: { ticket_id: 1 } });
  return [attachment, bytes];
}
`,
  'petstore30.yaml': `
const client = createClient({ apiKey: 'special-key', token: 'oauth-token' });
export async function use(image: Blob) {
  await client.deletePet({ path: { petId: 1 }, header: { api_key: 'special-key' } });
  await client.addPet({ contentType: 'application/x-www-form-urlencoded', body: { name: 'Rex', photoUrls: ['a'] } });
  await client.addPet({ contentType: 'application/xml', body: '<pet><name>Rex</name></pet>' });
  await client.uploadFile({ path: { petId: 1 }, body: image });
  // @ts-expect-error the XML body is text the caller writes
  await client.addPet({ contentType: 'application/xml', body: { name: 'Rex', photoUrls: [] } });
}
`,
  'openai.yaml': `
const client = createClient({ token: 'sk-test' });
export async function use(file: File) {
  // temperature, top_p, n, stream... have defaults: the request may leave them out.
  await client.createChatCompletion({ body: { model: 'gpt-4o', messages: [] } });
  await client.createFile({ body: { file, purpose: 'batch' } });
  const speech: Blob = await client.createSpeech({ body: { model: 'tts-1', input: 'Hello', voice: 'alloy' } });
  return speech;
}
`,
};

/** Writes a spec's usage module, if it has one, into its generated package. */
export function writeUsage(file: string, packageDir: string): void {
  const usage = USAGE[file];
  if (usage !== undefined) writeFileSync(join(packageDir, 'src', 'public-spec-usage.ts'), `import { createClient } from './index.js';\n${usage}`);
}

const TSC = {
  5: fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)),
  7: fileURLToPath(new URL('../../node_modules/typescript7/bin/tsc', import.meta.url)),
};

/**
 * Type-checks generated packages under `root` (each `root/<name>/` with its `src/`) in one program per
 * compiler, with the packages' own compiler options, and returns each package's diagnostics, one line
 * each (`src/file.ts(12,5): error TS2322: ...`). One program for all: the compilers start once.
 */
export async function typeCheckPackages(root: string, packages: string[], version: 5 | 7): Promise<Map<string, string[]>> {
  const { rootDir: _rootDir, outDir: _outDir, declaration: _declaration, declarationMap: _declarationMap, ...options } = PACKAGE_TSCONFIG.compilerOptions;
  const tsconfig = join(root, `tsconfig.ts${version}.json`);
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions: { ...options, noEmit: true }, include: packages.map((name) => `${name}/src`) }, null, 2));
  const output = await new Promise<string>((resolve) => {
    execFile(process.execPath, [TSC[version], '-p', tsconfig, '--pretty', 'false'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (_error, stdout, stderr) => resolve(stdout + stderr));
  });
  const byPackage = new Map(packages.map((name) => [name, [] as string[]]));
  for (const line of output.split('\n').filter(Boolean)) {
    // Diagnostics start with a path relative to the working directory; anything else goes to every package.
    const path = /^(.+?)\(\d+,\d+\): /.exec(line)?.[1];
    const inside = path ? relative(root, join(ROOT, path)).split(sep) : undefined;
    const owner = inside && byPackage.has(inside[0]!) ? inside[0]! : undefined;
    for (const [name, lines] of byPackage) {
      if (owner === undefined || owner === name) lines.push(owner ? line.replace(path!, inside!.slice(1).join('/')) : line);
    }
  }
  return byPackage;
}
