/**
 * Checks a bundled spec (all `$ref`s internal) against the parsed seed pages, fact by fact and in
 * both directions: what a page says must be in the spec, and what the spec says about the pages'
 * facts (support, requirement, per-integration values and notes, field lists, types, enums,
 * examples, defaults) must be on a page. Returns every mismatch as one readable line, e.g.
 * `updateUser body.timezone x-supported: page has salesforce, spec lacks it`; `[]` when they agree.
 */
import { PART_NAMES, slugOf, type PageField, type PartName, type SeedPage } from './page-model.ts';

type Json = Record<string, unknown>;

/** The spec's mark on a field whose name the page does not print (see seed-pages.ts). */
const INFERENCE_MARK = 'Inferred:';

export function compareSpecToPages(spec: unknown, pages: readonly SeedPage[]): string[] {
  const document = asObject(spec) ?? {};
  return [
    ...compareIntegrations(document, pages),
    ...pages.flatMap((page) => compareOperation(document, page)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Root x-integrations

function compareIntegrations(spec: Json, pages: readonly SeedPage[]): string[] {
  const declared = asObject(spec['x-integrations']) ?? {};
  const onPages = new Map<string, string>();
  for (const name of pages.flatMap((page) => page.namedIntegrations)) onPages.set(slugOf(name), name);
  const problems: string[] = [];
  for (const [slug, name] of onPages) {
    const entry = asObject(declared[slug]);
    if (!entry) problems.push(`x-integrations: page names ${slug} ("${name}"), spec lacks it`);
    else if (entry.name !== name) problems.push(`x-integrations.${slug}.name: page "${name}", spec ${show(entry.name)}`);
  }
  for (const slug of Object.keys(declared)) {
    if (!onPages.has(slug)) problems.push(`x-integrations: spec has ${slug}, no page names it`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Operations

function compareOperation(spec: Json, page: SeedPage): string[] {
  const pathItem = asObject(asObject(spec.paths)?.[page.path]);
  const operation = asObject(pathItem?.[page.method.toLowerCase()]);
  if (!pathItem || !operation) return [`${page.method} ${page.path} (${page.file}): spec lacks the operation`];
  const label = typeof operation.operationId === 'string' ? operation.operationId : `${page.method} ${page.path}`;
  const problems = compareSlugs(label, 'x-supported', page.integrations, operation['x-supported']);
  const specFields = operationFields(spec, pathItem, operation);
  for (const part of PART_NAMES) {
    problems.push(...comparePart(spec, `${label} ${part}`, part, page, page.parts[part], specFields[part]));
  }
  return problems;
}

/** A parameter or schema property, with what the checks need to read from it. */
interface SpecField {
  /** Where the extensions live: the parameter object, or the property schema. */
  node: Json;
  /** The schema for type, enum and default: the parameter's `schema`, or the property itself. */
  schema: Json;
  required: boolean;
  example: unknown;
  /** `in: query` parameters render their examples as the page prints query strings. */
  inQuery: boolean;
}

function operationFields(spec: Json, pathItem: Json, operation: Json): Record<PartName, Map<string, SpecField>> {
  const fields: Record<PartName, Map<string, SpecField>> = { path: new Map(), query: new Map(), body: new Map(), response: new Map() };
  // Operation-level parameters override path-level ones of the same name and location.
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const raw of asArray(list)) {
      const parameter = resolve(spec, raw);
      const location = parameter.in === 'path' ? 'path' : parameter.in === 'query' ? 'query' : undefined;
      if (!location || typeof parameter.name !== 'string') continue;
      const schema = resolve(spec, parameter.schema);
      fields[location].set(parameter.name, {
        node: parameter,
        schema,
        required: parameter.required === true,
        example: parameter.example ?? schema.example,
        inQuery: location === 'query',
      });
    }
  }
  const body = jsonSchema(spec, asObject(resolve(spec, operation.requestBody).content));
  const success = Object.entries(asObject(operation.responses) ?? {}).find(([status]) => /^2\d\d$/.test(status));
  const response = jsonSchema(spec, asObject(resolve(spec, success?.[1]).content));
  for (const [part, schema] of [['body', body], ['response', response]] as const) {
    for (const [name, property] of objectProperties(spec, schema)) fields[part].set(name, property);
  }
  return fields;
}

function jsonSchema(spec: Json, content: Json | undefined): Json {
  return resolve(spec, asObject(content?.['application/json'])?.schema);
}

function objectProperties(spec: Json, schema: Json): Map<string, SpecField> {
  const required = new Set(asArray(schema.required));
  const properties = new Map<string, SpecField>();
  for (const [name, raw] of Object.entries(asObject(schema.properties) ?? {})) {
    const property = resolve(spec, raw);
    properties.set(name, { node: property, schema: property, required: required.has(name), example: property.example, inQuery: false });
  }
  return properties;
}

function comparePart(
  spec: Json,
  label: string,
  part: PartName,
  page: SeedPage,
  pageFields: PageField[],
  specFields: Map<string, SpecField>,
): string[] {
  const problems: string[] = [];
  for (const field of pageFields) {
    const specField = specFields.get(field.name);
    if (!specField) problems.push(`${label}.${field.name}: page has the field, spec lacks it`);
    else problems.push(...compareField(spec, `${label}.${field.name}`, part, page, field, specField));
  }
  for (const [name, specField] of specFields) {
    if (!pageFields.some((field) => field.name === name)) problems.push(`${label}.${name}: spec has the field, page lacks it`);
    else if (!page.typed && !pageFields.find((field) => field.name === name)!.nameInferred && isInferred(specField)) {
      problems.push(`${label}.${name}: spec marks the name "${INFERENCE_MARK}", but the page prints its description`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// One field

function compareField(spec: Json, label: string, part: PartName, page: SeedPage, field: PageField, specField: SpecField): string[] {
  const problems = [
    ...compareSupport(label, part, field, specField.node),
    ...compareSupportedValues(label, field, specField.node),
    ...compareNotes(label, field, specField.node),
    ...compareDescription(label, field, specField.node),
    ...compareEnum(label, field, specField.schema),
    ...compareScalar(`${label} example`, field.example, renderExample(specField, field.name)),
    ...compareScalar(`${label} default`, field.default, specField.schema.default === undefined ? undefined : String(specField.schema.default)),
  ];
  if (field.nameInferred && !isInferred(specField)) {
    problems.push(`${label} description: the page prints no name for it, spec does not record the inference ("${INFERENCE_MARK} ...")`);
  }
  if (page.typed) {
    problems.push(...compareScalar(`${label} type`, pageType(field), specType(spec, specField.schema)));
    if (field.required !== specField.required) {
      problems.push(`${label} required: page ${field.required ? 'marks it required·' : 'has no required·'}, spec ${specField.required ? 'requires it' : 'does not'}`);
    }
  }
  problems.push(...compareChildren(spec, label, page, field, specField.schema));
  return problems;
}

/**
 * `x-supported` / `x-required`. A field with a support block: the same sets. A field without one:
 * `x-supported: []`, except what every integration accepts or returns (path parameters, Truto
 * options, the `remote_data` pass-through), which has no `x-supported` at all.
 */
function compareSupport(label: string, part: PartName, field: PageField, node: Json): string[] {
  const everyIntegration = !field.hasSupportBlock && (part === 'path' || field.trutoSpecific || field.name === 'remote_data');
  if (everyIntegration) {
    return ['x-supported', 'x-required']
      .filter((key) => key in node)
      .map((key) => `${label} ${key}: page lists no integrations (it applies to every one), spec has ${show(node[key])}`);
  }
  if (!('x-supported' in node)) {
    const listed = field.hasSupportBlock ? `lists [${field.supported.map(slugOf).join(', ')}]` : 'lists no integrations (x-supported: [])';
    return [`${label} x-supported: page ${listed}, spec has none (= every integration)`];
  }
  return [
    ...compareSlugs(label, 'x-supported', field.supported, node['x-supported']),
    ...compareSlugs(label, 'x-required', field.requiredBy, node['x-required'] ?? []),
  ];
}

function compareSlugs(label: string, key: string, displayNames: string[], specValue: unknown): string[] {
  if (!Array.isArray(specValue)) return [`${label} ${key}: spec has ${show(specValue)}, not a list of slugs`];
  const onPage = new Set(displayNames.map(slugOf));
  const inSpec = new Set(specValue.map(String));
  return [
    ...[...onPage].filter((slug) => !inSpec.has(slug)).map((slug) => `${label} ${key}: page has ${slug}, spec lacks it`),
    ...[...inSpec].filter((slug) => !onPage.has(slug)).map((slug) => `${label} ${key}: spec has ${slug}, page lacks it`),
  ];
}

/** The page glues an integration's values (`activeinactive`); so does the comparison. */
function compareSupportedValues(label: string, field: PageField, node: Json): string[] {
  const specValues = asObject(node['x-supported-values']) ?? {};
  const problems: string[] = [];
  for (const [name, glued] of Object.entries(field.values)) {
    const slug = slugOf(name);
    const values = specValues[slug];
    if (!Array.isArray(values)) problems.push(`${label} x-supported-values.${slug}: page has "${glued}", spec lacks it`);
    else if (values.join('') !== glued) problems.push(`${label} x-supported-values.${slug}: page has "${glued}", spec has ${show(values)}`);
  }
  const onPage = new Set(Object.keys(field.values).map(slugOf));
  for (const slug of Object.keys(specValues)) {
    if (!onPage.has(slug)) problems.push(`${label} x-supported-values.${slug}: spec has ${show(specValues[slug])}, page has no values for it`);
  }
  return problems;
}

function compareNotes(label: string, field: PageField, node: Json): string[] {
  const specNotes = asObject(node['x-integration-notes']) ?? {};
  const problems: string[] = [];
  for (const [name, note] of Object.entries(field.notes)) {
    const slug = slugOf(name);
    if (specNotes[slug] !== note) problems.push(`${label} x-integration-notes.${slug}: page has "${note}", spec has ${show(specNotes[slug])}`);
  }
  const onPage = new Set(Object.keys(field.notes).map(slugOf));
  for (const slug of Object.keys(specNotes)) {
    if (!onPage.has(slug)) problems.push(`${label} x-integration-notes.${slug}: spec has ${show(specNotes[slug])}, page has no note for it`);
  }
  return problems;
}

/**
 * The page's description (and each bullet: `value text`) must appear in the spec's description,
 * which may say more. Compared without Markdown backticks and with whitespace collapsed, since
 * the pages print inline code as plain text and the spec wraps long lines.
 */
function compareDescription(label: string, field: PageField, node: Json): string[] {
  const specText = typeof node.description === 'string' ? plainText(node.description) : '';
  const expected = [
    ...(field.description === undefined ? [] : [field.description]),
    ...field.bullets.map((bullet) => `${bullet.value} ${bullet.text}`),
  ];
  return expected
    .filter((text) => !specText.includes(plainText(text)))
    .map((text) => `${label} description: page has "${text}", spec ${specText === '' ? 'has none' : `has "${specText}"`}`);
}

function compareEnum(label: string, field: PageField, schema: Json): string[] {
  const specEnum = Array.isArray(schema.enum) ? schema.enum.map(String) : undefined;
  const pageValues = field.enum ?? field.enumGlued;
  if (pageValues === undefined) return specEnum ? [`${label} enum: spec has ${show(specEnum)}, page lists no values`] : [];
  if (!specEnum) return [`${label} enum: page lists ${show(pageValues)}, spec has no enum`];
  if (field.enum) {
    return field.enum.join('|') === specEnum.join('|') ? [] : [`${label} enum: page lists ${show(field.enum)}, spec has ${show(specEnum)}`];
  }
  const glued = field.enumGlued!;
  if (!field.enumHidden) {
    return glued === specEnum.join('') ? [] : [`${label} enum: page lists "${glued}", spec has ${show(specEnum)} (joined "${specEnum.join('')}")`];
  }
  // The page cut the list ("+ N more"): what it shows must be spec values, and every spec value shown.
  const shown = splitGlued(glued, specEnum);
  if (!shown) return [`${label} enum: page lists "${glued}" (+ ${field.enumHidden} more), which is not made of spec values ${show(specEnum)}`];
  return specEnum
    .filter((value) => !shown.includes(value))
    .map((value) => `${label} enum: spec has "${value}", the page's shown values "${glued}" lack it`);
}

function compareScalar(label: string, onPage: string | undefined, inSpec: string | undefined): string[] {
  if (onPage === inSpec) return [];
  if (onPage === undefined) return [`${label}: spec has "${inSpec}", page has none`];
  if (inSpec === undefined) return [`${label}: page has "${onPage}", spec has none`];
  return [`${label}: page has "${onPage}", spec has "${inSpec}"`];
}

/**
 * Nested fields of an `object[]` field: the items shape's properties, both ways. The detailed page
 * types them and marks them required; the compact page only prints their descriptions. Nested
 * fields share their parent's support, so they carry no support extensions.
 */
function compareChildren(spec: Json, label: string, page: SeedPage, field: PageField, schema: Json): string[] {
  const items = schema.type === 'array' ? resolve(spec, schema.items) : undefined;
  const specChildren = items ? objectProperties(spec, items) : new Map<string, SpecField>();
  if (field.children.length === 0 && specChildren.size === 0) return [];
  const problems: string[] = [];
  for (const child of field.children) {
    const specChild = specChildren.get(child.name);
    const childLabel = `${label}[].${child.name}`;
    if (!specChild) {
      problems.push(`${childLabel}: page has the nested field, spec lacks it`);
      continue;
    }
    problems.push(...compareDescription(childLabel, child, specChild.node));
    // The compact page prints nested fields' descriptions only: no enum, type or required to compare.
    if (page.typed) {
      problems.push(...compareEnum(childLabel, child, specChild.schema));
      problems.push(...compareScalar(`${childLabel} type`, pageType(child), specType(spec, specChild.schema)));
      if (child.required !== specChild.required) {
        problems.push(`${childLabel} required: page ${child.required ? 'marks it required·' : 'has no required·'}, spec ${specChild.required ? 'requires it' : 'does not'}`);
      }
    }
    for (const key of ['x-supported', 'x-required', 'x-supported-values']) {
      if (key in specChild.node) problems.push(`${childLabel} ${key}: a nested field shares its parent's support, spec has ${show(specChild.node[key])}`);
    }
  }
  for (const name of specChildren.keys()) {
    if (!field.children.some((child) => child.name === name)) problems.push(`${label}[].${name}: spec has the nested field, page lacks it`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Rendering spec facts the way the pages print them

function pageType(field: PageField): string | undefined {
  if (field.type === undefined) return undefined;
  return field.format ? `${field.type} · ${field.format}` : field.type;
}

/** `string · date-time`, `string[]`, `object[]` (items a `$ref` to a shape), `Record<string, any>`. */
function specType(spec: Json, schema: Json): string | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  if (type === 'array') {
    const rawItems = asObject(schema.items);
    const items = resolve(spec, rawItems);
    if (items.type === 'object') return typeof rawItems?.$ref === 'string' ? 'object[]' : 'object[] (inline items, not a $ref to a shape)';
    return `${specType(spec, items) ?? 'untyped'}[]`;
  }
  if (type === 'object') {
    return schema.additionalProperties && !schema.properties ? 'Record<string, any>' : 'object';
  }
  if (typeof type !== 'string') return show(type);
  return typeof schema.format === 'string' ? `${type} · ${schema.format}` : type;
}

/** Query examples as the pages print them: `a[]=x&a[]=y`, `q[foo]=bar`; anything else as text. */
function renderExample(field: SpecField, name: string): string | undefined {
  const example = field.example;
  if (example === undefined) return undefined;
  if (field.inQuery && Array.isArray(example)) return example.map((item) => `${name}[]=${String(item)}`).join('&');
  if (field.inQuery && asObject(example)) {
    return Object.entries(example as Json).map(([key, value]) => `${name}[${key}]=${String(value)}`).join('&');
  }
  return typeof example === 'string' ? example : JSON.stringify(example);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function isInferred(field: SpecField): boolean {
  const note = field.node['x-spec-note'];
  return typeof note === 'string' && note.includes(INFERENCE_MARK);
}

/** Splits glued values into known values (longest first at each step, backtracking); null if impossible. */
export function splitGlued(glued: string, known: readonly string[]): string[] | null {
  if (glued === '') return [];
  const candidates = known.filter((value) => value !== '' && glued.startsWith(value)).sort((a, b) => b.length - a.length);
  for (const value of candidates) {
    const rest = splitGlued(glued.slice(value.length), known);
    if (rest) return [value, ...rest];
  }
  return null;
}

function plainText(text: string): string {
  return text.replaceAll('`', '').replace(/\s+/g, ' ').trim();
}

/** Follows internal `$ref`s (`#/components/...`); anything unresolvable reads as `{}`. */
export function resolve(spec: Json, value: unknown, depth = 0): Json {
  const object = asObject(value);
  if (!object) return {};
  const ref = object.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/') || depth > 20) return object;
  let target: unknown = spec;
  for (const token of ref.slice(2).split('/')) {
    target = asObject(target)?.[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return resolve(spec, target, depth + 1);
}

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
