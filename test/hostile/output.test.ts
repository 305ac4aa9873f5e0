/**
 * `--out` replaces only a folder the generator made, and what a killed run leaves is put right by
 * the next (CONTRACT.md section 8). Runs that must refuse a folder are pointed at scratch folders
 * built to look like the dangerous ones (a git repository, the folder the command runs in): a
 * generator that got it wrong destroys only the scratch folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { generateToDisk } from '../../generator/pipeline.js';
import { assertReplaceable, OUTPUT_MARKER } from '../../generator/write/out-folder.js';
import { ROOT, readTree, scratchFolders, spec, treeDifferences } from '../generator/helpers.ts';
import { copyFolder, runCommand, STACK_FRAME } from './run.ts';

const scratch = scratchFolders();
let previous: string;

beforeAll(async () => {
  previous = join(scratch('output-previous'), 'out');
  await generateToDisk({ specPath: spec('tiny.yaml'), outDir: previous });
});

/** A folder with a file in it that the generator did not make. */
function foreignFolder(label: string, extra: (dir: string) => void = () => {}): string {
  const dir = join(scratch(label), 'theirs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'notes.txt'), 'mine, not the generator’s\n');
  extra(dir);
  return dir;
}

describe('--out refuses, leaving the folder byte for byte as it was', () => {
  it.each([
    ['a non-empty folder without the marker', () => foreignFolder('foreign'), 'is a folder the generator did not make'],
    [
      'a folder holding a git repository, even with the marker',
      () => foreignFolder('git', (dir) => {
        execFileSync('git', ['init', '-q', dir]);
        writeFileSync(join(dir, OUTPUT_MARKER), 'planted\n');
      }),
      'holds a git repository (.git)',
    ],
    ['a file', () => join(foreignFolder('file'), 'notes.txt'), 'is a file, not a folder'],
  ])('%s', async (_, make, reason) => {
    const out = make();
    const before = readTree(dirname(out));

    await expect(generateToDisk({ specPath: spec('tiny.yaml'), outDir: out })).rejects.toThrow(reason);
    expect(treeDifferences(readTree(dirname(out)), before)).toEqual([]);
  });

  it('as the CLI: exit 2, one line, no stack trace', async () => {
    const out = foreignFolder('foreign-cli');
    const run = await runCommand('generate', ['--spec', spec('tiny.yaml'), '--out', out]);

    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('is a folder the generator did not make')]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('the folder the command runs in, or one above it', () => {
    const outer = foreignFolder('cwd');
    const inner = join(outer, 'inner');
    mkdirSync(inner);
    writeFileSync(join(outer, OUTPUT_MARKER), 'planted\n');
    const before = readTree(outer);
    const run = spawnSync(process.execPath, [join(ROOT, 'generator/launch.mjs'), '--spec', join(ROOT, spec('tiny.yaml')), '--out', outer], {
      cwd: inner,
      encoding: 'utf8',
    });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('holds the folder you are in');
    expect(treeDifferences(readTree(outer), before)).toEqual([]);
  });

  it('the project itself, or a folder above it (`--out .` once replaced the whole project)', () => {
    for (const dir of [ROOT, dirname(ROOT.replace(/\/$/, ''))]) {
      expect(() => assertReplaceable(dir)).toThrow(GeneratorError);
      expect(() => assertReplaceable(dir)).toThrow('holds the generator project');
    }
  });

  it('a symbolic link to a folder', async () => {
    const target = copyFolder(previous, join(scratch('link'), 'target'));
    const link = join(dirname(target), 'link');
    symlinkSync(target, link);

    await expect(generateToDisk({ specPath: spec('tiny.yaml'), outDir: link })).rejects.toThrow('is a symbolic link');
  });
});

describe('--out replaces', () => {
  it('a folder the generator made, an empty folder, and a new one, each marked as its own', async () => {
    const made = copyFolder(previous, join(scratch('made'), 'out'));
    const empty = join(scratch('empty'), 'out');
    mkdirSync(empty);
    const fresh = join(scratch('fresh'), 'a', 'b', 'out');
    for (const out of [made, empty, fresh]) {
      await generateToDisk({ specPath: spec('petstore.yaml'), outDir: out });
      expect(existsSync(join(out, 'src/operations/listPets.ts'))).toBe(true);
      expect(existsSync(join(out, OUTPUT_MARKER))).toBe(true);
    }
  });

  it('generated/, which carries the marker in git', () => {
    expect(execFileSync('git', ['ls-files', `generated/${OUTPUT_MARKER}`], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe(`generated/${OUTPUT_MARKER}`);
  });
});

describe('after a run killed between the two renames of its swap', () => {
  it('the next run, even one that fails, first puts the complete previous output back and removes the leftovers', async () => {
    const out = copyFolder(previous, join(scratch('mid-swap'), 'out'));
    const before = readTree(out);
    const dead = deadPid();
    // The state the kill leaves: the old output moved aside, the new one complete in its staging folder.
    renameSync(out, join(dirname(out), `.out.previous-${dead}-1000`));
    copyFolder(previous, join(dirname(out), `.out.staging-${dead}-1000`));
    mkdirSync(join(dirname(out), `.out.staging-${dead}-999`)); // an older killed run's half-written staging

    await expect(generateToDisk({ specPath: spec('invalid/dangling-ref.yaml'), outDir: out })).rejects.toThrow(GeneratorError);

    expect(treeDifferences(readTree(out), before)).toEqual([]);
    expect(readdirSync(dirname(out))).toEqual(['out']);
  });

  it('leaves the staging folders of a run that is still alive alone', async () => {
    const out = copyFolder(previous, join(scratch('alive'), 'out'));
    const alive = join(dirname(out), `.out.staging-${process.ppid}-1000`);
    mkdirSync(alive);

    await generateToDisk({ specPath: spec('tiny.yaml'), outDir: out });

    expect(existsSync(alive)).toBe(true);
  });

  it('git ignores the leftovers of killed runs', () => {
    for (const leftover of ['.generated.staging-123-456/src/index.ts', '.site.previous-1-2/index.html']) {
      expect(spawnSync('git', ['check-ignore', '-q', leftover], { cwd: ROOT }).status, leftover).toBe(0);
    }
  });
});

/** The pid of a process that has exited: no run can be alive under it. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}
