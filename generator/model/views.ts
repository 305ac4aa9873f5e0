/**
 * One integration's view of an operation, all the way down: the parameters and properties it
 * supports (nested ones included), which of them it requires, the enum values it accepts, and the
 * response fields it gets back. The per-integration OpenAPI document is this view written back into
 * the spec; the change report compares two versions' views; the docs read them.
 *
 * The rules are support.ts's, applied at every depth: a field without `x-supported` exists wherever
 * its parent does (every integration of the operation, at the top), plain `required` holds wherever
 * the field exists, `x-required` adds the integrations it lists, `x-supported-values` narrows the enum.
 *
 * A view is computed once per operation and integration, and a schema's view once per integration:
 * which nested fields an integration has does not depend on where the schema is used, so shared and
 * recursive schemas give shared and cyclic views, as their models are.
 */
import { isRequired, isSupported } from './support.js';
import type { EnumValue, FieldModel, OperationModel, PartName, SchemaModel } from './types.js';

export interface FieldView {
  field: FieldModel;
  /** Required for this integration (wherever its parent is sent, for a nested field). */
  required: boolean;
  /** The values this integration accepts (for an array, its items'): `x-supported-values`, else `enum`. */
  enum?: EnumValue[];
  /** Narrowed by `x-supported-values` for this integration. */
  narrowed: boolean;
  schema: SchemaView;
}

export interface SchemaView {
  schema: SchemaModel;
  /** The properties this integration has, in spec order. */
  fields: FieldView[];
  items?: SchemaView;
  variants?: SchemaView[];
}

export interface PartView {
  /** `body`: the request body is required; `path`: always; `query`: some parameter is required. */
  required: boolean;
  fields: FieldView[];
}

export interface OperationView {
  operation: OperationModel;
  slug: string;
  parts: Partial<Record<PartName, PartView>>;
  response?: { status: string; fields: FieldView[] };
}

const operationViews = new WeakMap<OperationModel, Map<string, OperationView>>();
const schemaViews = new WeakMap<SchemaModel, Map<string, SchemaView>>();

/** The integration's view of the operation; undefined when the operation does not exist for it. */
export function integrationView(operation: OperationModel, slug: string): OperationView | undefined {
  if (!operation.support.has(slug)) return undefined;
  return operationView(operation, slug);
}

/**
 * The key of the one view a spec without integrations has: everything its operations describe,
 * required where `required` says. No integration slug can be `*` (extensions/ allows a-z and 0-9),
 * so it is never taken for one.
 */
export const EVERY_CALLER = '*';

/** The operation as every caller sees it, in a spec that declares no integrations. */
export function apiView(operation: OperationModel): OperationView {
  return operationView(operation, EVERY_CALLER);
}

function operationView(operation: OperationModel, slug: string): OperationView {
  let bySlug = operationViews.get(operation);
  if (!bySlug) operationViews.set(operation, (bySlug = new Map()));
  const known = bySlug.get(slug);
  if (known) return known;

  const parts: Partial<Record<PartName, PartView>> = {};
  for (const [name, part] of Object.entries(operation.parts) as [PartName, NonNullable<OperationModel['parts'][PartName]>][]) {
    const fields = fieldViews(part.fields, slug);
    parts[name] = { required: name === 'body' ? part.required : name === 'path' || fields.some((field) => field.required), fields };
  }
  const view: OperationView = {
    operation,
    slug,
    parts,
    response: operation.response && { status: operation.response.status, fields: fieldViews(operation.response.fields, slug) },
  };
  bySlug.set(slug, view);
  return view;
}

export function schemaView(schema: SchemaModel, slug: string): SchemaView {
  let bySlug = schemaViews.get(schema);
  if (!bySlug) schemaViews.set(schema, (bySlug = new Map()));
  const known = bySlug.get(slug);
  if (known) return known;
  // Registered before its parts are read: a schema that contains itself ends here.
  const view: SchemaView = { schema, fields: [] };
  bySlug.set(slug, view);
  view.fields = fieldViews(schema.fields, slug);
  if (schema.items) view.items = schemaView(schema.items, slug);
  if (schema.variants) view.variants = schema.variants.map((variant) => schemaView(variant, slug));
  return view;
}

function fieldViews(fields: FieldModel[], slug: string): FieldView[] {
  return fields
    .filter((field) => isSupported(field, slug))
    .map((field) => {
      const narrowed = field.values?.[slug];
      return {
        field,
        required: isRequired(field, slug),
        enum: narrowed ?? field.enum,
        narrowed: narrowed !== undefined,
        schema: schemaView(field.schema, slug),
      };
    });
}

/**
 * The fields one level down from a field, as a path names them: `emails.email` for a property of
 * an array's items, and the properties of each `oneOf` / `anyOf` branch (first one wins a name).
 */
export function nestedFields(view: SchemaView): FieldView[] {
  const byName = new Map<string, FieldView>();
  const visit = (schema: SchemaView, seen: Set<SchemaView>) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    for (const field of schema.fields) if (!byName.has(field.field.name)) byName.set(field.field.name, field);
    if (schema.items) visit(schema.items, seen);
    for (const variant of schema.variants ?? []) visit(variant, seen);
  };
  visit(view, new Set());
  return [...byName.values()];
}
