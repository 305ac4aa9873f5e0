/**
 * What changed between two versions of a spec for the callers of each integration (CONTRACT.md
 * section 6), found by comparing the two models' per-integration views (generator/model/views.ts):
 * for each integration and operation, what it accepts, requires and returns, at every depth. The
 * views are the same ones the generated client and the integration's own OpenAPI document are made
 * from, so a change is reported exactly when one of those changes for that integration.
 *
 * Requests and responses break in opposite directions: a request breaks when a value that was valid
 * is not any more (a field gone or newly required, an enum value gone, a type narrowed); a response
 * breaks when callers may get what they could not before, or not get what they relied on (a field
 * gone or no longer always there, a type widened). The rules, and the choices the contract leaves
 * open, are in the README ("Spec changes").
 */
import type { ApiModel, EnumValue, OperationModel, SchemaModel } from '../generator/model/types.js';
import { apiView, EVERY_CALLER, integrationView, nestedFields, type FieldView, type OperationView } from '../generator/model/views.js';

export type ChangeKind =
  | 'integration-added'
  | 'integration-removed'
  | 'integration-renamed'
  | 'operation-added'
  | 'operation-removed'
  | 'endpoint-changed'
  | 'body-required'
  | 'field-added'
  | 'field-added-required'
  | 'field-removed'
  | 'required'
  | 'optional'
  | 'values-added'
  | 'values-removed'
  | 'enum-added'
  | 'enum-removed'
  | 'type-changed';

export interface Change {
  integration: string;
  operation: string;
  /** `operation`, or the field: `path.id`, `query.workspace_id`, `body.emails.email`, `response.id`. */
  where: string;
  breaking: boolean;
  kind: ChangeKind;
  /** Enum values added or removed. */
  values?: EnumValue[];
  /** What it was and what it becomes: a type, an endpoint, a display name. */
  from?: string;
  to?: string;
}

export interface Compared {
  changes: Change[];
  /** slug -> display name, the head's first, for every integration either version names. */
  names: Map<string, string>;
}

type Direction = 'request' | 'response';

export function compareModels(base: ApiModel, head: ApiModel): Compared {
  const names = new Map([...base.integrations, ...head.integrations].map((integration) => [integration.slug, integration.name]));
  for (const integration of head.integrations) names.set(integration.slug, integration.name);
  const baseSlugs = new Set(base.integrations.map((integration) => integration.slug));
  const headSlugs = new Set(head.integrations.map((integration) => integration.slug));
  const changes: Change[] = [];

  const removed = [...baseSlugs].filter((slug) => !headSlugs.has(slug));
  const added = [...headSlugs].filter((slug) => !baseSlugs.has(slug));
  const renamedTo = findRenames(base, head, removed, added);

  for (const slug of removed) {
    const operations = base.integrations.find((integration) => integration.slug === slug)!.operations;
    const to = renamedTo.get(slug);
    const change = (operation: string): Change =>
      to === undefined
        ? { integration: slug, operation, where: 'operation', breaking: true, kind: 'integration-removed' }
        : { integration: slug, operation, where: 'operation', breaking: true, kind: 'integration-renamed', from: slug, to };
    changes.push(...(operations.length > 0 ? operations.map(change) : [change('')]));
  }
  const renamedFrom = new Set(renamedTo.values());
  for (const slug of added.filter((slug) => !renamedFrom.has(slug))) {
    const operations = head.integrations.find((integration) => integration.slug === slug)!.operations;
    const change = (operation: string): Change => ({ integration: slug, operation, where: 'operation', breaking: false, kind: 'integration-added' });
    changes.push(...(operations.length > 0 ? operations.map(change) : [change('')]));
  }

  const baseNames = new Map(base.integrations.map((integration) => [integration.slug, integration.name]));
  for (const integration of head.integrations) {
    const slug = integration.slug;
    if (!baseSlugs.has(slug)) continue;
    if (baseNames.get(slug) !== integration.name) {
      // The same slug under a new display name: requests are unchanged, the docs read differently.
      changes.push({ integration: slug, operation: '', where: 'operation', breaking: false, kind: 'integration-renamed', from: baseNames.get(slug), to: integration.name });
    }
    changes.push(...operationChanges(base, head, slug, (operation) => integrationView(operation, slug)));
  }
  if (base.integrations.length === 0 && head.integrations.length === 0) {
    // A plain spec: one view, every caller's, by the same rules.
    names.set(EVERY_CALLER, 'Every caller');
    changes.push(...operationChanges(base, head, EVERY_CALLER, apiView));
  }
  // By integration (slug order), each integration's changes in the order found: operations in spec order.
  const order = new Map([...names.keys()].sort().map((slug, index) => [slug, index]));
  changes.sort((a, b) => order.get(a.integration)! - order.get(b.integration)!);
  return { changes, names };
}

/** Each operation of either version, as `slug` sees it in each: gained, lost or compared. */
function operationChanges(base: ApiModel, head: ApiModel, slug: string, view: (operation: OperationModel) => OperationView | undefined): Change[] {
  const changes: Change[] = [];
  const baseOperations = new Map(base.operations.map((op) => [op.operationId, op]));
  const headOperations = new Map(head.operations.map((op) => [op.operationId, op]));
  for (const operationId of unionInOrder([...baseOperations.keys()], [...headOperations.keys()])) {
    const baseOperation = baseOperations.get(operationId);
    const headOperation = headOperations.get(operationId);
    const before = baseOperation && view(baseOperation);
    const after = headOperation && view(headOperation);
    if (!before && !after) continue;
    const at = (where: string) => ({ integration: slug, operation: operationId, where });
    if (!after) changes.push({ ...at('operation'), breaking: true, kind: 'operation-removed' });
    else if (!before) changes.push({ ...at('operation'), breaking: false, kind: 'operation-added' });
    else changes.push(...compareOperations(before, after, at));
  }
  return changes;
}

type At = (where: string) => Pick<Change, 'integration' | 'operation' | 'where'>;

function compareOperations(before: OperationView, after: OperationView, at: At): Change[] {
  const changes: Change[] = [];
  const endpoint = (view: OperationView) => `${view.operation.method.toUpperCase()} ${view.operation.route}`;
  if (endpoint(before) !== endpoint(after)) {
    // The client's method hides the endpoint, but `client.raw`, the `paths` types and plain HTTP callers do not.
    changes.push({ ...at('operation'), breaking: true, kind: 'endpoint-changed', from: endpoint(before), to: endpoint(after) });
  }
  if (after.parts.body?.required && !before.parts.body?.required) changes.push({ ...at('operation'), breaking: true, kind: 'body-required' });
  const parts = unionInOrder(Object.keys(before.parts), Object.keys(after.parts)) as (keyof OperationView['parts'])[];
  for (const part of parts) {
    changes.push(...compareFields(before.parts[part]?.fields ?? [], after.parts[part]?.fields ?? [], part, 'request', at, new Set()));
  }
  changes.push(...compareFields(before.response?.fields ?? [], after.response?.fields ?? [], 'response', 'response', at, new Set()));
  return changes;
}

/** Two lists of fields at the same place, by name; `comparing` holds the schema pairs being compared above, so cycles end. */
function compareFields(before: FieldView[], after: FieldView[], path: string, direction: Direction, at: At, comparing: Set<string>): Change[] {
  const changes: Change[] = [];
  const afterByName = new Map(after.map((field) => [field.field.name, field]));
  const beforeNames = new Set(before.map((field) => field.field.name));
  for (const old of before) {
    const where = `${path}.${old.field.name}`;
    const current = afterByName.get(old.field.name);
    if (!current) changes.push({ ...at(where), breaking: true, kind: 'field-removed' });
    else changes.push(...compareField(old, current, where, direction, at, comparing));
  }
  for (const field of after) {
    if (beforeNames.has(field.field.name)) continue;
    const breaking = direction === 'request' && field.required;
    changes.push({ ...at(`${path}.${field.field.name}`), breaking, kind: breaking ? 'field-added-required' : 'field-added' });
  }
  return changes;
}

function compareField(before: FieldView, after: FieldView, where: string, direction: Direction, at: At, comparing: Set<string>): Change[] {
  const changes: Change[] = [];
  if (before.required !== after.required) {
    // A request field newly required breaks callers that leave it out; a response field no longer
    // always there breaks callers that read it without a check.
    const breaking = direction === 'request' ? after.required : before.required;
    changes.push({ ...at(where), breaking, kind: after.required ? 'required' : 'optional' });
  }
  changes.push(...compareEnums(before.enum, after.enum, where, direction, at));
  changes.push(...compareTypes(before.field.schema, after.field.schema, where, direction, at));

  const pair = `${before.schema.schema.pointer} ${after.schema.schema.pointer}`;
  if (!comparing.has(pair)) {
    comparing.add(pair);
    changes.push(...compareFields(nestedFields(before.schema), nestedFields(after.schema), where, direction, at, comparing));
    comparing.delete(pair);
  }
  return changes;
}

/**
 * Enum values: in a request, a value gone breaks and a value added does not; a field that had no
 * enum and now has one is narrowed (breaking), the reverse widened. In a response, callers get
 * values; CONTRACT.md counts values added as not breaking, and a value no longer sent breaks no one.
 */
function compareEnums(before: EnumValue[] | undefined, after: EnumValue[] | undefined, where: string, direction: Direction, at: At): Change[] {
  if (!before && !after) return [];
  if (!before) return [{ ...at(where), breaking: direction === 'request', kind: 'enum-added', values: after }];
  if (!after) return [{ ...at(where), breaking: false, kind: 'enum-removed', values: before }];
  const key = (value: EnumValue) => JSON.stringify(value);
  const afterKeys = new Set(after.map(key));
  const beforeKeys = new Set(before.map(key));
  const gone = before.filter((value) => !afterKeys.has(key(value)));
  const added = after.filter((value) => !beforeKeys.has(key(value)));
  const changes: Change[] = [];
  if (gone.length > 0) changes.push({ ...at(where), breaking: direction === 'request', kind: 'values-removed', values: gone });
  if (added.length > 0) changes.push({ ...at(where), breaking: false, kind: 'values-added', values: added });
  return changes;
}

/**
 * A type change breaks a request when it takes away values that were valid (a type gone, a format
 * added or changed, a `oneOf` branch gone), and a response when it adds values callers did not get
 * before. A change that does both (`string` to `integer`) breaks both.
 */
function compareTypes(before: SchemaModel, after: SchemaModel, where: string, direction: Direction, at: At): Change[] {
  const { narrowed, widened } = typeDifference(before, after, new Set());
  if (!narrowed && !widened) return [];
  const breaking = direction === 'request' ? narrowed : widened;
  return [{ ...at(where), breaking, kind: 'type-changed', from: typeText(before), to: typeText(after) }];
}

/** Whether the set of values `after` allows lost some of `before`'s (narrowed) or gained some (widened). */
function typeDifference(before: SchemaModel, after: SchemaModel, seen: Set<string>): { narrowed: boolean; widened: boolean } {
  const pair = `${before.pointer} ${after.pointer}`;
  if (seen.has(pair)) return { narrowed: false, widened: false };
  seen.add(pair);
  let narrowed = false;
  let widened = false;

  const beforeTypes = before.types;
  const afterTypes = after.types;
  if (beforeTypes && !afterTypes) widened = true;
  else if (!beforeTypes && afterTypes) narrowed = true;
  else if (beforeTypes && afterTypes) {
    narrowed ||= beforeTypes.some((type) => !allows(afterTypes, type));
    widened ||= afterTypes.some((type) => !allows(beforeTypes, type));
  }

  if (before.format !== after.format) {
    const widening = before.format !== undefined && (after.format === undefined || WIDER_FORMAT[before.format] === after.format);
    if (widening) widened = true;
    else {
      narrowed = true;
      if (before.format !== undefined) widened = true;
    }
  }

  if (before.items && after.items) {
    const items = typeDifference(before.items, after.items, seen);
    narrowed ||= items.narrowed;
    widened ||= items.widened;
  }

  const beforeBranches = new Map((before.variants ?? []).map((variant) => [branchLabel(variant), variant]));
  const afterBranches = new Map((after.variants ?? []).map((variant) => [branchLabel(variant), variant]));
  if (beforeBranches.size > 0 || afterBranches.size > 0) {
    for (const [label, variant] of beforeBranches) {
      const match = afterBranches.get(label);
      if (!match) narrowed = true;
      else {
        const branch = typeDifference(variant, match, seen);
        narrowed ||= branch.narrowed;
        widened ||= branch.widened;
      }
    }
    if ([...afterBranches.keys()].some((label) => !beforeBranches.has(label))) widened = true;
  }
  return { narrowed, widened };
}

/** Formats whose values include all of another's. */
const WIDER_FORMAT: Record<string, string> = { int32: 'int64', float: 'double' };

/** Whether a list of JSON types allows every value of `type` (an integer is a number). */
function allows(types: string[], type: string): boolean {
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/** A branch is known by its component name, else by its type. */
function branchLabel(schema: SchemaModel): string {
  return schema.name ?? typeText(schema);
}

/** `string (date-time)`, `array of integer`, `one of: Cat, Dog`, `any`. */
export function typeText(schema: SchemaModel, depth = 0): string {
  if (depth > 3) return '...';
  const types = schema.types?.filter((type) => type !== 'array') ?? [];
  const parts: string[] = [];
  if (schema.types?.includes('array')) parts.push(`array of ${schema.items ? typeText(schema.items, depth + 1) : 'any'}`);
  parts.push(...types.map((type) => (schema.format && type !== 'null' ? `${type} (${schema.format})` : type)));
  if (schema.variants) parts.push(`one of: ${schema.variants.map((variant) => (variant.name ?? typeText(variant, depth + 1))).join(', ')}`);
  if (parts.length === 0) return schema.format ? `any (${schema.format})` : 'any';
  return parts.join(' or ');
}

/**
 * A removed slug and an added one whose integrations have the same operations and fields, with the
 * same requirements: the same integration under a new name (the slug follows the display name).
 */
function findRenames(base: ApiModel, head: ApiModel, removed: string[], added: string[]): Map<string, string> {
  const renames = new Map<string, string>();
  if (removed.length === 0 || added.length === 0) return renames;
  const addedBySignature = new Map<string, string[]>();
  for (const slug of added) {
    const signature = supportSignature(head, slug);
    if (signature === '') continue;
    addedBySignature.set(signature, [...(addedBySignature.get(signature) ?? []), slug]);
  }
  for (const slug of removed) {
    const signature = supportSignature(base, slug);
    const candidates = signature === '' ? [] : (addedBySignature.get(signature) ?? []);
    // Only an unambiguous match: two new integrations that look alike could be either.
    if (candidates.length === 1) renames.set(slug, candidates[0]!);
  }
  return renames;
}

function supportSignature(model: ApiModel, slug: string): string {
  const lines: string[] = [];
  for (const operation of model.operations) {
    const view = integrationView(operation, slug);
    if (!view) continue;
    lines.push(operation.operationId);
    for (const [part, fields] of Object.entries(view.parts)) {
      for (const field of fields?.fields ?? []) lines.push(`${part}.${field.field.name}${field.required ? '!' : ''}`);
    }
    for (const field of view.response?.fields ?? []) lines.push(`response.${field.field.name}`);
  }
  return lines.length === 0 ? '' : lines.join('\n');
}

function unionInOrder(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}
