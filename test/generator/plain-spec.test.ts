/**
 * A spec without any x- extension (test/fixtures/specs/petstore.yaml) gets a plain typed client: no
 * integrations, the spec's own types, the same wire format and pre-send check.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/pipeline.js';
import { json, startRecordingServer, type RecordingServer } from '../support/recording-server.js';
import { readTree, scratchFolders, spec } from './helpers.js';

/** What the tests call; the consumer compilation below checks the real types. */
interface PetstoreClient {
  listPets(request?: object): Promise<unknown>;
  createPet(request: object): Promise<unknown>;
  getPet(request: object): Promise<unknown>;
  deletePet(request: object): Promise<unknown>;
}
type ValidationError = Error & { issues: { path: string; code: string }[] };
interface PetstorePackage {
  createClient(options: { token: string; baseUrl?: string; fetch?: typeof fetch }): PetstoreClient;
  RequestValidationError: new (...args: never[]) => ValidationError;
}

const scratch = scratchFolders();
let folder: string;
let out: string;
let pkg: PetstorePackage;
let server: RecordingServer;

beforeAll(async () => {
  folder = scratch('petstore');
  out = join(folder, 'out');
  await generateToDisk({ specPath: spec('petstore.yaml'), outDir: out });
  pkg = (await import(pathToFileURL(join(out, 'dist/index.js')).href)) as PetstorePackage;
  server = await startRecordingServer();
});
afterAll(() => server?.close());

function client(): PetstoreClient {
  return pkg.createClient({ token: 'tok_pets', baseUrl: `${server.url}/v1` });
}

describe('a spec without extensions', () => {
  it('generates a package without integrations, with a module per operation', () => {
    const files = [...readTree(out).keys()];

    expect(files).not.toContain('src/integrations.ts');
    expect(files).toEqual(
      expect.arrayContaining(['src/operations/listPets.ts', 'src/operations/createPet.ts', 'src/operations/getPet.ts', 'src/operations/deletePet.ts']),
    );
  });

  it('has types that accept what the spec allows and refuse what it does not', () => {
    const consumer = join(folder, 'consumer.ts');
    writeFileSync(
      consumer,
      `import { createClient, type ListPetsResponse, type CreatePetBody } from './out/dist/index.js';
const client = createClient({ token: 't' });
export async function use() {
  const listed: ListPetsResponse = await client.listPets();
  const first: { id: string; name: string; kind?: 'cat' | 'dog' | 'bird' } | undefined = listed.result?.[0];
  await client.listPets({ query: { limit: 10, tags: ['a'] } });
  const body: CreatePetBody = { name: 'Rex', kind: 'dog' };
  const created = await client.createPet({ body });
  const id: string = created.id;
  await client.getPet({ path: { petId: id } });
  const nothing: void = await client.deletePet({ path: { petId: id } });
  // @ts-expect-error name is required
  await client.createPet({ body: { kind: 'cat' } });
  // @ts-expect-error fish is not in the enum
  await client.createPet({ body: { name: 'Nemo', kind: 'fish' } });
  // @ts-expect-error petId is required
  await client.getPet({});
  // @ts-expect-error limit is an integer
  await client.listPets({ query: { limit: 'ten' } });
  return { first, nothing };
}
`,
    );
    const program = ts.createProgram([consumer], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));

    expect(diagnostics).toEqual([]);
  });

  it('sends each operation as the spec describes it', async () => {
    server.answer((request, response) => {
      if (request.method === 'DELETE') response.writeHead(204).end();
      else json(response, request.method === 'POST' ? 201 : 200, { id: 'p1', name: 'Rex' });
    });
    const pets = client();

    await pets.listPets({ query: { limit: 2, tags: ['a', 'b'] } });
    expect(await pets.createPet({ body: { name: 'Rex', kind: 'dog' } })).toEqual({ id: 'p1', name: 'Rex' });
    await pets.getPet({ path: { petId: 'p/1' } });
    expect(await pets.deletePet({ path: { petId: 'p1' } })).toBeUndefined();

    expect(server.requests.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'GET /v1/pets?limit=2&tags[]=a&tags[]=b',
      'POST /v1/pets',
      'GET /v1/pets/p%2F1',
      'DELETE /v1/pets/p1',
    ]);
    expect(server.requests[0]!.headers).toMatchObject({ authorization: 'Bearer tok_pets', accept: 'application/json' });
    expect(server.requests[0]!.headers['content-type']).toBeUndefined();
    expect(server.requests[1]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.requests[1]!.body)).toEqual({ name: 'Rex', kind: 'dog' });
  });

  it("refuses a request that breaks the spec's own rules before sending it", async () => {
    server.requests.length = 0;
    const error = await client()
      .createPet({ body: { kind: 'fish' } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(pkg.RequestValidationError);
    expect((error as ValidationError).issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'body.kind', code: 'unsupported_value' },
      { path: 'body.name', code: 'missing_required' },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("sends to the spec's server URL when no baseUrl is given, as its README says", async () => {
    const urls: string[] = [];
    const recorder: typeof fetch = async (input) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify({ result: [] }), { headers: { 'content-type': 'application/json' } });
    };
    await pkg.createClient({ token: 't', fetch: recorder }).listPets();

    expect(readTree(out).get('README.md')!.toString()).toContain('`https://petstore.example.com/v1`');
    expect(urls).toEqual(['https://petstore.example.com/v1/pets']);
  });

  it('sends bodies whose keys the spec does not list (oneOf, maps)', async () => {
    const open = join(scratch('open-bodies'), 'out');
    await generateToDisk({ specPath: spec('open-bodies.yaml'), outDir: open });
    const { createClient } = (await import(pathToFileURL(join(open, 'dist/index.js')).href)) as {
      createClient(options: { token: string; baseUrl: string }): Record<'createPet' | 'putLabels', (request: object) => Promise<unknown>>;
    };
    server.answer((_, response) => response.writeHead(204).end());
    const client = createClient({ token: 't', baseUrl: server.url });

    await client.createPet({ body: { meow: 'loud' } });
    await client.putLabels({ body: { colour: 'red' } });

    expect(server.requests.slice(-2).map((request) => request.body)).toEqual(['{"meow":"loud"}', '{"colour":"red"}']);
  });
});
