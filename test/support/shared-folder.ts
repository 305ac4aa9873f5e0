/**
 * The team's shared folder (`../shared` beside the project root: CONTRACT.md, the public specs).
 * From a git worktree the project root is the main worktree's, which git names in the worktree's
 * `.git` file; elsewhere (a plain clone, CI) it is the repository itself. Tests that need the folder
 * skip, saying why, where it is absent.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

export type SharedFolder = { path: string } | { path: undefined; reason: string };

export function sharedFolder(): SharedFolder {
  const candidates = [...new Set([projectRoot(), REPOSITORY].map((root) => resolve(root, '..', 'shared')))];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isDirectory());
  return found ? { path: found } : { path: undefined, reason: `no shared folder at ${candidates.join(' or ')}` };
}

/** A folder of the shared folder (`public-specs`), or why it cannot be used. */
export function sharedSubfolder(name: string): SharedFolder {
  const shared = sharedFolder();
  if (shared.path === undefined) return shared;
  const path = join(shared.path, name);
  return existsSync(path) ? { path } : { path: undefined, reason: `no ${name}/ in ${shared.path}` };
}

/** The main worktree's root when this repository is a linked git worktree, else the repository. */
function projectRoot(): string {
  const dotGit = join(REPOSITORY, '.git');
  try {
    if (!statSync(dotGit).isFile()) return REPOSITORY;
    // `gitdir: /main/.git/worktrees/<name>`, whose `commondir` points at the main `.git`.
    const gitDir = resolve(REPOSITORY, /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim() ?? '');
    const common = resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
    return dirname(common);
  } catch {
    return REPOSITORY;
  }
}
