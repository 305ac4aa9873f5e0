/**
 * The integration facts written into the descriptions the reference docs render, since no docs
 * renderer shows `x-supported`, `x-required`, `x-supported-values` or `x-integration-notes`. Each
 * operation, parameter and body or response property gets a Markdown block appended to its
 * description (see facts-markdown.ts); `info` gets a link to the coverage pages.
 *
 * The facts are the generator's model's; each block goes into the bundled document at the pointer
 * the model gives, so the docs and the generated client read the spec once and alike. It only adds:
 * every extension and every description stays as written, with the block after it; only the notes
 * for the spec's authors (`x-spec-note`) are left out.
 */
import { X_SPEC_NOTE, isPlainObject } from '../../extensions/index.ts';
import { atPointer, type Json } from '../../generator/model/resolve.ts';
import type { ApiModel, FieldModel, SchemaModel } from '../../generator/model/types.ts';
import { appendBlock, fieldBlock, infoBlock, operationBlock, type CoverageLinks, type FieldFacts, type Naming } from './facts-markdown.ts';

/** Returns a decorated copy of `document`, the bundled spec `model` was built from. */
export function decorateDocument(document: Json, model: ApiModel, links: CoverageLinks): Json {
  const decorated = copyOf(document);
  const naming: Naming = { names: new Map(model.integrations.map((integration) => [integration.slug, integration.name])), links };
  // OpenAPI 3.1 lets a `$ref` carry its own description; 3.0 ignores every sibling of a `$ref`.
  const refsTakeDescriptions = typeof document.openapi === 'string' && document.openapi.startsWith('3.1');
  const describe = (field: Pick<FieldModel, 'pointer' | 'resolved'>, block: string) => describeAt(decorated, field, block, refsTakeDescriptions);
  const blocks = new Map<string, { field: FieldModel; texts: Set<string>; neutral: string }>();
  const add = (field: FieldModel, facts: FieldFacts) => {
    const entry = blocks.get(field.pointer) ?? { field, texts: new Set(), neutral: fieldBlock(neutral(facts), naming) };
    entry.texts.add(fieldBlock(facts, naming));
    blocks.set(field.pointer, entry);
  };

  const walked = new Map<SchemaModel, Set<string>>();
  for (const operation of model.operations) {
    if (operation.integrations) describe({ pointer: operation.pointer, resolved: operation.pointer }, operationBlock(operation.integrations, operation.methodName, naming));
    const fields = [...Object.values(operation.parts).flatMap((part) => part.fields), ...(operation.response?.fields ?? [])];
    for (const field of fields) {
      add(field, facts(field, { from: 'operation', slugs: operation.integrations }));
      nestedCarriers(field.schema, field.supported ?? operation.integrations, walked, add);
    }
  }
  // A field reached by several operations whose support differs gets the wording that holds for all
  // of them ("every integration of the operation") instead of one operation's count.
  for (const { field, texts, neutral } of blocks.values()) describe(field, texts.size === 1 ? [...texts][0]! : neutral);

  dropSpecNotes(decorated);
  const info = infoBlock(naming);
  if (info && isPlainObject(decorated.info)) describe({ pointer: '#/info', resolved: '#/info' }, info);
  return decorated;
}

/**
 * Properties nested inside a field (in its items, its properties, its branches) that carry an
 * extension of their own. The others share their parent's support (CONTRACT.md section 2) and the
 * parent's block already says it.
 */
function nestedCarriers(
  schema: SchemaModel,
  scope: string[] | undefined,
  walked: Map<SchemaModel, Set<string>>,
  add: (field: FieldModel, facts: FieldFacts) => void,
): void {
  // Each schema once per inherited scope: shared and recursive schemas are walked once, not once per path.
  const scopes = walked.get(schema) ?? new Set<string>();
  const key = scope === undefined ? '' : scope.join(',');
  if (scopes.has(key)) return;
  walked.set(schema, scopes.add(key));
  for (const field of schema.fields) {
    if (hasExtension(field)) add(field, facts(field, { from: 'parent field', slugs: scope }));
    nestedCarriers(field.schema, field.supported ?? scope, walked, add);
  }
  if (schema.items) nestedCarriers(schema.items, scope, walked, add);
  for (const variant of schema.variants ?? []) nestedCarriers(variant, scope, walked, add);
}

/** Notes for the spec's authors stay in the spec: not in the page's data either. */
function dropSpecNotes(node: unknown): void {
  if (Array.isArray(node)) for (const item of node) dropSpecNotes(item);
  else if (isPlainObject(node)) {
    delete node[X_SPEC_NOTE];
    for (const value of Object.values(node)) dropSpecNotes(value);
  }
}

function hasExtension(field: FieldModel): boolean {
  return field.supported !== undefined || Array.isArray(field.required) || field.values !== undefined || field.notes !== undefined;
}

function facts(field: FieldModel, inherited: NonNullable<FieldFacts['inherited']>): FieldFacts {
  return { supported: field.supported, inherited, required: field.required, values: field.values, notes: field.notes };
}

function neutral(facts: FieldFacts): FieldFacts {
  return { ...facts, inherited: facts.inherited && { from: facts.inherited.from } };
}

/**
 * Appends to the description where the node is written. A `$ref` gets a description of its own
 * (OpenAPI 3.1), which starts with its target's, so that a shared target is never changed for the
 * sake of one of its uses.
 */
function describeAt(document: Json, at: Pick<FieldModel, 'pointer' | 'resolved'>, block: string, refsTakeDescriptions: boolean): void {
  const holder = atPointer(document, at.pointer);
  const target = atPointer(document, at.resolved);
  if (!isPlainObject(holder) || !isPlainObject(target)) return;
  if (holder !== target && !refsTakeDescriptions) return;
  const current = Object.hasOwn(holder, 'description') ? holder.description : target.description;
  if (typeof current === 'string' && current.includes(block)) return; // decorated already: a second run adds nothing
  holder.description = appendBlock(current, block);
}

/**
 * A copy of the document with no object in two places (a YAML alias shares one), so that each
 * change lands only where the model points.
 */
function copyOf(document: Json): Json {
  return JSON.parse(JSON.stringify(document)) as Json;
}
