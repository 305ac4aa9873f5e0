/**
 * A Prism mock server (`@stoplight/prism-cli`) on a spec, on a free loopback port: Prism checks
 * every request against the spec (parameters, body, security) and answers 422 with what is wrong.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../generator/helpers.ts';

export interface PrismServer {
  baseUrl: string;
  stop(): void;
}

export async function startPrism(spec: string, timeoutMs = 60_000): Promise<PrismServer> {
  const port = await freePort();
  const child = spawn(join(ROOT, 'node_modules/.bin/prism'), ['mock', spec, '-h', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  await listening(child, timeoutMs);
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once Prism says it listens; rejects with its output if it exits or takes too long. */
function listening(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`Prism did not start within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${why}:\n${output}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(`Prism exited with code ${code}`));
  });
}
