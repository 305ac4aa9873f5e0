/**
 * The TypeScript type of a request body in each of its media types, and of the response, as the
 * client writes and reads them (templates/runtime/media.ts and body.ts):
 *
 * - JSON, forms: openapi-typescript's type for the media type;
 * - `application/json-patch+json`: a list of JSON Patch operations (RFC 6902), whatever the schema
 *   says (Kubernetes' says "object");
 * - multipart: openapi-typescript's type, where text fields may also be files (`MultipartBody`);
 * - text and binary: `RawBody` (a `Blob`, `ArrayBuffer`, typed array or string, sent as it is);
 * - a wildcard: the schema's type, or such a raw body.
 *
 * Responses: JSON as openapi-typescript types it, text as `string`, binary as `Blob`, a wildcard as
 * `unknown`.
 */
import { essenceOf } from '../../templates/runtime/media.js';
import type { FieldModel, MediaModel, OperationModel, SchemaModel } from '../model/types.js';
import { stringLiteral } from './literal.js';

/** The helpers of `runtime/types.ts` a body type may name. */
export type BodyHelper = 'JsonPatchOperation' | 'MultipartBody' | 'RawBody';

/** `Spec['requestBody']`, or the local alias of a request-side reading (see request-bodies.ts). */
export function requestBodyRef(operation: OperationModel, specAlias: string): string {
  return operation.parts.body!.required ? `${specAlias}['requestBody']` : `NonNullable<${specAlias}['requestBody']>`;
}

/** The body's type in one media type, for everyone: no per-integration rules. */
export function mediaBodyType(media: MediaModel, requestBody: string): string {
  const shape = `${requestBody}['content'][${stringLiteral(media.type)}]`;
  switch (media.kind) {
    case 'json':
      return isJsonPatch(media) ? 'JsonPatchOperation[]' : shape;
    case 'form':
      return shape;
    case 'multipart':
      return `MultipartBody<${shape}>`;
    case 'any':
      return `${shape} | RawBody`;
    default:
      return 'RawBody';
  }
}

/**
 * Whether per-integration rules can shape the body in this media type: it is an object of fields
 * (JSON, form, multipart, a wildcard's structured value), not bytes, text or a patch list.
 */
export function hasFields(media: MediaModel): boolean {
  if (media.kind === 'any') return media.schema.fields.length > 0 || (media.schema.types?.includes('object') ?? false);
  return (media.kind === 'json' && !isJsonPatch(media)) || media.kind === 'form' || media.kind === 'multipart';
}

/** The shape per-integration rules read for a body with fields. */
export function fieldsShape(media: MediaModel, requestBody: string): string {
  const shape = `${requestBody}['content'][${stringLiteral(media.type)}]`;
  return media.kind === 'multipart' ? `MultipartBody<${shape}>` : shape;
}

export function bodyHelpers(operation: OperationModel): BodyHelper[] {
  const helpers = new Set<BodyHelper>();
  for (const media of operation.parts.body?.media ?? []) {
    if (media.kind === 'json' && isJsonPatch(media)) helpers.add('JsonPatchOperation');
    if (media.kind === 'multipart') helpers.add('MultipartBody');
    if (media.kind === 'any' || media.kind === 'text' || media.kind === 'binary') helpers.add('RawBody');
  }
  return [...helpers];
}

/** The response's type, but for JSON, which the emitters read from openapi-typescript (and per integration). */
export function nonJsonResponseType(operation: OperationModel): string | undefined {
  switch (operation.response?.kind) {
    case undefined:
    case 'json':
      return undefined;
    case 'binary':
      return 'Blob';
    case 'any':
      return 'unknown';
    default:
      return 'string';
  }
}

function isJsonPatch(media: MediaModel): boolean {
  return essenceOf(media.type) === 'application/json-patch+json';
}

/**
 * Whether openapi-typescript makes a field of the body required that the request may leave out: it
 * reads a property with a `default` as always there, which holds for responses, but a request may
 * leave it to the server. It does not for a schema written inline under a request body or parameter
 * (its path names one); for a shared schema (`#/components/schemas/...`) it does. Such bodies are
 * typed from a second reading (request-bodies.ts).
 */
export function needsRequestReading(operation: OperationModel): boolean {
  const seen = new Set<SchemaModel>();
  const visit = (schema: SchemaModel): boolean => {
    if (seen.has(schema)) return false;
    seen.add(schema);
    return (
      schema.fields.some((field) => defaultMadeRequired(field) || visit(field.schema)) ||
      (schema.items !== undefined && visit(schema.items)) ||
      (schema.members ?? []).some(visit) ||
      (schema.variants ?? []).some(visit)
    );
  };
  return (operation.parts.body?.media ?? []).some((media) => visit(media.schema));
}

function defaultMadeRequired(field: FieldModel): boolean {
  if (!field.hasDefault || field.required === true) return false;
  const parent = field.pointer.slice(0, field.pointer.lastIndexOf('/properties/'));
  return !/parameters|requestBody|requestBodies/.test(parent);
}
