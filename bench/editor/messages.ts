/**
 * The framing both language servers speak on stdout: `Content-Length: N`, a blank line, then N bytes
 * of JSON (tsserver's and the Language Server Protocol's are the same). Bytes, not characters: a
 * completion list may hold non-ASCII text.
 */
import type { Readable } from 'node:stream';

export function readMessages(stream: Readable, onMessage: (message: unknown) => void): void {
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
