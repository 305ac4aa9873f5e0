import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { leftoverName, recoverOutput } from './leftovers.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, assertReplaceable } from './out-folder.js';

/**
 * Writes the whole output or nothing: files go to a fresh folder beside the target, which then
 * takes the target's place with two renames. A run that fails before the swap leaves the previous
 * output exactly as it was; one killed between the renames is put right by the next run
 * (leftovers.ts). Only a folder the generator made is replaced (out-folder.ts), and the new one
 * gets the marker that says so.
 */
export function writeOutput(outDir: string, files: Map<string, string>): void {
  prepareOutput(outDir);
  assertReplaceable(outDir);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = leftoverName(outDir, 'staging');
  const retired = leftoverName(outDir, 'previous');
  try {
    // Thousands of files in a few folders: each folder is made once.
    const folders = new Set<string>();
    for (const [path, text] of withMarker(files)) {
      const target = join(staging, path);
      const folder = dirname(target);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(target, text);
    }
    if (existsSync(outDir)) renameSync(outDir, retired);
    renameSync(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(retired) && !existsSync(outDir)) renameSync(retired, outDir);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

/**
 * Puts back an output that a killed run took away and removes killed runs' leftovers: the first
 * step of every command that reads or writes `outDir`.
 */
export function prepareOutput(outDir: string): void {
  const { restored } = recoverOutput(outDir, existsSync);
  if (restored) console.error(`note: ${relative(process.cwd(), outDir) || outDir}/ restored: a run killed while replacing it had moved it aside`);
}

function withMarker(files: Map<string, string>): Map<string, string> {
  return new Map([...files, [OUTPUT_MARKER, OUTPUT_MARKER_TEXT]]);
}

/** Writes one file atomically (temporary file, then rename). */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export interface StaleReport {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** Compares what the spec produces with what is on disk, file by file. */
export function compareOutput(outDir: string, files: Map<string, string>): StaleReport {
  prepareOutput(outDir);
  const onDisk = new Set(existsSync(outDir) ? listFiles(outDir) : []);
  const report: StaleReport = { changed: [], missing: [], extra: [] };
  for (const [path, text] of withMarker(files)) {
    if (!onDisk.has(path)) report.missing.push(path);
    else if (readFileSync(join(outDir, path), 'utf8') !== text) report.changed.push(path);
    onDisk.delete(path);
  }
  report.extra = [...onDisk].sort();
  return report;
}

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(root, path);
    return [relative(root, path).split('\\').join('/')];
  });
}
