/**
 * The generator killed (SIGKILL: nothing of its own runs) at random moments of writing its output.
 * Each time the output is the old one whole or the new one whole; where the kill landed between the
 * two renames of the swap there is none, and the next run puts the old one back whole. The next run
 * also removes every staging folder the killed ones left. 6 runs of the real CLI: 15 to 40 s.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/pipeline.js';
import { ROOT, readTree, scratchFolders, spec, treeDifferences } from '../generator/helpers.ts';
import { copyFolder } from './run.ts';

const scratch = scratchFolders();
const KILLS = 6;
/** The two outputs the runs alternate between: the shipped spec's package (49 files) and petstore's. */
const SPECS = ['spec/openapi.yaml', spec('petstore.yaml')];
const complete = new Map<string, string>();

beforeAll(async () => {
  for (const specPath of SPECS) {
    const out = join(scratch('kill-complete'), 'out');
    await generateToDisk({ specPath, outDir: out });
    complete.set(specPath, out);
  }
});

/**
 * Starts the generator and kills it `delayMs` after its staging folder appears (or when it ends, if
 * it is quicker): what it leaves is what a kill at that moment leaves.
 */
function killWhileWriting(specPath: string, out: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'generator/launch.mjs'), '--spec', specPath, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    const watcher = watch(dirname(out), (_, name) => {
      if (name?.startsWith('.out.staging-')) {
        watcher.close();
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', () => {
      watcher.close();
      resolve();
    });
  });
}

it(`leaves the old or the new output whole, killed ${KILLS} times at random moments of its write`, async () => {
  const out = join(scratch('kill'), 'out');
  const [oldSpec, newSpec] = SPECS as [string, string];
  const before = readTree(complete.get(oldSpec)!);
  const after = readTree(complete.get(newSpec)!);
  const outcomes: string[] = [];
  for (let round = 0; round < KILLS; round++) {
    rmSync(out, { recursive: true, force: true });
    copyFolder(complete.get(oldSpec)!, out);
    // Spread over the write, which takes a few to a few tens of milliseconds here.
    await killWhileWriting(newSpec, out, Math.floor(Math.random() * 40));

    if (!existsSync(out)) {
      outcomes.push('between the renames');
      // The next run, whatever it does, first restores the old output.
      await expect(generateToDisk({ specPath: spec('invalid/dangling-ref.yaml'), outDir: out })).rejects.toThrow();
      expect(treeDifferences(readTree(out), before), `round ${round}: restored`).toEqual([]);
    } else {
      const now = readTree(out);
      const whole = treeDifferences(now, before).length === 0 ? 'old' : treeDifferences(now, after).length === 0 ? 'new' : undefined;
      expect(whole, `round ${round}: the output is neither the old nor the new one whole`).toBeDefined();
      outcomes.push(whole!);
    }
  }
  console.log(`kill test outcomes: ${outcomes.join(', ')}`);
  // A later run cleans up what the killed ones left, and only the output remains.
  await generateToDisk({ specPath: oldSpec, outDir: out });
  expect(readdirSync(dirname(out))).toEqual(['out']);
}, 240_000);
