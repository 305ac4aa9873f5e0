import { describe, expect, it } from 'vitest';
import { RequestValidationError, serializePath } from '../../templates/runtime/index.js';

const route = '/unified/user-directory/users/{id}';

function issuesOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RequestValidationError);
    return (error as RequestValidationError).issues;
  }
  throw new Error('expected a RequestValidationError');
}

describe('serializePath', () => {
  it('fills each parameter', () => {
    expect(serializePath('/a/{x}/b/{y}', { x: 'one', y: 2 })).toBe('/a/one/b/2');
  });

  it('encodes a value as exactly one segment', () => {
    expect(serializePath(route, { id: 'a/b' })).toBe('/unified/user-directory/users/a%2Fb');
    expect(serializePath(route, { id: 'a b?c#d%' })).toBe('/unified/user-directory/users/a%20b%3Fc%23d%25');
  });

  it('keeps dots inside a value', () => {
    expect(serializePath(route, { id: 'a.b' })).toBe('/unified/user-directory/users/a.b');
    expect(serializePath(route, { id: '...' })).toBe('/unified/user-directory/users/...');
  });

  it('leaves the base URL alone, as openapi-fetch passes it along', () => {
    expect(serializePath(`https://api.truto.one${route}`, { id: 'u1' })).toBe(
      'https://api.truto.one/unified/user-directory/users/u1',
    );
  });

  it('refuses . and .., which every URL parser resolves as a step, even percent-encoded', () => {
    // Why encoding is not enough: WHATWG URLs treat %2E%2E as "..".
    expect(new URL('http://x/users/%2E%2E/admin').pathname).toBe('/admin');
    for (const id of ['.', '..']) {
      expect(issuesOf(() => serializePath(route, { id }))).toEqual([
        { path: 'path.id', code: 'unsupported_value', message: expect.stringContaining(`"${id}"`) },
      ]);
    }
  });

  it('throws for a missing or empty value', () => {
    for (const params of [{}, { id: undefined }, { id: null }, { id: '' }]) {
      expect(issuesOf(() => serializePath(route, params))).toEqual([
        { path: 'path.id', code: 'missing_required', message: 'id is required' },
      ]);
    }
  });

  it('ignores inherited properties', () => {
    expect(issuesOf(() => serializePath('/x/{toString}', {}))).toEqual([
      { path: 'path.toString', code: 'missing_required', message: 'toString is required' },
    ]);
  });
});
