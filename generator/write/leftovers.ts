/**
 * What killed runs leave beside an output folder, and putting it right. A run writes the new output
 * into `.<out>.staging-<pid>-<time>`, then swaps it in with two renames: the old output to
 * `.<out>.previous-<pid>-<time>`, the staging folder to `<out>`. A run killed while writing leaves
 * a partial staging folder; one killed between the two renames leaves no `<out>` at all, but the
 * complete old output under its `previous` name. The next run (of any command that reads or writes
 * the output) puts that back first and removes the rest. Folders of runs still alive are theirs.
 */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type LeftoverKind = 'staging' | 'previous';

export function leftoverName(outDir: string, kind: LeftoverKind): string {
  return join(dirname(outDir), `.${basename(outDir)}.${kind}-${process.pid}-${Date.now()}`);
}

interface Leftover {
  path: string;
  kind: LeftoverKind;
  pid: number;
  time: number;
}

/** Restores an output a killed run took away, and removes what killed runs left. */
export function recoverOutput(outDir: string, exists: (path: string) => boolean): { restored: boolean } {
  const dead = leftoversOf(outDir).filter((leftover) => !isAlive(leftover.pid));
  let restored = false;
  if (!exists(outDir)) {
    const newest = dead.filter((leftover) => leftover.kind === 'previous').sort((a, b) => b.time - a.time)[0];
    if (newest) {
      renameSync(newest.path, outDir);
      restored = true;
    }
  }
  for (const leftover of dead) {
    if (exists(leftover.path)) rmSync(leftover.path, { recursive: true, force: true });
  }
  return { restored };
}

function leftoversOf(outDir: string): Leftover[] {
  const prefix = `.${basename(outDir)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(outDir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (!name.startsWith(prefix)) return [];
    const match = /^(staging|previous)-(\d+)-(\d+)$/.exec(name.slice(prefix.length));
    if (!match) return [];
    return [{ path: join(dirname(outDir), name), kind: match[1] as LeftoverKind, pid: Number(match[2]), time: Number(match[3]) }];
  });
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
