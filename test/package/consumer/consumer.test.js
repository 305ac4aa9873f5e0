// Jest's default set-up: CommonJS, babel-jest, the node environment. No configuration.
const { createClient, AbortError, ApiError, RequestValidationError } = require('unified-user-directory-api');

const baseUrl = process.env.CONSUMER_BASE_URL;
const client = createClient({ token: 'tok_jest', baseUrl, maxRetries: 1 });
const query = { integrated_account_id: '62f44730-dd91-461e-bd6a-aedd9e0ad79d' };
const body = {
  emails: [{ email: 'ada@example.com', is_primary: true }],
  first_name: 'Ada',
  last_name: 'Lovelace',
  roles: [{ name: 'admin' }],
  timezone: 'Europe/London',
};

test('creates a user and reads the answer’s headers', async () => {
  const { data, response } = await client
    .createUser({ integration: 'salesforce', query, body }, { headers: { 'X-Scenario': 'create' } })
    .withResponse();
  expect(data.id).toBe('u_1');
  expect(response.headers.get('x-request-id')).toBe('req-1');
});

test('aborts during a retry wait', async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 200);
  const call = client.createUser({ integration: 'salesforce', query, body }, { signal: controller.signal, headers: { 'X-Scenario': 'retry-later' } });
  await expect(call).rejects.toBeInstanceOf(AbortError);
});

test('refuses a request Okta cannot take, naming Okta', async () => {
  const call = client.createUser({ integration: 'okta', query, body: { password: 'hunter2' } });
  await expect(call).rejects.toBeInstanceOf(RequestValidationError);
  await expect(call).rejects.toThrow('okta does not support password');
  expect(ApiError.name).toBe('ApiError');
});
