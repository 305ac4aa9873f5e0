/**
 * Prism, started on one integration's own document, holds requests to that integration's rules:
 * Salesforce's minimal createUser (from the model, as the docs print it) is accepted, and the same
 * request without `timezone`, which Salesforce requires and other integrations do not, is refused.
 * Cisco Meraki's document refuses a createUser without the `organization_id` query parameter it
 * requires; the unified spec cannot say that to Prism at all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/model/build-model.ts';
import { minimalRequest } from '../../generator/model/examples.ts';
import { documentText, integrationDocument } from '../../openapi/integration-document.ts';
import { serializeQuery } from '../../templates/runtime/query.ts';
import { ROOT, scratchFolders } from '../generator/helpers.ts';
import { startPrism, type PrismServer } from '../support/prism.ts';

const scratch = scratchFolders();
const bundled = JSON.parse(readFileSync(join(ROOT, 'generated', 'openapi.json'), 'utf8')) as Record<string, unknown>;
const model = buildModel(bundled);
const createUser = model.operations.find((operation) => operation.operationId === 'createUser')!;
const servers = new Map<string, PrismServer>();

beforeAll(async () => {
  const dir = scratch('prism-integration');
  await Promise.all(
    ['salesforce', 'ciscomeraki'].map(async (slug) => {
      const file = join(dir, `${slug}.json`);
      writeFileSync(file, documentText(integrationDocument(bundled, model, slug)));
      servers.set(slug, await startPrism(file));
    }),
  );
});

afterAll(() => {
  for (const server of servers.values()) server.stop();
});

async function send(slug: string, request: { query?: Record<string, unknown>; body?: Record<string, unknown> }) {
  const query = request.query ? `?${serializeQuery(request.query)}` : '';
  const response = await fetch(`${servers.get(slug)!.baseUrl}${createUser.route}${query}`, {
    method: 'POST',
    headers: { Authorization: 'Bearer tok_prism', 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(request.body ?? {}),
  });
  return { status: response.status, body: (await response.json()) as { validation?: unknown[] } };
}

describe("Prism on an integration's own document", () => {
  it("accepts Salesforce's minimal createUser and refuses it without timezone", async () => {
    const minimal = minimalRequest(createUser, 'salesforce');
    expect(Object.keys(minimal.body!)).toContain('timezone');
    expect((await send('salesforce', minimal)).status).toBe(201);

    const { timezone: _, ...withoutTimezone } = minimal.body!;
    const refused = await send('salesforce', { ...minimal, body: withoutTimezone });
    expect(refused.status).toBe(422);
    expect(refused.body.validation).toEqual([expect.objectContaining({ location: ['body'], code: 'required', message: "Request body must have required property 'timezone'" })]);
  });

  it("refuses Cisco Meraki's createUser without the organization_id query parameter it requires", async () => {
    const minimal = minimalRequest(createUser, 'ciscomeraki');
    expect((await send('ciscomeraki', minimal)).status).toBe(201);
    const { organization_id: _, ...query } = minimal.query!;
    const refused = await send('ciscomeraki', { ...minimal, query });
    expect(refused.status).toBe(422);
    expect(refused.body.validation).toEqual([
      expect.objectContaining({ location: ['query'], code: 'required', message: "Request query must have required property 'organization_id'" }),
    ]);
  });
});
