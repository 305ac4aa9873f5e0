/**
 * Request bodies by media type (templates/runtime/body.ts), below the generated client: each form
 * style OpenAPI defines, multipart field names, raw bodies under wildcard types, and the values a
 * media type cannot carry. The wire tests (test/client/media-and-auth.test.ts) send the common cases.
 */
import { describe, expect, it } from 'vitest';
import { encodeBody, mediaKind, RequestValidationError, type BodyEncoding } from '../../templates/runtime/index.js';

const FORM = 'application/x-www-form-urlencoded';

function form(body: unknown, encoding?: BodyEncoding): string[] {
  return decodeURIComponent(String(encodeBody(body, FORM, encoding).body)).split('&');
}

function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RequestValidationError);
    return (error as RequestValidationError).issues[0];
  }
  return expect.fail('no RequestValidationError');
}

describe('media kinds', () => {
  it.each([
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['application/json;stream=watch', 'json'],
    ['application/strategic-merge-patch+json', 'json'],
    ['application/x-www-form-urlencoded', 'form'],
    ['multipart/form-data', 'multipart'],
    ['text/plain', 'text'],
    ['application/xml', 'text'],
    ['application/apply-patch+yaml', 'text'],
    ['application/sdp', 'text'],
    ['*/*', 'any'],
    ['application/*', 'any'],
    ['application/octet-stream', 'binary'],
    ['image/*', 'binary'],
    ['application/vnd.kubernetes.protobuf', 'binary'],
  ])('%s is %s', (type, kind) => {
    expect(mediaKind(type)).toBe(kind);
  });
});

describe('form bodies', () => {
  it('writes each style and explode as OpenAPI defines them', () => {
    const body = { ids: [1, 2], point: { x: 1, y: 2 } };
    expect(form(body, { ids: { style: 'form', explode: false }, point: { style: 'form', explode: false } })).toEqual(['ids=1,2', 'point=x,1,y,2']);
    expect(form(body, { ids: { style: 'form' }, point: { style: 'form' } })).toEqual(['ids=1', 'ids=2', 'x=1', 'y=2']);
    expect(form({ ids: [1, 2] }, { ids: { style: 'spaceDelimited' } })).toEqual(['ids=1 2']);
    expect(form({ ids: [1, 2] }, { ids: { style: 'pipeDelimited' } })).toEqual(['ids=1|2']);
    expect(form(body, { ids: { style: 'deepObject' }, point: { style: 'deepObject' } })).toEqual(['ids[]=1', 'ids[]=2', 'point[x]=1', 'point[y]=2']);
  });

  it('without an encoding: arrays repeat the key, objects take brackets, null is empty, undefined left out', () => {
    expect(form({ tag: ['a', 'b'], filter: { a: { b: 'c' } }, note: null, skipped: undefined })).toEqual(['tag=a', 'tag=b', 'filter[a][b]=c', 'note=']);
  });

  it('writes what a style cannot hold in brackets', () => {
    expect(form({ items: [{ price: 'p1' }] }, { items: { style: 'form', explode: true } })).toEqual(['items[0][price]=p1']);
  });

  it('refuses a body that is not an object, and one that contains itself, naming the field', () => {
    expect(issueOf(() => encodeBody(['a'], FORM))).toMatchObject({ path: 'body', message: 'a form body must be an object of its fields' });
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(issueOf(() => encodeBody({ meta: loop }, FORM))).toMatchObject({ path: 'body.meta.self', message: 'contains itself, so it cannot be sent in a form body' });
  });
});

describe('multipart bodies', () => {
  it("writes deepObject properties as bracketed field names (Stripe's file_link_data)", async () => {
    const encoded = encodeBody({ file: new Blob(['x']), file_link_data: { create: true, metadata: { a: '1' } } }, 'multipart/form-data', {
      file_link_data: { style: 'deepObject', explode: true },
    });

    expect(encoded.contentType).toBeUndefined();
    const fields = [...(encoded.body as FormData).entries()].map(([name, value]) => [name, typeof value === 'string' ? value : 'file']);
    expect(fields).toEqual([
      ['file', 'file'],
      ['file_link_data[create]', 'true'],
      ['file_link_data[metadata][a]', '1'],
    ]);
  });

  it('passes a FormData the caller built as it is', () => {
    const data = new FormData();
    expect(encodeBody(data, 'multipart/form-data').body).toBe(data);
  });
});

describe('bodies sent as they are', () => {
  it("under a wildcard type, sends a Blob's own type, else bytes or text; anything else as JSON", () => {
    expect(encodeBody(new Blob(['x'], { type: 'image/png' }), 'image/*').contentType).toBe('image/png');
    expect(encodeBody(new Uint8Array([1]), '*/*').contentType).toBe('application/octet-stream');
    expect(encodeBody('hello', '*/*').contentType).toBe('text/plain;charset=UTF-8');
    expect(encodeBody({ kind: 'Pod' }, '*/*')).toEqual({ body: '{"kind":"Pod"}', contentType: 'application/json' });
  });

  it('sends text under its own type, and refuses a structure there', () => {
    expect(encodeBody('kind: Pod', 'application/apply-patch+yaml')).toEqual({ body: 'kind: Pod', contentType: 'application/apply-patch+yaml' });
    expect(issueOf(() => encodeBody({ kind: 'Pod' }, 'application/xml'))).toMatchObject({ path: 'body', code: 'unsupported_value' });
  });
});
