import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A module's build: its ESM and CommonJS JavaScript, its declarations and their source map. */
export interface Built {
  js: string;
  cjs: string;
  dts: string;
  dtsMap: string;
}

const BUILT_FIELDS: readonly (keyof Built)[] = ['js', 'cjs', 'dts', 'dtsMap'];

/**
 * Builds kept between runs in the repository's `.cache/build/` (ignored by git), by a hash of what
 * decides them: the compiler and its options (`salt`), the module's path and its text. A changed
 * input is a different entry, so nothing can go stale; an entry that cannot be read or parsed is
 * built again. Each is written to a temporary file first and renamed, so that runs that overlap
 * (tests, --watch) never read half an entry.
 *
 * (This file sits two folders below the repository root, as does the generator's bundle in
 * `.cache/generator/`: the same relative URL works from both.)
 */
export function createBuildCache(salt: readonly string[]) {
  const folder = fileURLToPath(new URL('../../.cache/build/', import.meta.url));
  const entry = (path: string, text: string) =>
    `${folder}${createHash('sha256').update([...salt, path, text].join('\0')).digest('hex')}.json`;
  return {
    /** The entry, when one is kept and every field is a string (a damaged file is built again). */
    get(path: string, text: string): Built | undefined {
      try {
        const built = JSON.parse(readFileSync(entry(path, text), 'utf8')) as Record<string, unknown>;
        return BUILT_FIELDS.every((field) => typeof built[field] === 'string') ? (built as unknown as Built) : undefined;
      } catch {
        return undefined;
      }
    },
    set(path: string, text: string, built: Built): void {
      try {
        const file = entry(path, text);
        mkdirSync(folder, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(built));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written (a read-only checkout) only costs the next run this build.
      }
    },
  };
}

