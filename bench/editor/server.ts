/**
 * A language server as a child process, whichever protocol it speaks: the framing both servers use on
 * stdout (`Content-Length: N`, a blank line, then N bytes of JSON: tsserver's and the Language Server
 * Protocol's are the same), requests waiting for their answer by id, and an exit that fails every
 * waiting request with the server's last words instead of leaving the benchmark hanging.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  /** Sends a request (`write` writes it, with the id given); resolves with what `settle` gives that id. */
  request(write: (id: number) => void): Promise<unknown>;
  /** Answers the request `id`, if it is still waiting. */
  settle(id: number, outcome: { result: unknown } | { error: string }): void;
  /** Asks the server to exit (`goodbye`), and kills it if it has not within 5 s. */
  stop(goodbye: () => unknown): Promise<void>;
}

export function startServer(name: string, command: string, args: string[], onMessage: (message: unknown) => void): ServerProcess {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let exited: Error | undefined;
  const done = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = new Error(`${name} exited (${signal ?? code}): ${stderr.slice(-2000)}`);
      for (const { reject } of pending.values()) reject(exited);
      pending.clear();
      resolve();
    }),
  );
  readMessages(child.stdout, onMessage);
  let nextId = 0;
  return {
    child,
    request(write) {
      if (exited) return Promise.reject(exited);
      const id = ++nextId;
      const answer = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
      write(id);
      return answer;
    },
    settle(id, outcome) {
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      if ('error' in outcome) waiting.reject(new Error(`${name}: ${outcome.error}`));
      else waiting.resolve(outcome.result);
    },
    async stop(goodbye) {
      if (exited) return;
      await Promise.resolve(goodbye()).catch(() => undefined);
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (!exited) child.kill();
    },
  };
}

function readMessages(stream: NodeJS.ReadableStream, onMessage: (message: unknown) => void): void {
  // Bytes, not characters: a completion list may hold non-ASCII text.
  let buffer: Buffer = Buffer.alloc(0);
  stream.on('data', (chunk: Buffer) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = /Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
      if (!length) throw new Error(`a language server sent a message without Content-Length: ${buffer.subarray(0, headerEnd).toString()}`);
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (buffer.length < end) return;
      const body = buffer.subarray(start, end).toString('utf8');
      buffer = buffer.subarray(end);
      onMessage(JSON.parse(body));
    }
  });
}

/** `Content-Length` framing for what we send to a Language Server Protocol server. */
export function frame(message: unknown): string {
  const json = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`;
}
