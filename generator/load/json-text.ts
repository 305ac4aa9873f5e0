/**
 * A `.json` spec read with JSON's own parser. Redocly reads every file as YAML, which JSON is (nearly)
 * a subset of; on a 3 MB spec (GitHub's, Stripe's) YAML's parser takes a fifth of a second where
 * `JSON.parse` takes a few hundredths.
 *
 * The two differ where JSON's grammar is loose: `JSON.parse` keeps the last of two equal keys in an
 * object, where YAML refuses the document. A spec read differently by the reviewer of a diff and by
 * the generator is what refusing duplicates prevents, so a text whose objects hold fewer members than
 * its text writes is left to YAML's parser, which says where the duplicate is. So is anything
 * `JSON.parse` refuses (a comment, a byte-order mark): YAML may read it, or says why not.
 */
export function parseJsonText(text: string): unknown | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return membersWritten(text) === membersParsed(parsed) ? parsed : undefined;
}

/** A string literal, or a colon outside one: in JSON text, each such colon separates one object member. */
const STRING_OR_COLON = /"(?:[^"\\]|\\.)*"|:/g;

function membersWritten(text: string): number {
  let colons = 0;
  for (const match of text.matchAll(STRING_OR_COLON)) if (match[0] === ':') colons++;
  return colons;
}

/** Members of every object in a value `JSON.parse` made (a tree: no node is shared). */
function membersParsed(value: unknown): number {
  let members = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) pending.push(item);
      continue;
    }
    for (const key in node) {
      members++;
      pending.push((node as Record<string, unknown>)[key]);
    }
  }
  return members;
}
