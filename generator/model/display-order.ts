/**
 * The order in which integrations are listed to people: alphabetical by display name, as the
 * reference pages list them, ties (none, in a valid spec) by slug. Code keeps spec or slug order;
 * the docs' decorator and coverage pages both use this one, so their lists read alike.
 */
export function sortByDisplayName(slugs: readonly string[], names: ReadonlyMap<string, string>): string[] {
  const key = (slug: string) => (names.get(slug) ?? slug).toLowerCase();
  return [...slugs].sort((a, b) => compare(key(a), key(b)) || compare(a, b));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
