/**
 * The facts the bundled spec's extensions state, read straight from generated/openapi.json (not
 * through the generator's model, which the docs are built from: the test should not share its
 * reading of the spec with the code under test).
 *
 * One fact is one slug in an `x-supported` or `x-required` list, one value of an
 * `x-supported-values` list, one note of `x-integration-notes`, or one `x-integrations` entry.
 */
type Json = Record<string, unknown>;
export type Part = 'path' | 'query' | 'body' | 'response';

export type Fact =
  | { kind: 'integration'; pointer: string; slug: string; name: string }
  | { kind: 'operation'; pointer: string; slug: string; operationId: string }
  | { kind: 'supported' | 'required'; pointer: string; slug: string; at: FieldPlace }
  | { kind: 'value'; pointer: string; slug: string; value: unknown; at: FieldPlace }
  | { kind: 'note'; pointer: string; slug: string; note: string; at: FieldPlace };

/** Where a field is: its operation, the part of the request or response, its name. */
export interface FieldPlace {
  operationId: string;
  part: Part;
  field: string;
  /** A parameter or a top-level body property: the fields the coverage matrix has rows for. */
  topLevel: boolean;
  /** Where the field is used: a `$ref` there may carry a description of its own. */
  describedAt: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function specFacts(document: Json): Fact[] {
  const facts: Fact[] = [];
  for (const [slug, entry] of Object.entries(asObject(document['x-integrations']))) {
    facts.push({ kind: 'integration', pointer: '#/x-integrations', slug, name: String(asObject(entry).name) });
  }
  for (const [route, pathItem] of Object.entries(asObject(document.paths))) {
    for (const method of METHODS) {
      const operation = asObject(asObject(pathItem)[method]);
      if (Object.keys(operation).length === 0) continue;
      const operationId = String(operation.operationId);
      const pointer = `#/paths/${escape(route)}/${method}`;
      for (const slug of asList(operation['x-supported'])) facts.push({ kind: 'operation', pointer, slug: String(slug), operationId });

      asList(operation.parameters).forEach((raw, index) => {
        const describedAt = `${pointer}/parameters/${index}`;
        const { node, pointer: at } = resolve(document, raw, describedAt);
        const place = { operationId, part: node.in as Part, field: String(node.name), topLevel: true, describedAt };
        fieldFacts(node, at, place, facts);
        nestedFacts(document, node.schema, `${at}/schema`, place, facts);
      });
      const body = asObject(asObject(operation.requestBody).content);
      for (const [type, media] of Object.entries(body)) {
        properties(document, asObject(media).schema, `${pointer}/requestBody/content/${escape(type)}/schema`, operationId, 'body', facts);
      }
      for (const [status, response] of Object.entries(asObject(operation.responses))) {
        for (const [type, media] of Object.entries(asObject(asObject(response).content))) {
          properties(document, asObject(media).schema, `${pointer}/responses/${status}/content/${escape(type)}/schema`, operationId, 'response', facts);
        }
      }
    }
  }
  return facts;
}

/**
 * Every fact in the document, wherever it is, counted without knowing what it belongs to: what
 * specFacts finds must add up to this, or some extension was missed.
 */
export function countFactsAnywhere(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + countFactsAnywhere(item), 0);
  if (typeof node !== 'object' || node === null) return 0;
  let count = 0;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-integrations' || key === 'x-integration-notes') count += Object.keys(asObject(value)).length;
    else if (key === 'x-supported' || key === 'x-required') count += asList(value).length;
    else if (key === 'x-supported-values') count += Object.values(asObject(value)).reduce((sum: number, list) => sum + asList(list).length, 0);
    else count += countFactsAnywhere(value);
  }
  return count;
}

/** Distinct facts: a field reached by two operations states its facts once. */
export function factKey(fact: Fact): string {
  const detail = fact.kind === 'value' ? JSON.stringify(fact.value) : fact.kind === 'note' ? fact.note : '';
  return `${fact.kind} ${fact.pointer} ${fact.slug} ${detail}`;
}

function properties(document: Json, raw: unknown, pointer: string, operationId: string, part: Part, facts: Fact[]): void {
  const { node: schema, pointer: at } = resolve(document, raw, pointer);
  for (const [index, member] of asList(schema.allOf).entries()) properties(document, member, `${at}/allOf/${index}`, operationId, part, facts);
  for (const [name, property] of Object.entries(asObject(schema.properties))) {
    const describedAt = `${at}/properties/${escape(name)}`;
    const { node, pointer: propertyAt } = resolve(document, property, describedAt);
    const place = { operationId, part, field: name, topLevel: true, describedAt };
    fieldFacts(node, propertyAt, place, facts);
    nestedFacts(document, node, propertyAt, place, facts);
  }
}

/** Properties nested in a field's items or properties; named `parent.child` in their place. */
function nestedFacts(document: Json, raw: unknown, pointer: string, parent: FieldPlace, facts: Fact[], depth = 0): void {
  if (depth > 8 || raw === undefined) return;
  const { node, pointer: at } = resolve(document, raw, pointer);
  for (const [name, property] of Object.entries(asObject(node.properties))) {
    const describedAt = `${at}/properties/${escape(name)}`;
    const { node: child, pointer: childAt } = resolve(document, property, describedAt);
    const place = { ...parent, field: `${parent.field}.${name}`, topLevel: false, describedAt };
    fieldFacts(child, childAt, place, facts);
    nestedFacts(document, child, childAt, place, facts, depth + 1);
  }
  for (const key of ['items', 'additionalProperties']) {
    if (typeof node[key] === 'object') nestedFacts(document, node[key], `${at}/${key}`, parent, facts, depth + 1);
  }
}

function fieldFacts(node: Json, pointer: string, at: FieldPlace, facts: Fact[]): void {
  for (const slug of asList(node['x-supported'])) facts.push({ kind: 'supported', pointer, slug: String(slug), at });
  for (const slug of asList(node['x-required'])) facts.push({ kind: 'required', pointer, slug: String(slug), at });
  for (const [slug, values] of Object.entries(asObject(node['x-supported-values']))) {
    for (const value of asList(values)) facts.push({ kind: 'value', pointer, slug, value, at });
  }
  for (const [slug, note] of Object.entries(asObject(node['x-integration-notes']))) facts.push({ kind: 'note', pointer, slug, note: String(note), at });
}

/** Follows internal `$ref`s; the pointer is where the facts are written. */
function resolve(document: Json, node: unknown, pointer: string): { node: Json; pointer: string } {
  let current = asObject(node);
  let at = pointer;
  while (typeof current.$ref === 'string') {
    at = current.$ref;
    current = atPointer(document, at);
  }
  return { node: current, pointer: at };
}

/** The node a JSON pointer (`#/a/b~1c`) points to. */
export function atPointer(document: unknown, pointer: string): Json {
  const child = (parent: unknown, key: string) => (typeof parent === 'object' && parent !== null ? (parent as Json)[unescape(key)] : undefined);
  return asObject(pointer.slice(2).split('/').reduce<unknown>(child, document));
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescape(key: string): string {
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
