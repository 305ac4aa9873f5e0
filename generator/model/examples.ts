import { PART_NAMES, type EnumValue, type FieldModel, type OperationModel, type PartName } from './types.js';
import { isRequired } from './support.js';

/**
 * The smallest request one integration accepts for an operation: every required key, with the
 * spec's example where it has one and a `your_<name>` placeholder (as the reference pages write them)
 * where it does not. Used by the package README and the docs' integration pages. A body sent as
 * it is (text, binary) has no fields to show and is left to the caller.
 */
export function minimalRequest(operation: OperationModel, slug: string | undefined): Partial<Record<PartName, Record<string, unknown>>> {
  const request: Partial<Record<PartName, Record<string, unknown>>> = {};
  for (const name of PART_NAMES) {
    const part = operation.parts[name];
    if (!part) continue;
    const kind = part.media?.[0]?.kind;
    if (kind === 'text' || kind === 'binary') continue;
    const required = part.fields.filter((field) => (slug === undefined ? field.required === true : isRequired(field, slug)));
    if (required.length === 0 && !(name === 'body' && part.required)) continue;
    request[name] = Object.fromEntries(required.map((field) => [field.name, exampleValue(field, slug)]));
  }
  return request;
}

export function exampleValue(field: FieldModel, slug: string | undefined): unknown {
  const allowed: EnumValue[] | undefined = (slug && field.values?.[slug]) || field.enum;
  if (allowed && allowed.length > 0) return field.schemaType === 'array' ? [allowed[0]] : allowed[0];
  if (field.example !== undefined) return field.example;
  switch (field.schemaType) {
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return `your_${field.name}`;
  }
}
