/**
 * Shared by the runtime tests: hand-made operation tables modeled on the User Directory pages, and a
 * loopback HTTP server that records what reaches the wire.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OperationTable } from '../../templates/runtime/index.js';

export const knownIntegrations = ['salesforce', 'okta', 'vercel'] as const;

/** Modeled on PATCH /unified/user-directory/users/{id}. */
export const updateUser: OperationTable = {
  method: 'patch',
  route: '/unified/user-directory/users/{id}',
  integrations: ['salesforce', 'okta'],
  parts: {
    path: { id: { required: true } },
    query: {
      integrated_account_id: { required: true },
      organization_id: { supported: ['salesforce'], required: ['salesforce'] },
      truto_exclude_fields: {},
      remote_query: {},
    },
    body: {
      first_name: {},
      timezone: { supported: ['salesforce'] },
      status: { enum: ['active', 'inactive', 'suspended'], values: { okta: ['active', 'suspended'] } },
      roles: { enum: ['admin', 'member', 'guest'], values: { salesforce: ['admin', 'member'] } },
    },
  },
};

export const listUsers: OperationTable = {
  method: 'get',
  route: '/unified/user-directory/users',
  integrations: ['salesforce', 'okta', 'vercel'],
  parts: { query: { integrated_account_id: { required: true } } },
};

export const createUser: OperationTable = {
  method: 'post',
  route: '/unified/user-directory/users',
  integrations: ['okta', 'vercel'],
  parts: {
    query: { integrated_account_id: { required: true } },
    body: { email: { required: true }, password: { required: ['okta'] } },
  },
};

export const operations = { updateUser, listUsers, createUser };

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as they arrived. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `performance.now()` when the request was complete. */
  at: number;
}

/** Answers request number `index` (from 0); may leave `response` open to simulate a hung server. */
export type Handler = (request: RecordedRequest, response: ServerResponse, index: number) => void;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const recorded: RecordedRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      };
      requests.push(recorded);
      handler(recorded, response, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections(); // hung requests would otherwise keep the server open
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
