/**
 * Request bodies and responses by media type. An operation may take its body in several media types
 * (Kubernetes' patches: JSON Patch, merge patch, strategic merge patch, apply YAML; Petstore's JSON,
 * XML or form): each is modelled with its schema and, for forms and multipart, its `encoding`. The
 * default is the first JSON one, else the first; per-integration rules are read from its schema.
 * A response is read in one media type: the first JSON one of the first 2xx answer with a body.
 */
import { GeneratorError } from '../errors.js';
import { isPlainObject } from '../../extensions/index.js';
import { mediaKind, preferredMediaType } from '../../templates/runtime/media.js';
import type { Json } from './resolve.js';
import { text, type SchemaReader } from './schemas.js';
import type { MediaModel, PartModel, PropertyEncoding, ResponseModel } from './types.js';

export function buildRequestBody(operation: Json, where: string, reader: SchemaReader): PartModel | undefined {
  if (operation.requestBody === undefined) return undefined;
  const { target: requestBody, resolved } = reader.written(operation.requestBody, `${where}/requestBody`);
  const media = readMedia(requestBody.content, `${resolved}/content`, reader);
  if (media.length === 0) return undefined;
  const preferred = preferredMediaType(media.map((m) => m.type));
  const ordered = [...media.filter((m) => m.type === preferred), ...media.filter((m) => m.type !== preferred)];
  const first = ordered[0]!;
  return {
    required: requestBody.required === true,
    open: first.schema.open,
    mediaType: first.type,
    fields: first.schema.fields,
    schema: first.schema,
    media: ordered,
  };
}

/** The first 2xx answer (in status order) with a body, in its first JSON media type or else its first. */
export function buildResponse(operation: Json, where: string, reader: SchemaReader): ResponseModel | undefined {
  const responses = isPlainObject(operation.responses) ? operation.responses : {};
  const statuses = Object.keys(responses).filter((s) => /^2(\d\d|XX)$/i.test(s)).sort();
  for (const status of statuses) {
    const { target: response, resolved } = reader.written(responses[status], `${where}/responses/${escape(status)}`);
    const media = readMedia(response.content, `${resolved}/content`, reader);
    const preferred = preferredMediaType(media.map((m) => m.type));
    const chosen = media.find((m) => m.type === preferred);
    if (!chosen) continue;
    return {
      status,
      mediaType: chosen.type,
      kind: chosen.kind,
      description: text(response.description),
      fields: chosen.schema.fields,
      schema: chosen.schema,
    };
  }
  return undefined;
}

/** `type/subtype` (either may be `*`), perhaps with parameters: what a `Content-Type` or `Accept` header can carry. */
const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+*-]+\/[A-Za-z0-9!#$&^_.+*-]+(?:[ \t]*;[\x20-\x7e]*)?$/;

function readMedia(content: unknown, where: string, reader: SchemaReader): MediaModel[] {
  if (!isPlainObject(content)) return [];
  return Object.entries(content).flatMap(([type, value]) => {
    if (!isPlainObject(value)) return [];
    const pointer = `${where}/${escape(type)}`;
    // It goes into a header as it is written: one no header can carry would fail every call.
    if (!MEDIA_TYPE.test(type)) throw new GeneratorError(`${pointer}: ${JSON.stringify(type)} is not a media type (type/subtype, printable ASCII), so no request could send or ask for it`);
    const media: MediaModel = { type, kind: mediaKind(type), pointer, schema: reader.schema(value.schema, `${pointer}/schema`) };
    if ((media.kind === 'form' || media.kind === 'multipart') && value.encoding !== undefined) {
      const encoding = readEncoding(value.encoding, `${pointer}/encoding`);
      if (Object.keys(encoding).length > 0) media.encoding = encoding;
    }
    return [media];
  });
}

const STYLES = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/** The properties' encoding objects, keeping what changes how a value is written. */
function readEncoding(encoding: unknown, where: string): Record<string, PropertyEncoding> {
  if (!isPlainObject(encoding)) throw new GeneratorError(`${where}: encoding must be an object of property names to encoding objects`);
  const read: Record<string, PropertyEncoding> = {};
  for (const [property, value] of Object.entries(encoding)) {
    const at = `${where}/${escape(property)}`;
    if (!isPlainObject(value)) throw new GeneratorError(`${at}: an encoding must be an object`);
    const entry: PropertyEncoding = {};
    if (value.style !== undefined) {
      if (typeof value.style !== 'string' || !STYLES.has(value.style)) {
        throw new GeneratorError(`${at}/style: ${JSON.stringify(value.style)} is not a style a request body can use (form, spaceDelimited, pipeDelimited, deepObject)`);
      }
      entry.style = value.style as PropertyEncoding['style'];
    }
    if (typeof value.explode === 'boolean') entry.explode = value.explode;
    if (typeof value.contentType === 'string') entry.contentType = value.contentType;
    // Defined, not assigned: a property named `__proto__` is a property like any other.
    if (Object.keys(entry).length > 0) Object.defineProperty(read, property, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return read;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
