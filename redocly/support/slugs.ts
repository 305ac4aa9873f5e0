/**
 * Lenient reads of the slug-naming extensions. A malformed value is extension-shape's to report; the
 * other rules still check whatever slugs they can make out, so that one typo does not hide another.
 */
import {
  X_INTEGRATION_NOTES,
  X_REQUIRED,
  X_SUPPORTED,
  X_SUPPORTED_VALUES,
  isPlainObject,
  slugify,
} from '../../extensions/index.ts';

/** Extensions that name integrations: as list items, or as map keys. */
export const SLUG_LIST_EXTENSIONS: readonly string[] = [X_SUPPORTED, X_REQUIRED];
export const SLUG_MAP_EXTENSIONS: readonly string[] = [X_SUPPORTED_VALUES, X_INTEGRATION_NOTES];

/** One slug as written: `at` is its index in a list, or its key in a map. */
export interface NamedSlug {
  slug: string;
  at: string | number;
  isKey: boolean;
}

export function namedSlugs(extension: string, value: unknown): NamedSlug[] {
  if (SLUG_LIST_EXTENSIONS.includes(extension) && Array.isArray(value)) {
    return value.flatMap((slug: unknown, index) =>
      typeof slug === 'string' ? [{ slug, at: index, isKey: false }] : [],
    );
  }
  if (SLUG_MAP_EXTENSIONS.includes(extension) && isPlainObject(value)) {
    return Object.keys(value).map((slug) => ({ slug, at: slug, isKey: true }));
  }
  return [];
}

/** The set a slug list names; undefined when the value is no list at all. */
export function slugSet(value: unknown): ReadonlySet<string> | undefined {
  if (!Array.isArray(value)) return undefined;
  return new Set(value.filter((slug): slug is string => typeof slug === 'string'));
}

/** The slugs a root `x-integrations` declares; undefined when the spec declares none. */
export function declaredSlugs(integrations: unknown): ReadonlySet<string> | undefined {
  return isPlainObject(integrations) ? new Set(Object.keys(integrations)) : undefined;
}

/** A declared slug the author probably meant: the slug rule applied to it, or a near spelling. */
export function closestSlug(slug: string, declared: ReadonlySet<string>): string | undefined {
  if (declared.has(slugify(slug))) return slugify(slug);
  let best: { slug: string; distance: number } | undefined;
  for (const candidate of declared) {
    const distance = editDistance(slug, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { slug: candidate, distance };
  }
  return best?.slug;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
