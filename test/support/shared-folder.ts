/**
 * The workplace's shared folder (`../shared/`: the seed pages, the public specs), found from the
 * project root: beside it, or beside one of its parents (a worktree sits deeper than the main
 * clone). A clone outside the workplace has none, and the tests that read it are skipped with one
 * line saying why, rather than failing on a path that only exists here.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SharedFolder {
  /** The folder, when found. */
  path: string | undefined;
  /** Why the tests that need it are skipped, when it is not. */
  skipReason: string;
}

const warned = new Set<string>();

/**
 * `shared/<sub>` (`seeds`, `public-specs`), or the folder `override` names (an environment variable's
 * value, for a copy elsewhere). Warns once per folder when it is missing.
 */
export function sharedFolder(sub: string, override?: string): SharedFolder {
  const path = override ?? findUpward(sub);
  const skipReason = `skipped: ../shared/${sub}/ was not found beside the project or any folder above it (a clone outside the workplace)`;
  if ((!path || !existsSync(path)) && !warned.has(sub)) {
    warned.add(sub);
    console.warn(`Tests reading ../shared/${sub}/ ${skipReason}.`);
  }
  return path && existsSync(path) ? { path, skipReason } : { path: undefined, skipReason };
}

function findUpward(sub: string): string | undefined {
  for (let dir = dirname(PROJECT_ROOT.replace(/[\\/]$/, '')); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', sub);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
