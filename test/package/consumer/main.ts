/**
 * The program every consumer project of the matrix runs (test/package/consumers.test.ts): what a
 * team writes against the installed package, in one file that compiles as ESM and as CommonJS.
 * It prints one line per feature; the test compares them and what reached the server.
 */
import {
  AbortError,
  createClient,
  InvalidResponseError,
  RequestValidationError,
  TimeoutError,
  type CreateUserBody,
  type CreateUserResponse,
  type Middleware,
} from 'unified-user-directory-api';

declare const process: { argv: string[]; exitCode: number };

const token = 'tok_consumer_s3cr3t';
const client = createClient({ token, baseUrl: process.argv[2]!, maxRetries: 1 });
const query = { integrated_account_id: '62f44730-dd91-461e-bd6a-aedd9e0ad79d' };
const salesforceUser = {
  emails: [{ email: 'ada@example.com', is_primary: true }],
  first_name: 'Ada',
  last_name: 'Lovelace',
  roles: [{ name: 'admin' }],
  timezone: 'Europe/London',
} satisfies CreateUserBody<'salesforce'>;
/** The server answers by this header, so that each call shows one behaviour. */
const scenario = (name: string) => ({ 'X-Scenario': name });

const tracing: Middleware = {
  onRequest({ request }) {
    request.headers.set('X-Trace-Id', 'trace-1');
    return request;
  },
};
client.use(tracing);

async function failure(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (error) {
    return error as Error;
  }
  throw new Error('the call did not fail');
}

async function main(): Promise<string[]> {
  const lines: string[] = [];

  const created = client.createUser(
    { integration: 'salesforce', query, body: salesforceUser },
    { headers: { ...scenario('create'), 'Idempotency-Key': 'order-1' } },
  );
  const { data, response } = await created.withResponse();
  const user: CreateUserResponse<'salesforce'> = data;
  lines.push(`created ${user.id} ${response.status} ${response.headers.get('x-request-id')} ${(await created).id}`);

  const hubspot = client.forIntegration('hubspot', { integratedAccountId: query.integrated_account_id });
  const updated = await hubspot.updateUser({ path: { id: 'u_1' }, body: { id: 'u_1' } }, { headers: scenario('update'), timeoutMs: 5_000 });
  lines.push(`updated ${updated.id}`);

  const controller = new AbortController();
  const waiting = client.createUser({ integration: 'salesforce', query, body: salesforceUser }, { signal: controller.signal, headers: scenario('retry-later') });
  setTimeout(() => controller.abort(), 300);
  const aborted = await failure(waiting);
  lines.push(`aborted ${aborted.name} ${aborted instanceof AbortError}`);

  const stalled = await failure(client.createUser({ integration: 'salesforce', query, body: salesforceUser }, { headers: scenario('stall'), timeoutMs: 300 }));
  lines.push(`stalled ${stalled.name} ${stalled instanceof TimeoutError}`);

  const html = await failure(client.createUser({ integration: 'salesforce', query, body: salesforceUser }, { headers: scenario('html') }));
  lines.push(`html ${html.name} ${html instanceof InvalidResponseError} ${(html.cause as Error).name}`);

  const empty = await failure(client.createUser({ integration: 'salesforce', query, body: salesforceUser }, { headers: scenario('empty') }));
  lines.push(`empty ${empty.name} ${empty instanceof InvalidResponseError}`);

  const refused = await failure(client.createUser({ integration: 'okta', query, body: { password: 'hunter2' } } as never));
  const issues = refused instanceof RequestValidationError ? refused.issues.map((issue) => issue.message) : [];
  lines.push(`refused ${refused.name} ${issues.join('; ')}`);

  let badToken: unknown;
  try {
    createClient({ token: `${token}\n` });
  } catch (error) {
    badToken = error;
  }
  lines.push(`token ${badToken instanceof TypeError} ${String((badToken as Error).stack).includes(token)}`);
  return lines;
}

/** The package's types at work; never called. Each directive fails the build if its line compiles. */
export function typeErrors(signal: AbortSignal): void {
  // @ts-expect-error Okta does not support a password.
  void client.createUser({ integration: 'okta', query, body: { password: 'hunter2' } });
  // @ts-expect-error Salesforce requires a timezone.
  void client.createUser({ integration: 'salesforce', query, body: { ...salesforceUser, timezone: undefined } });
  // @ts-expect-error `timeout` is not a call option (`timeoutMs` is).
  void client.createUser({ integration: 'salesforce', query, body: salesforceUser }, { timeout: 5 });
  // @ts-expect-error A bound client has only its integration's operations: Vercel cannot create users.
  void client.forIntegration('vercel', { integratedAccountId: 'a' }).createUser;
  void client.createUser({ integration: 'salesforce', query, body: salesforceUser }, { signal, maxRetries: 0 }).withResponse();
}

main().then(
  (lines) => console.log(lines.join('\n')),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
