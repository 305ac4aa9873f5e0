/**
 * One integration's own OpenAPI document (CONTRACT.md section 7): the bundled spec with every node
 * the model points at rewritten as that integration has it, and no per-integration extension left.
 *
 * - operations: only those the integration supports; a path left with none is dropped;
 * - parameters and properties (nested ones too): only those it supports;
 * - `required`: exactly the ones it requires (plain `required` and its `x-required`);
 * - enums: narrowed to its `x-supported-values`;
 * - response bodies: only the fields it returns;
 * - its `x-integration-notes` are appended to the descriptions they belong to;
 * - `info.title` names it; components no longer used are dropped.
 *
 * What the document says comes from the model's per-integration views (generator/model/views.ts):
 * this module only writes them back at the model's pointers, so it cannot disagree with the
 * generated client. Everything else in the spec is kept as written, byte for byte in the same order,
 * so the same spec gives the same document.
 */
import { GeneratorError } from '../generator/errors.js';
import { codeSpan, escapeMarkdown } from '../generator/markdown.js';
import { atPointer, type Json } from '../generator/model/resolve.js';
import type { ApiModel, OperationModel, SchemaModel } from '../generator/model/types.js';
import { integrationView, schemaView, type FieldView, type SchemaView } from '../generator/model/views.js';
import { PER_INTEGRATION_EXTENSIONS, X_SPEC_NOTE, isPlainObject } from '../extensions/index.js';
import { pruneComponents } from './prune-components.js';

/**
 * Dropped everywhere. `x-codeSamples` show a request of the whole unified API, with fields this
 * integration may not have; the document is the integration's, so they go too.
 */
const DROPPED_EXTENSIONS = new Set<string>([...PER_INTEGRATION_EXTENSIONS, X_SPEC_NOTE, 'x-codeSamples']);

export function integrationDocument(document: Json, model: ApiModel, slug: string): Json {
  const integration = model.integrations.find((candidate) => candidate.slug === slug);
  if (!integration) {
    const known = model.integrations.map((candidate) => candidate.slug);
    throw new GeneratorError(
      known.length === 0
        ? `The spec declares no integrations (no x-integrations), so it has no per-integration documents`
        : `No integration "${slug}" in the spec; it declares: ${known.join(', ')}`,
    );
  }
  const projected = copyOf(document);
  const edits = new Edits(projected, slug);

  for (const operation of model.operations) {
    const view = integrationView(operation, slug);
    if (!view) {
      edits.remove(operation.pointer);
      continue;
    }
    for (const [part, model] of Object.entries(operation.parts)) {
      const kept = new Map((view.parts[part as keyof typeof view.parts]?.fields ?? []).map((field) => [field.field, field]));
      if (part === 'body') {
        edits.schema(schemaView(model.schema!, slug));
        continue;
      }
      for (const field of model.fields) {
        const parameter = kept.get(field);
        if (parameter) edits.parameter(parameter, part === 'path');
        else edits.remove(field.pointer);
      }
    }
    if (operation.response) edits.schema(schemaView(operation.response.schema, slug));
  }
  edits.apply();

  dropExtensions(projected);
  dropEmptyPathItems(projected, model.operations);
  pruneComponents(projected);
  describeInfo(projected, model, integration);
  return projected;
}

/** The document as `npm run openapi` writes it: two-space JSON, a final newline. */
export function documentText(document: Json): string {
  return JSON.stringify(document, null, 2) + '\n';
}

/**
 * Changes to the copy, at the model's pointers. Properties go at once (a key, no pointer moves); the
 * enum and description rewrites wait until every schema is rewritten, since they may replace a
 * `$ref` by a copy of its target; removals of operations and parameters come last, since taking an
 * item out of a list shifts the pointers of those after it.
 */
class Edits {
  private readonly removals: string[] = [];
  private readonly late: (() => void)[] = [];
  private readonly rewritten = new Set<SchemaView>();

  constructor(
    private readonly document: Json,
    private readonly slug: string,
  ) {}

  remove(pointer: string): void {
    this.removals.push(pointer);
  }

  parameter(view: FieldView, inPath: boolean): void {
    const parameter = this.node(view.field.resolved);
    if (inPath || view.required) parameter.required = true;
    else delete parameter.required;
    if (view.narrowed) this.late.push(() => this.narrow(`${view.field.resolved}/schema`, view));
    this.note(view);
    this.schema(view.schema);
  }

  /** Every object schema the integration's view reaches, each once: properties kept or removed, `required` rebuilt. */
  schema(view: SchemaView): void {
    if (this.rewritten.has(view)) return;
    this.rewritten.add(view);
    const kept = new Map(view.fields.map((field) => [field.field.pointer, field]));
    const keptNames = new Set(view.fields.map((field) => field.field.name));
    const removedNames = new Set(view.schema.fields.map((field) => field.name).filter((name) => !keptNames.has(name)));
    // The properties are written in the schema or in its `allOf` members: each where it is. A member
    // may also list names in `required` without declaring them.
    const containers = new Map<string, string[]>(allOfMembers(view.schema).map((schema) => [schema.pointer, []]));
    for (const field of view.schema.fields) {
      const container = field.pointer.slice(0, field.pointer.lastIndexOf('/properties/'));
      const property = kept.get(field.pointer);
      if (!property) {
        delete (this.node(container).properties as Json)[unescape(field.pointer.slice(container.length + '/properties/'.length))];
      } else if (property.required && field.required !== true) {
        containers.set(container, [...(containers.get(container) ?? []), field.name]);
      }
      if (!containers.has(container)) containers.set(container, []);
    }
    for (const [container, added] of containers) {
      // A schema that is not written as an object (none at all, or `true`) has nothing to rewrite.
      const node = atPointer(this.document, container);
      if (!isPlainObject(node)) continue;
      // A name declared again in another member (the model keeps the last) goes from every one.
      if (isPlainObject(node.properties)) for (const name of removedNames) delete node.properties[name];
      requireExactly(node, removedNames, added);
    }
    for (const field of view.fields) {
      if (field.narrowed) this.late.push(() => this.narrow(field.field.pointer, field));
      this.note(field);
      this.schema(field.schema);
    }
    if (view.items) this.schema(view.items);
    for (const variant of view.variants ?? []) this.schema(variant);
  }

  apply(): void {
    // Enums and notes first, while every pointer still holds; they may copy a `$ref`'s target,
    // whose own properties are final by now.
    for (const change of this.late) change();
    // Then removals, deepest first and from the end of each list, so that the indices still to remove stay right.
    for (const pointer of [...new Set(this.removals)].sort(compareDescending)) {
      const parent = atPointer(this.document, pointer.slice(0, pointer.lastIndexOf('/')));
      const key = unescape(pointer.slice(pointer.lastIndexOf('/') + 1));
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (isPlainObject(parent)) delete parent[key];
    }
  }

  /** Writes the integration's values where the field's enum is: on its items for an array, on itself otherwise. */
  private narrow(pointer: string, view: FieldView): void {
    const schema = this.ownCopy(pointer);
    const target = view.field.schemaType === 'array' && isPlainObject(schema.items) ? this.ownCopy(`${pointer}/items`) : schema;
    target.enum = view.enum;
  }

  /**
   * The node at `pointer`, made the field's own: a `$ref` there is replaced by a copy of what it
   * points at (its own siblings kept), so that narrowing it leaves the shared target alone.
   */
  private ownCopy(pointer: string): Json {
    const node = this.node(pointer);
    if (typeof node.$ref !== 'string') return node;
    const { $ref, ...siblings } = node;
    const copy = { ...structuredClone(resolveRef(this.document, $ref)), ...siblings };
    const parent = atPointer(this.document, pointer.slice(0, pointer.lastIndexOf('/'))) as Json;
    // defineProperty, not `=`: a property named `__proto__` must stay a property.
    Object.defineProperty(parent, unescape(pointer.slice(pointer.lastIndexOf('/') + 1)), { value: copy, enumerable: true, writable: true, configurable: true });
    return copy;
  }

  /** Appends the integration's note for a field to the description readers see. */
  private note(view: FieldView): void {
    const note = view.field.notes?.[this.slug];
    if (note === undefined) return;
    this.late.push(() => {
      const holder = this.node(view.field.pointer);
      const described = typeof holder.description === 'string' || typeof holder.$ref !== 'string' ? holder : this.node(view.field.resolved);
      const before = typeof described.description === 'string' ? described.description.trimEnd() : '';
      described.description = `${before === '' ? '' : `${before}\n\n`}${escapeMarkdown(note)}`;
    });
  }

  private node(pointer: string): Json {
    const node = atPointer(this.document, pointer);
    if (!isPlainObject(node)) throw new Error(`the model points at ${pointer}, which is not an object in the bundled document`);
    return node;
  }
}

/** A schema and its `allOf` members, theirs included. */
function allOfMembers(schema: SchemaModel, seen = new Set<SchemaModel>()): SchemaModel[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  return [schema, ...(schema.members ?? []).flatMap((member) => allOfMembers(member, seen))];
}

/** `required` lists only kept names: those of removed properties go, those the integration requires come in. */
function requireExactly(schema: Json, removed: Set<string>, added: string[]): void {
  const current = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
  const names = [...current.filter((name) => !(typeof name === 'string' && removed.has(name))), ...added.filter((name) => !current.includes(name))];
  if (names.length > 0) schema.required = names;
  else delete schema.required;
}

function dropExtensions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) dropExtensions(item);
  } else if (isPlainObject(node)) {
    for (const key of Object.keys(node)) {
      if (DROPPED_EXTENSIONS.has(key)) delete node[key];
      else dropExtensions(node[key]);
    }
  }
}

function dropEmptyPathItems(document: Json, operations: OperationModel[]): void {
  const paths = isPlainObject(document.paths) ? document.paths : {};
  const routes = new Set(operations.map((operation) => operation.route));
  for (const route of routes) {
    const item = paths[route];
    if (isPlainObject(item) && !Object.keys(item).some((key) => METHODS.has(key)) && item.$ref === undefined) delete paths[route];
  }
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function describeInfo(document: Json, model: ApiModel, integration: { slug: string; name: string }): void {
  const info = isPlainObject(document.info) ? document.info : (document.info = {});
  info.title = `${model.title}: ${integration.name}`;
  const intro =
    `${escapeMarkdown(model.title)} as ${escapeMarkdown(integration.name)} has it (integration ${codeSpan(integration.slug)}): ` +
    `only the operations, parameters and fields it supports, required where it requires them, with the values it accepts.`;
  info.description = typeof info.description === 'string' && info.description.trim() !== '' ? `${intro}\n\n${info.description.trimEnd()}` : intro;
}

function resolveRef(document: Json, ref: string): Json {
  const target = atPointer(document, decodeURIComponent(ref));
  if (!isPlainObject(target)) throw new Error(`$ref ${ref} does not resolve in the bundled document`);
  return isPlainObject(target) && typeof target.$ref === 'string' ? resolveRef(document, target.$ref) : target;
}

/** Deeper pointers first; within one list, higher indices first. */
function compareDescending(a: string, b: string): number {
  const [pa, pb] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const [na, nb] = [Number(pa[i]), Number(pb[i])];
    if (Number.isInteger(na) && Number.isInteger(nb)) return nb - na;
    return pa[i]! < pb[i]! ? 1 : -1;
  }
  return pb.length - pa.length;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * A copy of the document with no object in two places (a YAML alias shares one), so that each
 * change lands only where the model points.
 */
function copyOf(document: Json): Json {
  return JSON.parse(JSON.stringify(document)) as Json;
}
