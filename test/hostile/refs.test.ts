/**
 * What the case folders cannot hold: a server that counts what a spec makes the generator fetch, a
 * FIFO, the flags that widen what a spec may read, and the memory a refused alias bomb may take.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolders } from '../generator/helpers.ts';
import { runCommand, STACK_FRAME } from './run.ts';

const scratch = scratchFolders();
let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/endless.yaml') return sendWithoutEnd(response);
    response.writeHead(200, { 'content-type': 'application/yaml' }).end('type: string\ndescription: REMOTE-CONTENT\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

/** A body that never ends, a megabyte at a time, until the reader hangs up. */
function sendWithoutEnd(response: ServerResponse): void {
  const megabyte = '# padding\n'.repeat(100_000);
  response.writeHead(200, { 'content-type': 'application/yaml' });
  const write = () => {
    while (!response.destroyed && response.write(megabyte));
    if (!response.destroyed) response.once('drain', write);
  };
  response.on('close', () => response.destroy());
  write();
}

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A one-operation spec whose response field `id` is `idSchema`, written into a fresh folder. */
function specWith(idSchema: string, label: string): string {
  const dir = join(scratch(label), 'spec');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'openapi.yaml'),
    `openapi: 3.1.0
info: { title: Refs, version: 1.0.0 }
servers: [{ url: 'https://api.example.com' }]
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: ${idSchema}
`,
  );
  return join(dir, 'openapi.yaml');
}

describe('a $ref to a URL', () => {
  it('is fetched by no command: generate, lint, bundle and docs refuse it, and the server hears nothing', async () => {
    const spec = specWith(`{ $ref: '${origin}/id.yaml' }`, 'url');
    const out = join(spec, '..', '..', 'out');
    const runs = await Promise.all([
      runCommand('generate', ['--spec', spec, '--out', out]),
      runCommand('lint', [spec]),
      runCommand('bundle', ['--spec', spec, '--out', join(out, 'openapi.json')]),
      runCommand('docs', ['--spec', spec, '--out', join(out, 'site')]),
    ]);

    expect(runs.map((run) => run.code)).toEqual([2, 1, 2, 2]);
    for (const run of runs) expect(run.stdout + run.stderr).toContain(`"${origin}/id.yaml" is a URL`);
    expect(requests).toEqual([]);
  });

  it('is fetched with --allow-remote-refs, and its content generated', async () => {
    const spec = specWith(`{ $ref: '${origin}/allowed.yaml' }`, 'url-allowed');
    const out = join(spec, '..', '..', 'out');
    const run = await runCommand('generate', ['--spec', spec, '--out', out, '--allow-remote-refs']);

    expect(run.stderr).toBe('');
    expect(requests).toContain('/allowed.yaml');
    expect(readFileSync(join(out, 'openapi.json'), 'utf8')).toContain('REMOTE-CONTENT');
  });
});

describe('a remote file without end, with --allow-remote-refs', () => {
  it('is cut off at the size a spec file may have, with the URL named', async () => {
    const spec = specWith(`{ $ref: '${origin}/endless.yaml' }`, 'url-endless');
    const run = await runCommand('generate', ['--spec', spec, '--out', join(spec, '..', '..', 'out'), '--allow-remote-refs'], { maxOldSpaceMb: 512, timeoutMs: 60_000 });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${origin}/endless.yaml is larger than the 64 MiB a spec file may have`);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('a file outside the spec folder', () => {
  it('is read when --allow-ref-root names its folder', async () => {
    const out = join(scratch('allowed-root'), 'out');
    const run = await runCommand('generate', ['--spec', 'test/hostile/ref-outside-folder/spec/openapi.yaml', '--out', out, '--allow-ref-root', 'test/hostile/ref-outside-folder']);

    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'openapi.json'), 'utf8')).toContain('HOSTILE-SECRET-OUTSIDE');
  });
});

describe('a $ref to a FIFO inside the spec folder', () => {
  it('is refused at once instead of waiting forever for a writer', async () => {
    const spec = specWith(`{ $ref: 'pipe.yaml' }`, 'fifo');
    execFileSync('mkfifo', [join(spec, '..', 'pipe.yaml')]);
    const run = await runCommand('generate', ['--spec', spec, '--out', join(spec, '..', '..', 'out')], { timeoutMs: 30_000 });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('reference "pipe.yaml" is not a regular file');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('a YAML alias bomb', () => {
  it('is refused in seconds by a generator held to 512 MB of heap', async () => {
    const run = await runCommand('generate', ['--spec', 'test/hostile/alias-bomb/openapi.yaml', '--out', join(scratch('bomb'), 'out')], {
      maxOldSpaceMb: 512,
      timeoutMs: 30_000,
    });

    expect(run.stderr).toContain('YAML aliases expand it to more than 100,000 values');
    expect(run.code).toBe(2);
    expect(run.ms).toBeLessThan(20_000);
  });
});
