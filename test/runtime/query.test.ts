import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { serializeQuery } from '../../templates/runtime/index.js';

describe('serializeQuery', () => {
  it('sends scalars as plain pairs', () => {
    expect(serializeQuery({ a: 1, b: 'x', c: true })).toBe('a=1&b=x&c=true');
  });

  it('sends arrays of scalars with empty brackets', () => {
    expect(serializeQuery({ truto_exclude_fields: ['id', 'name'] })).toBe(
      'truto_exclude_fields[]=id&truto_exclude_fields[]=name',
    );
  });

  it('sends objects with their keys in brackets, nested ones too', () => {
    expect(serializeQuery({ remote_query: { foo: 'bar' } })).toBe('remote_query[foo]=bar');
    expect(serializeQuery({ remote_query: { a: { b: 'c' } } })).toBe('remote_query[a][b]=c');
  });

  it('indexes arrays of objects so that each object keeps its fields together', () => {
    expect(serializeQuery({ groups: [{ id: 'g1', name: 'x' }, { id: 'g2' }] })).toBe(
      'groups[0][id]=g1&groups[0][name]=x&groups[1][id]=g2',
    );
  });

  it('leaves undefined out and sends null empty', () => {
    expect(serializeQuery({ a: undefined, b: null, c: [undefined, null], d: { e: undefined } })).toBe('b=&c[]=');
  });

  it('percent-encodes keys and values but keeps its brackets literal', () => {
    expect(serializeQuery({ 'a b': 'c&d=e', 'q[x]': 'é/?' })).toBe('a%20b=c%26d%3De&q%5Bx%5D=%C3%A9%2F%3F');
    expect(serializeQuery({ remote_query: { 'k&1': ['v 1'] } })).toBe('remote_query[k%261][]=v%201');
  });

  it('sends dates as ISO strings', () => {
    expect(serializeQuery({ since: new Date('2024-01-02T03:04:05Z') })).toBe('since=2024-01-02T03%3A04%3A05.000Z');
  });

  it('returns an empty string for an empty query', () => {
    expect(serializeQuery({})).toBe('');
  });

  it("fits openapi-fetch's querySerializer option", async () => {
    let url = '';
    const client = createClient<{}>({
      baseUrl: 'http://example.test',
      querySerializer: serializeQuery,
      fetch: async (request) => {
        url = request.url;
        return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
      },
    });
    await client.request('get', '/x' as never, { params: { query: { a: ['1', '2'], o: { k: 'v' } } } } as never);
    expect(url).toBe('http://example.test/x?a[]=1&a[]=2&o[k]=v');
  });
});
