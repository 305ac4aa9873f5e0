/**
 * The project's OpenAPI extensions, in one place: their names, the slug rule, and readers that
 * say precisely what is wrong with a malformed value. The Redocly lint rules, the generator's
 * validation and its model all read extensions through this module, so that the three agree on
 * what a spec means (see CONTRACT.md section 2).
 */

export const X_INTEGRATIONS = 'x-integrations';
export const X_SUPPORTED = 'x-supported';
export const X_REQUIRED = 'x-required';
export const X_SUPPORTED_VALUES = 'x-supported-values';
/** Per-integration notes from the reference pages (`{ slug: "note" }`); shown in the docs. */
export const X_INTEGRATION_NOTES = 'x-integration-notes';
/**
 * A note from the spec's authors to its next editors (how a fact was inferred, what a page left
 * out): kept in the spec, never published in a description, the docs or an integration's document.
 */
export const X_SPEC_NOTE = 'x-spec-note';

/** The extensions that say something per integration: an integration's own document has none of them. */
export const PER_INTEGRATION_EXTENSIONS = [X_INTEGRATIONS, 'x-supported', 'x-required', 'x-supported-values', X_INTEGRATION_NOTES] as const;

/** Every extension the project defines: a spec that has none of them is a plain OpenAPI spec. */
export const EXTENSION_NAMES: readonly string[] = [X_INTEGRATIONS, X_SUPPORTED, X_REQUIRED, X_SUPPORTED_VALUES, X_INTEGRATION_NOTES];

/** Whether `node` has one of the project's extensions among its own keys. */
export function hasExtension(node: Record<string, unknown>): boolean {
  return EXTENSION_NAMES.some((extension) => Object.hasOwn(node, extension));
}

/** `Cisco Meraki` -> `ciscomeraki`, `Files.com` -> `filescom`, `juniper-mist` -> `junipermist`. */
export function slugify(displayName: string): string {
  return displayName.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+$/;

/** A problem with one extension value: what is wrong, in words a spec author can act on. */
export type ShapeProblem = string;

/** Reads a slug list (`x-supported`, `x-required`); returns the problem instead when malformed. */
export function readSlugList(value: unknown): string[] | ShapeProblem {
  if (!Array.isArray(value)) return `must be an array of integration slugs, got ${describe(value)}`;
  const seen = new Set<string>();
  for (const [index, slug] of value.entries()) {
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) {
      return `item ${index} must be an integration slug (a-z, 0-9), got ${describe(slug)}`;
    }
    if (seen.has(slug)) return `lists "${slug}" twice`;
    seen.add(slug);
  }
  return value as string[];
}

/** Reads `x-integrations`: `{ slug: { name } }`, each slug following the slug rule of its name. */
export function readIntegrations(value: unknown): Map<string, { name: string }> | ShapeProblem {
  if (!isPlainObject(value)) return `must be a map of slug -> { name }, got ${describe(value)}`;
  const integrations = new Map<string, { name: string }>();
  for (const [slug, entry] of Object.entries(value)) {
    if (!isPlainObject(entry) || typeof entry.name !== 'string' || entry.name.trim() === '') {
      return `"${slug}" must be { name: string }, got ${describe(entry)}`;
    }
    if (slugify(entry.name) !== slug) {
      return `"${slug}" does not follow the slug rule for "${entry.name}" (expected "${slugify(entry.name)}")`;
    }
    integrations.set(slug, { name: entry.name });
  }
  return integrations;
}

/** Reads `x-supported-values`: `{ slug: [values] }`. */
export function readSupportedValues(value: unknown): Map<string, unknown[]> | ShapeProblem {
  if (!isPlainObject(value)) return `must be a map of slug -> [values], got ${describe(value)}`;
  const values = new Map<string, unknown[]>();
  for (const [slug, list] of Object.entries(value)) {
    if (!SLUG_PATTERN.test(slug)) return `key "${slug}" must be an integration slug (a-z, 0-9)`;
    if (!Array.isArray(list) || list.length === 0) {
      return `"${slug}" must be a non-empty array of values, got ${describe(list)}`;
    }
    values.set(slug, list);
  }
  return values;
}

/** Reads `x-integration-notes`: `{ slug: "note" }`. */
export function readIntegrationNotes(value: unknown): Map<string, string> | ShapeProblem {
  if (!isPlainObject(value)) return `must be a map of slug -> note, got ${describe(value)}`;
  const notes = new Map<string, string>();
  for (const [slug, note] of Object.entries(value)) {
    if (!SLUG_PATTERN.test(slug)) return `key "${slug}" must be an integration slug (a-z, 0-9)`;
    if (typeof note !== 'string') return `"${slug}" must be a string, got ${describe(note)}`;
    notes.set(slug, note);
  }
  return notes;
}

export function isProblem<T>(result: T | ShapeProblem): result is ShapeProblem {
  return typeof result === 'string';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
