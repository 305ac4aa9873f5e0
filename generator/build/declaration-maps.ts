import { posix } from 'node:path';

/**
 * Declaration maps (`.d.ts.map`): they let an editor's go-to-definition land in the package's
 * `src/`, which it ships, instead of in `dist/`'s declarations.
 *
 * TypeScript writes them for the files it transpiles (`transpileDeclaration` with `declarationMap`);
 * this module points them at the right source, and makes maps for the declaration files the emitter
 * prints itself: `paths.d.ts` is its source line for line; the client's and the index's declarations
 * are their source's lines less bodies and initializers; an operation's types are its source's, its
 * table's type is not (each top-level name maps to the same name in the source, which is where
 * go-to-definition goes).
 */

/** A map TypeScript wrote, with its `sources` and `file` set for where the files really are. */
export function relocateMap(mapText: string, declarationPath: string, sourcePath: string): string {
  const map = JSON.parse(mapText) as { file: string; sources: string[] };
  return serialize({ ...map, file: posix.basename(declarationPath), sourceRoot: '', sources: [relativeSource(declarationPath, sourcePath)] });
}

/**
 * The mappings of declarations printed beside their source (the emitter prints both from one structure):
 * a line that the source has too, further on than the last one matched, maps to it (an interface's
 * members, a type, an import); any other line that declares a name maps that name to the same name
 * in the source (`export declare const x` to `export const x`). Only lines with a word in them are
 * matched, so that a lone `};` cannot carry the match past the lines that follow it.
 *
 * A matched line maps every word in it to the same column of its source line: TypeScript looks up
 * a declaration's name where it starts, and where no segment starts there, takes the next one.
 */
export function declarationMappings(declarations: string, source: string): string {
  const identical = declarations === source;
  const linesByText = new Map<string, number[]>();
  const sourceNames = new Map<string, [line: number, column: number]>();
  if (!identical) {
    source.split('\n').forEach((text, line) => {
      if (WORD.test(text)) {
        const lines = linesByText.get(text);
        if (lines) lines.push(line);
        else linesByText.set(text, [line]);
      }
      const found = declaredName(text);
      if (found && !sourceNames.has(found.name)) sourceNames.set(found.name, [line, found.column]);
    });
  }
  let next = 0;
  // Source positions are deltas from the previous segment's, across lines; generated columns from
  // the previous segment's on the same line.
  let previousLine = 0;
  let previousColumn = 0;
  let segments = '';
  const add = (column: number, previousGenerated: number, line: number, sourceColumn: number) => {
    segments += vlq(column - previousGenerated) + 'A' + vlq(line - previousLine) + vlq(sourceColumn - previousColumn);
    previousLine = line;
    previousColumn = sourceColumn;
  };
  const lines = declarations.split('\n');
  for (let line = 0; line < lines.length; line++) {
    if (line > 0) segments += ';';
    const text = lines[line]!;
    const same = !WORD.test(text) ? undefined : identical ? line : firstFrom(linesByText.get(text), next);
    if (same !== undefined) {
      next = same + 1;
      if (COMMENT.test(text)) continue;
      // The words of the line's head, before its first `:`, `(`, `=`, `<` or `{`: where a declared
      // name is (only declarations are looked up).
      let previousGenerated = -1;
      for (const word of HEAD.exec(text)![0].matchAll(WORDS)) {
        if (previousGenerated >= 0) segments += ',';
        add(word.index, Math.max(previousGenerated, 0), same, word.index);
        previousGenerated = word.index;
      }
      continue;
    }
    const found = declaredName(text);
    const named = found && sourceNames.get(found.name);
    if (found && named) add(found.column, 0, named[0], named[1]);
  }
  return segments;
}

/** The map file of `declarationPath` with the `mappings` of `declarationMappings`. */
export function declarationMap(declarationPath: string, sourcePath: string, mappings: string): string {
  return mapOf(declarationPath, sourcePath, mappings);
}

/** A line of a comment: nothing there is looked up. */
const COMMENT = /^\s*(?:\/\/|\/\*|\*)/;
const WORDS = /[A-Za-z_$][\w$]*/g;
const HEAD = /^[^:(=<{]*/;
const WORD = /[A-Za-z_$]/;

/** The first of the ascending `lines` at or after `from`. */
function firstFrom(lines: number[] | undefined, from: number): number | undefined {
  if (!lines) return undefined;
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return lines[low];
}

/** The `//# sourceMappingURL` comment that ends a declaration file. */
export function mappingComment(declarationPath: string): string {
  return `//# sourceMappingURL=${posix.basename(declarationPath)}.map`;
}

const DECLARATION = /^(?:export )?(?:declare )?(?:const|type|interface|function|class) ([A-Za-z_$][\w$]*)/;

function declaredName(line: string): { name: string; column: number } | undefined {
  const match = DECLARATION.exec(line);
  if (!match) return undefined;
  return { name: match[1]!, column: match[0].length - match[1]!.length };
}

function mapOf(declarationPath: string, sourcePath: string, mappings: string): string {
  const file = posix.basename(declarationPath);
  return serialize({ version: 3, file, sourceRoot: '', sources: [relativeSource(declarationPath, sourcePath)], names: [], mappings });
}

function relativeSource(declarationPath: string, sourcePath: string): string {
  return posix.relative(posix.dirname(declarationPath), sourcePath);
}

function serialize(map: object): string {
  return JSON.stringify(map);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}
