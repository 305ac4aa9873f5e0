import { describe, expect, it } from 'vitest';
import { validateRequest, type OperationTable } from '../../templates/runtime/index.js';
import { createUser, knownIntegrations, listUsers, updateUser } from './fixtures.js';

const validSalesforce = {
  integration: 'salesforce',
  path: { id: 'u1' },
  query: { integrated_account_id: 'acc', organization_id: 'org' },
  body: { first_name: 'Ada', timezone: 'UTC', status: 'inactive', roles: ['admin', 'member'] },
};

/** The issues as `path code` lines, the shortest faithful way to compare them. */
function summary(table: OperationTable, request: Parameters<typeof validateRequest>[1], known?: readonly string[]) {
  return validateRequest(table, request, known).map((issue) => `${issue.path} ${issue.code}`);
}

describe('validateRequest', () => {
  it('accepts a request that follows its integration rules', () => {
    expect(validateRequest(updateUser, validSalesforce, knownIntegrations)).toEqual([]);
    expect(
      validateRequest(updateUser, {
        integration: 'okta',
        path: { id: 'u1' },
        query: { integrated_account_id: 'acc', truto_exclude_fields: ['id'], remote_query: { a: 1 } },
        body: { status: 'suspended' },
      }),
    ).toEqual([]);
  });

  it('reports an integration missing from the request', () => {
    expect(validateRequest(listUsers, { query: { integrated_account_id: 'acc' } })).toEqual([
      { path: 'integration', code: 'missing_required', message: 'integration is required' },
    ]);
  });

  it('tells an unknown integration from one that lacks the operation', () => {
    const request = { path: { id: 'u1' }, query: { integrated_account_id: 'acc' } };
    expect(validateRequest(updateUser, { ...request, integration: 'nope' }, knownIntegrations)).toEqual([
      { path: 'integration', code: 'unknown_integration', message: '"nope" is not a known integration' },
    ]);
    expect(validateRequest(updateUser, { ...request, integration: 'vercel' }, knownIntegrations)).toEqual([
      { path: 'integration', code: 'unsupported_operation', message: 'vercel does not support this operation' },
    ]);
    // Without the API's list the two cannot be told apart.
    expect(summary(updateUser, { ...request, integration: 'vercel' })).toEqual(['integration unknown_integration']);
  });

  it('reports keys the operation does not have, in every part', () => {
    expect(
      summary(listUsers, {
        integration: 'okta',
        path: { id: 'u1' },
        query: { integrated_account_id: 'acc', page: 2 },
        body: { name: 'x' },
      }),
    ).toEqual(['path.id unsupported_field', 'query.page unsupported_field', 'body.name unsupported_field']);
  });

  it('reports keys the integration does not support', () => {
    const issues = validateRequest(updateUser, {
      integration: 'okta',
      path: { id: 'u1' },
      query: { integrated_account_id: 'acc', organization_id: 'org' },
      body: { timezone: 'UTC' },
    });
    expect(issues).toEqual([
      { path: 'query.organization_id', code: 'unsupported_field', message: 'okta does not support organization_id' },
      { path: 'body.timezone', code: 'unsupported_field', message: 'okta does not support timezone' },
    ]);
  });

  it('reports required keys: plainly required, or required for the integration only', () => {
    expect(validateRequest(updateUser, { integration: 'salesforce', body: {} })).toEqual([
      { path: 'path.id', code: 'missing_required', message: 'salesforce requires id' },
      { path: 'query.integrated_account_id', code: 'missing_required', message: 'salesforce requires integrated_account_id' },
      { path: 'query.organization_id', code: 'missing_required', message: 'salesforce requires organization_id' },
    ]);
    const body = { email: 'a@b.c' };
    const query = { integrated_account_id: 'acc' };
    expect(summary(createUser, { integration: 'okta', query, body })).toEqual(['body.password missing_required']);
    expect(summary(createUser, { integration: 'vercel', query, body })).toEqual([]);
  });

  it('treats undefined values as absent', () => {
    expect(
      summary(updateUser, {
        ...validSalesforce,
        query: { integrated_account_id: 'acc', organization_id: undefined },
        body: { nickname: undefined },
      }),
    ).toEqual(['query.organization_id missing_required']);
  });

  it("checks values against the integration's narrowed enum, element by element for arrays", () => {
    const issues = validateRequest(updateUser, {
      ...validSalesforce,
      body: { status: 'archived', roles: ['admin', 'guest'] },
    });
    expect(issues).toEqual([
      {
        path: 'body.status',
        code: 'unsupported_value',
        message: '"archived" is not a value of status; expected one of "active", "inactive", "suspended"',
      },
      {
        path: 'body.roles[1]',
        code: 'unsupported_value',
        message: 'salesforce does not accept "guest" for roles; expected one of "admin", "member"',
      },
    ]);
    expect(summary(updateUser, { ...validSalesforce, integration: 'okta', query: { integrated_account_id: 'a' }, body: { status: 'inactive' } }))
      .toEqual(['body.status unsupported_value']);
  });

  it('reports every issue at once', () => {
    expect(
      summary(updateUser, {
        integration: 'okta',
        query: { organization_id: 'org', extra: 1 },
        body: { timezone: 'UTC', status: 'inactive', roles: ['nope'] },
      }),
    ).toEqual([
      'path.id missing_required',
      'query.organization_id unsupported_field',
      'query.extra unsupported_field',
      'query.integrated_account_id missing_required',
      'body.timezone unsupported_field',
      'body.status unsupported_value',
      'body.roles[0] unsupported_value',
    ]);
  });

  it('without integrations in the spec, still checks keys, plain requirements and enums', () => {
    const plain: OperationTable = {
      method: 'post',
      route: '/things',
      parts: {
        query: { integrated_account_id: { required: true } },
        body: { name: { required: true }, kind: { enum: ['a', 'b'] }, note: { required: ['x'] } },
      },
    };
    expect(summary(plain, { query: { integrated_account_id: 'acc' }, body: { name: 'n', kind: 'a' } })).toEqual([]);
    expect(summary(plain, { body: { kind: 'c', other: 1 } })).toEqual([
      'query.integrated_account_id missing_required',
      'body.kind unsupported_value',
      'body.other unsupported_field',
      'body.name missing_required',
    ]);
  });

  it('with a wrong integration, still checks what holds for every integration', () => {
    expect(summary(updateUser, { integration: 'nope', body: { status: 'archived', x: 1 } }, knownIntegrations)).toEqual([
      'integration unknown_integration',
      'path.id missing_required',
      'query.integrated_account_id missing_required',
      'body.status unsupported_value',
      'body.x unsupported_field',
    ]);
  });

  it('does not mistake inherited properties for fields', () => {
    expect(summary(listUsers, { integration: 'okta', query: { integrated_account_id: 'a', constructor: 'x' } })).toEqual([
      'query.constructor unsupported_field',
    ]);
  });
});

