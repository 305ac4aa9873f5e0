/**
 * A loopback HTTP server that records every request exactly as it reached the wire, for the
 * end-to-end tests of generated clients. Each test says how to answer through a handler.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query string, byte for byte as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body text ('' when there is none). */
  body: string;
  /** The body's bytes, for what is not text (a multipart upload, a binary body). */
  bytes: Buffer;
  /** `performance.now()` when the request had fully arrived. */
  at: number;
}

/** Answers one request; `index` counts the requests this server has seen, from 0. */
export type Handler = (request: RecordedRequest, response: ServerResponse, index: number) => void;

export interface RecordingServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler for the requests that follow. */
  answer(handler: Handler): void;
  close(): Promise<void>;
}

export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export const echo: Handler = (request, response) => json(response, 200, { method: request.method, url: request.url });

export async function startRecordingServer(handler: Handler = echo): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let current = handler;
  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const recorded: RecordedRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        bytes: Buffer.concat(chunks),
        at: performance.now(),
      };
      requests.push(recorded);
      current(recorded, response, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
