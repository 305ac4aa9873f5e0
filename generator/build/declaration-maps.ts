import { posix } from 'node:path';

/**
 * Declaration maps (`.d.ts.map`): they let an editor's go-to-definition land in the package's
 * `src/`, which it ships, instead of in `dist/`'s declarations.
 *
 * TypeScript writes them for the files it transpiles (`transpileDeclaration` with `declarationMap`);
 * this module points them at the right source, and makes maps for the declaration files the emitter
 * prints itself: `paths.d.ts` is its source line for line, and an operation's declarations map each
 * top-level name to the same name in its source, which is where go-to-definition goes.
 */

/** A map TypeScript wrote, with its `sources` and `file` set for where the files really are. */
export function relocateMap(mapText: string, declarationPath: string, sourcePath: string): string {
  const map = JSON.parse(mapText) as { file: string; sources: string[] };
  return serialize({ ...map, file: posix.basename(declarationPath), sourceRoot: '', sources: [relativeSource(declarationPath, sourcePath)] });
}

/** A map for a declaration file that is its source, line for line. */
export function identityMap(declarationPath: string, sourcePath: string, lineCount: number): string {
  const lines = Array.from({ length: lineCount }, (_, line) => (line === 0 ? segment(0, 0, 0, 0) : segment(0, 0, 1, 0)));
  return mapOf(declarationPath, sourcePath, lines.join(';'));
}

/** A map from each top-level declaration's name in `declarations` to the same name in `source`. */
export function nameMap(declarationPath: string, declarations: string, sourcePath: string, source: string): string {
  const sourceNames = new Map<string, [line: number, column: number]>();
  source.split('\n').forEach((text, line) => {
    const found = declaredName(text);
    if (found && !sourceNames.has(found.name)) sourceNames.set(found.name, [line, found.column]);
  });
  // Source positions are deltas from the previous segment's, across lines; columns restart per line.
  let previousLine = 0;
  let previousColumn = 0;
  const lines = declarations.split('\n').map((text) => {
    const found = declaredName(text);
    const target = found && sourceNames.get(found.name);
    if (!found || !target) return '';
    const [line, column] = target;
    const encoded = segment(found.column, 0, line - previousLine, column - previousColumn);
    previousLine = line;
    previousColumn = column;
    return encoded;
  });
  return mapOf(declarationPath, sourcePath, lines.join(';'));
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

/** One segment: generated column (relative within the line), source 0, source line and column deltas. */
function segment(column: number, source: number, line: number, sourceColumn: number): string {
  return [column, source, line, sourceColumn].map(vlq).join('');
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
