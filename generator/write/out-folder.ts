/**
 * Which folders an output may replace. Writing the output replaces its folder whole, so `--out`
 * must never name a folder someone else made: `--out .` once replaced the whole project, `.git`
 * included, with the package. A folder is replaceable when it is new, empty, or holds the marker
 * file an earlier run left there; never when it holds the project or a git repository.
 */
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeneratorError } from '../errors.js';

/** The marker in every output folder (`generated/` holds one, committed). Not part of the package. */
export const OUTPUT_MARKER = '.generated-by-codegen';
export const OUTPUT_MARKER_TEXT =
  'This folder is the output of the unified API generator (npm run generate, npm run docs).\n' +
  'Each run replaces the folder whole. The generator replaces no folder without this file.\n';

/** The project itself: two folders up from here and from the bundle in .cache/generator/. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Throws, naming the folder and why, unless `outDir` may be replaced whole. */
export function assertReplaceable(outDir: string): void {
  let stats;
  try {
    stats = lstatSync(outDir);
  } catch {
    return; // Not there yet: it will be made.
  }
  const shown = relative(process.cwd(), outDir) || '.';
  if (stats.isSymbolicLink()) throw refuse(shown, 'is a symbolic link; give the folder it leads to');
  if (!stats.isDirectory()) throw refuse(shown, 'is a file, not a folder');
  const real = realpathSync(outDir);
  for (const precious of [PROJECT_ROOT, process.cwd()]) {
    if (holds(real, safeRealpath(precious))) throw refuse(shown, `holds ${precious === PROJECT_ROOT ? 'the generator project' : 'the folder you are in'} (${safeRealpath(precious)})`);
  }
  if (existsSync(join(real, '.git'))) throw refuse(shown, 'holds a git repository (.git)');
  const entries = readdirSync(real);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw refuse(shown, `is a folder the generator did not make (it has no ${OUTPUT_MARKER}); give a new or empty folder`);
  }
}

function refuse(shown: string, why: string): GeneratorError {
  return new GeneratorError(`Refusing to replace --out ${shown}: it ${why}. Nothing was written.`);
}

/** Whether `folder` is `path` or one of its ancestors. */
function holds(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path.replace(/[\\/]$/, '');
  }
}
