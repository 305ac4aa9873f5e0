/**
 * Parser for the "detailed" page format (seed 000): every field has a header gluing name and type,
 * an optional `required·`, a description, `Example:`, `Possible values:` and a support block
 * `N supported[M required][K notes]` followed by N `Display Name` / `supported|required` pairs.
 *
 * The parser accounts for every line: a line it cannot place throws, so a change in the page
 * format shows up as a parse error rather than as silently missing facts. The counts printed in
 * each support block are checked against the pairs read.
 */
import { addOnce, emptyField, type PageField, type PartName, type SeedPage } from './page-model.ts';

const SECTION_TITLES: Record<string, PartName> = {
  'Path Parameters': 'path',
  'Query Parameters': 'query',
  'Request Body': 'body',
  'Response Body': 'response',
};
const TRUTO_MARKER = 'Show Truto-specific parameters';
/** The page's own rendering of a cut-off integration name (CONTRACT.md section 1). */
const TRUNCATION_MARKER = '< truncated 9 characters >';
const TRUNCATED_NAME = 'Files.com';

const ENDPOINT = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/;
/** Greedy name: a name ending in a type word (`user_type`) keeps it; the type is what is left. */
const TYPED_HEADER =
  /^(?<name>[a-z][a-z0-9_]*)(?<type>string\[\]|object\[\]|integer\[\]|string|integer|boolean|number|object|Record<string, any>)(?: · (?<format>[\w-]+))?$/;
const BARE_NAME = /^[a-z][a-z0-9_]*$/;
const SUPPORT_COUNTS = /^(?<supported>\d+) supported(?:(?<required>\d+) required)?(?:(?<notes>\d+) notes?)?$/;
const PAIR_STATUS = new Set(['supported', 'required']);
const REQUIRED_MARK = 'required·';
const MORE_VALUES = /\+ (\d+) more$/;

export function parseDetailedPage(file: string, text: string): SeedPage {
  const lines = pageLines(text);
  const endpoint = lines.map((line) => ENDPOINT.exec(line)).find((match) => match !== null);
  if (!endpoint) throw new Error(`${file}: no "METHOD /path" line`);

  const flat = readFlatFields(file, lines);
  const parts = {} as SeedPage['parts'];
  for (const [part, fields] of Object.entries(flat) as [PartName, PageField[]][]) {
    parts[part] = nestChildren(fields);
  }
  const named: string[] = [];
  for (const field of Object.values(parts).flat()) field.supported.forEach((name) => addOnce(named, name));
  return {
    file,
    method: endpoint[1]!,
    path: endpoint[2]!,
    // The page has no list of its own: the operation exists for every integration it names.
    integrations: named,
    namedIntegrations: named,
    typed: true,
    parts,
  };
}

/** Non-empty, trimmed lines up to the code samples, with the truncation marker restored. */
function pageLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replaceAll(TRUNCATION_MARKER, TRUNCATED_NAME).trim();
    if (line.startsWith('curl ')) break;
    if (line !== '') lines.push(line);
  }
  return lines;
}

function isFieldHeaderAt(lines: string[], index: number): boolean {
  const line = lines[index];
  if (line === undefined) return false;
  if (TYPED_HEADER.test(line)) return true;
  // A header without a type is a bare name followed by what only follows a header.
  const next = lines[index + 1] ?? '';
  return BARE_NAME.test(line) && (SUPPORT_COUNTS.test(next) || next === REQUIRED_MARK);
}

function isBoundary(lines: string[], index: number): boolean {
  const line = lines[index];
  return line === undefined || line in SECTION_TITLES || line === TRUTO_MARKER || isFieldHeaderAt(lines, index);
}

/** Fields of each part in page order, not yet split into top-level fields and nested ones. */
function readFlatFields(file: string, lines: string[]): Record<PartName, PageField[]> {
  const flat: Record<PartName, PageField[]> = { path: [], query: [], body: [], response: [] };
  let part: PartName | undefined;
  let trutoSpecific = false;
  let index = lines.findIndex((line) => line in SECTION_TITLES);
  if (index < 0) throw new Error(`${file}: no section titles`);
  while (index < lines.length) {
    const line = lines[index]!;
    if (line in SECTION_TITLES) {
      part = SECTION_TITLES[line];
      trutoSpecific = false;
      index += 1;
    } else if (line === TRUTO_MARKER) {
      trutoSpecific = true;
      index += 1;
    } else if (line.startsWith('Refer ') && !isFieldHeaderAt(lines, index)) {
      index += 1; // a section's pointer to a guide, not a fact about a field
    } else if (isFieldHeaderAt(lines, index) && part) {
      const field = readFieldHeader(line);
      field.trutoSpecific = trutoSpecific;
      index = readFieldBody(file, lines, index + 1, field);
      flat[part].push(field);
    } else {
      throw new Error(`${file}: cannot place line ${index + 1}: "${line}"`);
    }
  }
  return flat;
}

function readFieldHeader(line: string): PageField {
  const typed = TYPED_HEADER.exec(line);
  if (!typed) return emptyField(line);
  const field = emptyField(typed.groups!.name!);
  field.type = typed.groups!.type!;
  if (typed.groups!.format) field.format = typed.groups!.format;
  return field;
}

/** Reads what follows a header up to the next boundary; returns the index of that boundary. */
function readFieldBody(file: string, lines: string[], start: number, field: PageField): number {
  let index = start;
  while (!isBoundary(lines, index)) {
    const line = lines[index]!;
    const where = `${file}: field ${field.name}, line "${line}"`;
    let match: RegExpExecArray | null;
    if (line === REQUIRED_MARK) {
      field.required = true;
    } else if ((match = /^Example: (.*)$/.exec(line))) {
      field.example = match[1]!;
    } else if ((match = /^• (\S+) (.*)$/.exec(line))) {
      field.bullets.push({ value: match[1]!, text: match[2]! });
    } else if ((match = /^Defaults to (.*)\.$/.exec(line))) {
      field.default = match[1]!;
    } else if (line === 'Possible values:') {
      index += 1;
      const glued = lines[index];
      if (glued === undefined) throw new Error(`${where}: no values after it`);
      const more = MORE_VALUES.exec(glued);
      field.enumGlued = more ? glued.slice(0, more.index).trim() : glued;
      field.enumHidden = more ? Number(more[1]) : 0;
    } else if (SUPPORT_COUNTS.test(line)) {
      index = readSupportBlock(file, lines, index, field) - 1;
    } else if (field.description === undefined) {
      field.description = line;
    } else {
      throw new Error(`${where}: a second description`);
    }
    index += 1;
  }
  return index;
}

/**
 * Reads `N supported[M required][K notes]` and its N pairs. After a pair, a line that is not the
 * next pair's name is that integration's note (a sentence, while the block announces notes left)
 * or its allowed values (one glued word, on a field with `Possible values`). Returns the index
 * after the block.
 */
function readSupportBlock(file: string, lines: string[], start: number, field: PageField): number {
  const counts = SUPPORT_COUNTS.exec(lines[start]!)!.groups!;
  const expected = {
    supported: Number(counts.supported),
    required: Number(counts.required ?? 0),
    notes: Number(counts.notes ?? 0),
  };
  const where = `${file}: support block of ${field.name}`;
  if (field.hasSupportBlock) throw new Error(`${where}: a second block`);
  field.hasSupportBlock = true;
  let index = start + 1;
  let notesLeft = expected.notes;
  for (let pair = 0; pair < expected.supported; pair += 1) {
    const name = lines[index];
    const status = lines[index + 1];
    if (name === undefined || status === undefined || !PAIR_STATUS.has(status)) {
      throw new Error(`${where}: pair ${pair + 1} of ${expected.supported} is not "Name / supported|required"`);
    }
    if (field.supported.includes(name)) throw new Error(`${where}: ${name} listed twice`);
    field.supported.push(name);
    if (status === 'required') field.requiredBy.push(name);
    index += 2;
    // Extras of this pair, until the next pair's name or the end of the block.
    while (index < lines.length && !PAIR_STATUS.has(lines[index + 1] ?? '') && !isBoundary(lines, index)) {
      const extra = lines[index]!;
      if (/\s/.test(extra)) {
        if (notesLeft === 0) break;
        if (name in field.notes) throw new Error(`${where}: two notes for ${name}`);
        field.notes[name] = extra;
        notesLeft -= 1;
      } else if (field.enumGlued !== undefined) {
        if (name in field.values) throw new Error(`${where}: two value lines for ${name}`);
        field.values[name] = extra;
      } else {
        break;
      }
      index += 1;
    }
  }
  if (field.requiredBy.length !== expected.required || notesLeft !== 0) {
    throw new Error(
      `${where}: announces ${expected.required} required and ${expected.notes} notes, ` +
        `read ${field.requiredBy.length} required and ${expected.notes - notesLeft} notes`,
    );
  }
  return index;
}

/** Order key of the page's field lists: plain-required fields first, then by name (code units). */
function orderKey(field: PageField): string {
  return `${field.required ? 0 : 1}${field.name}`;
}

function isStrictlyOrdered(fields: PageField[]): boolean {
  return fields.every((field, i) => i === 0 || orderKey(fields[i - 1]!) < orderKey(field));
}

/**
 * The page lists the fields of an `object[]` field's items flat, right after it. Fields with a
 * support block are always top-level (nested fields share their parent's support and never carry
 * one), but a top-level field without a block (`remote_data`) can follow a parent's nested fields.
 *
 * The rule: in a part whose top-level fields are in order (required first, then alphabetical:
 * body and response), a parent's run of block-less fields splits into its nested fields (in that
 * same order among themselves) followed by top-level fields that keep the part's order between
 * the parent and the next top-level field; of the splits that fit, the one with the fewest nested
 * fields wins. In a part that is not in order (query), the whole run is nested. A run never
 * crosses into the Truto-specific parameters.
 */
function nestChildren(flat: PageField[]): PageField[] {
  const ordered = isStrictlyOrdered(flat.filter((field) => field.hasSupportBlock && !field.trutoSpecific));
  const topLevel: PageField[] = [];
  let index = 0;
  while (index < flat.length) {
    const parent = flat[index]!;
    topLevel.push(parent);
    index += 1;
    if (parent.type !== 'object[]') continue;
    const run: PageField[] = [];
    while (index < flat.length && !flat[index]!.hasSupportBlock && flat[index]!.trutoSpecific === parent.trutoSpecific) {
      run.push(flat[index]!);
      index += 1;
    }
    const next = flat[index];
    const nestedCount = ordered ? fewestNested(parent, run, next, topLevel) : run.length;
    parent.children = run.slice(0, nestedCount);
    topLevel.push(...run.slice(nestedCount));
  }
  return topLevel;
}

function fewestNested(parent: PageField, run: PageField[], next: PageField | undefined, topLevel: PageField[]): number {
  for (let count = 0; count <= run.length; count += 1) {
    const nested = run.slice(0, count);
    const tail = run.slice(count);
    const between = [parent, ...tail, ...(next ? [next] : [])];
    const fresh = tail.every((field) => !topLevel.some((seen) => seen.name === field.name));
    if (isStrictlyOrdered(nested) && isStrictlyOrdered(between) && fresh) return count;
  }
  throw new Error(`cannot tell the nested fields of ${parent.name} from top-level ones`);
}
