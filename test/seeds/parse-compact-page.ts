/**
 * Parser for the "compact" page format (seed 004): an "Integrations supported" list, then per part
 * a run of field blocks. A block is a description line (the field's name is dropped), optional bare
 * value lines (example, enum values, bullets, "Defaults to"), optional `Required in` / `Supported
 * in` lists of `- Display Name`, then the descriptions of its nested fields. Some blocks have no
 * description at all: just a list.
 *
 * A block is named by matching its description to the field of the detailed page with the same
 * description (same part first, then the other parts: the create page's request-body `status`
 * carries the description the update page gives the response's). Blocks without a description are
 * named by an explicit table of inferences, which the spec records in its descriptions.
 */
import { addOnce, emptyField, type Bullet, type PageField, type PartName, type SeedPage } from './page-model.ts';

const SECTION_TITLES: Record<string, PartName> = {
  'Query parameters': 'query',
  'Request Body': 'body',
  'Response Body': 'response',
};
const ENDPOINT = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/;
const LIST_TITLES = { 'Required in': 'required', 'Supported in': 'supported' } as const;
type ListKind = (typeof LIST_TITLES)[keyof typeof LIST_TITLES];
/** A description may be wrapped where the rendered page had inline code (`remote_data`). */
const MAX_DESCRIPTION_LINES = 3;

/** One block the page prints without a name or description, and the field it must be. */
export interface NamelessBlock {
  part: PartName;
  /** The named field the block follows (its nested fields and other nameless blocks between). */
  after: string;
  /** 0 for the first nameless block after `after`, 1 for the second, ... */
  ordinal: number;
  /** The block's lists as the page prints them: a check that the inference applies to this block. */
  requiredIn: string[];
  supportedIn: string[];
  /** The named field that must come next, where the inference relies on it. */
  before?: string;
  name: string;
}

interface Block {
  field: PageField;
  /** The detailed page's field of the same description: source of the name and nested fields. */
  reference?: PageField;
  valueLines: string[];
  lists: Record<ListKind, string[] | undefined>;
  /** Set once a nested field's description has been read: the block's own lines are over. */
  closed: boolean;
  /** For nameless blocks: the named field before, and the position among nameless blocks after it. */
  after?: string;
  ordinal?: number;
}

export function parseCompactPage(
  file: string,
  text: string,
  reference: SeedPage,
  namelessBlocks: readonly NamelessBlock[],
): SeedPage {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const endpoint = lines.map((line) => ENDPOINT.exec(line)).find((match) => match !== null);
  if (!endpoint) throw new Error(`${file}: no "METHOD /path" line`);
  const integrations = readIntegrationList(file, lines);

  const blocks: Record<PartName, Block[]> = { path: [], query: [], body: [], response: [] };
  let part: PartName | undefined;
  let listKind: ListKind | undefined;
  let index = lines.findIndex((line) => line in SECTION_TITLES);
  while (index >= 0 && index < lines.length) {
    const line = lines[index]!;
    const current = part ? blocks[part].at(-1) : undefined;
    if (line in SECTION_TITLES) {
      part = SECTION_TITLES[line];
      listKind = undefined;
      index += 1;
      continue;
    }
    if (!part) throw new Error(`${file}: line "${line}" outside a section`);
    if (line in LIST_TITLES) {
      listKind = LIST_TITLES[line as keyof typeof LIST_TITLES];
      const block = current && acceptsList(current, listKind) ? current : openNamelessBlock(blocks[part]);
      block.lists[listKind] = [];
      index += 1;
      continue;
    }
    if (line.startsWith('- ') && listKind && current) {
      current.lists[listKind]!.push(line.slice(2));
      index += 1;
      continue;
    }
    listKind = undefined;
    const child = current?.reference?.children.find((nested) => nested.description === line);
    if (child && current) {
      current.field.children.push(compactChild(child));
      current.closed = true;
      index += 1;
      continue;
    }
    const described = matchDescription(lines, index, part, reference);
    if (described) {
      blocks[part].push(openNamedBlock(described.field, described.description));
      index += described.lineCount;
      continue;
    }
    if (line.startsWith('Refer ')) {
      index += 1; // a section's pointer to a guide, not a fact about a field
      continue;
    }
    if (!current || current.closed) throw new Error(`${file}: cannot place line ${index + 1}: "${line}"`);
    current.valueLines.push(line);
    index += 1;
  }

  const parts = {} as SeedPage['parts'];
  const named = [...integrations];
  for (const [partName, partBlocks] of Object.entries(blocks) as [PartName, Block[]][]) {
    parts[partName] = partBlocks.map((block, i) => finishBlock(file, partName, partBlocks, i, namelessBlocks));
    for (const field of parts[partName]) field.supported.forEach((name) => addOnce(named, name));
  }
  return {
    file,
    method: endpoint[1]!,
    path: endpoint[2]!,
    integrations,
    namedIntegrations: named,
    typed: false,
    parts,
  };
}

function readIntegrationList(file: string, lines: string[]): string[] {
  const start = lines.indexOf('Integrations supported');
  if (start < 0) throw new Error(`${file}: no "Integrations supported" list`);
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('- ')) break;
    names.push(line.slice(2));
  }
  return names;
}

/** A block takes `Required in` then `Supported in`, each once, before its nested fields. */
function acceptsList(block: Block, kind: ListKind): boolean {
  if (block.closed || block.field.trutoSpecific) return false; // Truto options have no lists
  if (block.lists[kind] !== undefined) return false;
  return kind === 'supported' || block.lists.supported === undefined;
}

function openNamedBlock(reference: PageField, description: string): Block {
  const field = emptyField(reference.name);
  field.description = description;
  field.trutoSpecific = reference.trutoSpecific;
  return { field, reference, valueLines: [], lists: { required: undefined, supported: undefined }, closed: false };
}

function openNamelessBlock(partBlocks: Block[]): Block {
  const lastNamed = partBlocks.filter((block) => block.after === undefined).at(-1);
  if (!lastNamed) throw new Error('a nameless block before any named field');
  const ordinal = partBlocks.filter((block) => block.after === lastNamed.field.name).length;
  const block: Block = {
    field: emptyField(''),
    valueLines: [],
    lists: { required: undefined, supported: undefined },
    closed: false,
    after: lastNamed.field.name,
    ordinal,
  };
  partBlocks.push(block);
  return block;
}

/**
 * The top-level field of the detailed page whose description starts at `lines[index]`: the line
 * itself, up to MAX_DESCRIPTION_LINES lines joined by spaces, or the end of a line that glues a
 * "Refer ..." sentence before it ("Refer Writing data using Unified APIsThe name of the user").
 */
function matchDescription(
  lines: string[],
  index: number,
  part: PartName,
  reference: SeedPage,
): { field: PageField; description: string; lineCount: number } | undefined {
  for (let count = 1; count <= MAX_DESCRIPTION_LINES; count += 1) {
    const text = lines.slice(index, index + count).join(' ');
    const field = fieldByDescription(reference, part, text);
    if (field) return { field, description: text, lineCount: count };
  }
  const line = lines[index]!;
  if (line.startsWith('Refer ')) {
    for (let cut = 'Refer '.length; cut < line.length; cut += 1) {
      const field = fieldByDescription(reference, part, line.slice(cut));
      if (field) return { field, description: line.slice(cut), lineCount: 1 };
    }
  }
  return undefined;
}

function fieldByDescription(reference: SeedPage, part: PartName, description: string): PageField | undefined {
  const otherParts = (['query', 'body', 'response'] as const).filter((other) => other !== part);
  for (const candidates of [[part], otherParts]) {
    const found = candidates.flatMap((name) => reference.parts[name]).filter((field) => field.description === description);
    const names = new Set(found.map((field) => field.name));
    if (names.size === 1) return found[0];
    if (names.size > 1) throw new Error(`"${description}" describes ${[...names].join(', ')}`);
  }
  return undefined;
}

function compactChild(reference: PageField): PageField {
  const child = emptyField(reference.name);
  child.description = reference.description;
  return child;
}

function finishBlock(
  file: string,
  part: PartName,
  partBlocks: Block[],
  index: number,
  namelessBlocks: readonly NamelessBlock[],
): PageField {
  const block = partBlocks[index]!;
  const field = block.field;
  const requiredIn = block.lists.required ?? [];
  const supportedIn = block.lists.supported ?? [];
  field.hasSupportBlock = block.lists.required !== undefined || block.lists.supported !== undefined;
  field.requiredBy = [...requiredIn];
  field.supported = [...requiredIn];
  supportedIn.forEach((name) => addOnce(field.supported, name));
  Object.assign(field, readValueLines(`${file}: ${part}.${field.name}`, block.valueLines));
  if (block.after !== undefined) {
    const nextNamed = partBlocks.slice(index + 1).find((later) => later.after === undefined);
    nameFromInference(file, part, block, nextNamed?.field.name, namelessBlocks);
  }
  return field;
}

/**
 * Names a nameless block from the table, after checking that the table's entry describes this very
 * block (same place, same lists), so that an inference cannot silently move to another block.
 */
function nameFromInference(
  file: string,
  part: PartName,
  block: Block,
  nextNamed: string | undefined,
  namelessBlocks: readonly NamelessBlock[],
): void {
  const entry = namelessBlocks.find((candidate) => candidate.part === part && candidate.after === block.after && candidate.ordinal === block.ordinal);
  const printed = `Required in [${(block.lists.required ?? []).join(', ')}], Supported in [${(block.lists.supported ?? []).join(', ')}]`;
  const where = `${file}: nameless ${part} block #${block.ordinal} after ${block.after} (${printed})`;
  if (!entry) throw new Error(`${where}: no inference for it`);
  const expected = `Required in [${entry.requiredIn.join(', ')}], Supported in [${entry.supportedIn.join(', ')}]`;
  if (printed !== expected) throw new Error(`${where}: the inference expects ${expected}`);
  if (entry.before !== undefined && entry.before !== nextNamed) {
    throw new Error(`${where}: the inference expects ${entry.before} next, the page has ${nextNamed ?? 'nothing'}`);
  }
  block.field.name = entry.name;
  block.field.nameInferred = true;
}

/**
 * The compact page drops the "Example:" and "Possible values:" labels. Its bare lines read as: the
 * bullets of a list (`value` / `will ...`, the next value glued after the full stop), "Defaults to
 * X" / ".", then either the bullets' values followed by one example, or (without bullets) one
 * example or several enum values.
 */
function readValueLines(where: string, lines: string[]): Pick<PageField, 'bullets' | 'default' | 'enum' | 'example'> {
  const bullets: Bullet[] = [];
  const plain: string[] = [];
  let gluedValue: string | undefined;
  let defaultValue: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const defaults = /^Defaults to (.+)$/.exec(line);
    if (line.startsWith('will ')) {
      const value = gluedValue ?? plain.pop();
      if (value === undefined) throw new Error(`${where}: bullet "${line}" without a value`);
      const stop = line.lastIndexOf('.') + 1;
      bullets.push({ value, text: line.slice(0, stop) });
      gluedValue = line.slice(stop) || undefined;
    } else if (defaults && lines[i + 1] === '.') {
      defaultValue = defaults[1]!;
      i += 1;
    } else {
      plain.push(line);
    }
  }
  if (gluedValue !== undefined) throw new Error(`${where}: "${gluedValue}" glued after the last bullet`);
  const result: Pick<PageField, 'bullets' | 'default' | 'enum' | 'example'> = { bullets };
  if (defaultValue !== undefined) result.default = defaultValue;
  if (bullets.length > 0) {
    const values = bullets.map((bullet) => bullet.value);
    if (values.some((value, i) => plain[i] !== value) || plain.length > values.length + 1) {
      throw new Error(`${where}: expected the bullets' values [${values}] and one example, got [${plain}]`);
    }
    result.enum = values;
    if (plain.length > values.length) result.example = plain.at(-1)!;
  } else if (plain.length === 1) {
    result.example = plain[0]!;
  } else if (plain.length > 1) {
    result.enum = plain;
  }
  return result;
}
