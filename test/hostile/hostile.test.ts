/**
 * Every case folder under test/hostile/ (a spec, and expected.json saying what it attacks and what
 * it must give), through each command it names, as a user runs them. A refused spec: exit 2 (lint:
 * 1, Redocly's), an error naming the file, the JSON pointer and the offending value in a few lines,
 * no stack trace, the output folder byte for byte as it was, and nothing stolen in any output. A spec
 * that must work: every command succeeds within the runner's minute (a walk that never ends fails).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/pipeline.js';
import { readTree, scratchFolders, spec, treeDifferences } from '../generator/helpers.ts';
import { copyFolder, hostileCases, runCommand, specOf, STACK_FRAME, type Command, type HostileCase } from './run.ts';

const scratch = scratchFolders();
/** A package generated from a good spec: the output every refused run must leave untouched. */
let previous: string;

beforeAll(async () => {
  previous = join(scratch('hostile-previous'), 'out');
  await generateToDisk({ specPath: spec('tiny.yaml'), outDir: previous });
});

const cases = hostileCases();

it('finds the case folders', () => {
  expect(cases.length).toBeGreaterThanOrEqual(15);
});

describe.concurrent.each(cases)('$name: $attack', (hostile) => {
  it.each(hostile.commands)('%s', async (command) => {
    const out = copyFolder(previous, join(scratch(`hostile-${hostile.name}-${command}`), 'out'));
    const before = readTree(out);
    const run = await runCommand(command, argsFor(command, hostile, out));

    if (hostile.generates) {
      expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
      expect(run.stderr).not.toMatch(STACK_FRAME);
      // lint and openapi report on stderr as they go; the others say nothing there when all is well.
      if (command !== 'lint' && command !== 'openapi') expect(run.stderr).toBe('');
      return;
    }
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: command === 'lint' ? 1 : 2 });
    const said = command === 'lint' ? run.stdout + run.stderr : run.stderr;
    for (const text of hostile.error ?? []) expect(said).toContain(text);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    if (command !== 'lint') expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(6);
    expect(treeDifferences(readTree(out), before)).toEqual([]);
    if (command === 'docs') expect(existsSync(join(out, '..', 'site'))).toBe(false);
    if (hostile.secret) expect(run.stdout + run.stderr).not.toContain(hostile.secret);
  });

  if (!hostile.allowRefRoot) return;
  it(`is refused even with --allow-ref-root ${hostile.allowRefRoot}`, async () => {
    const out = copyFolder(previous, join(scratch(`hostile-${hostile.name}-allowed`), 'out'));
    const run = await runCommand('generate', [...argsFor('generate', hostile, out), '--allow-ref-root', hostile.allowRefRoot!]);

    expect(run.code).toBe(2);
    for (const text of hostile.error ?? []) expect(run.stderr).toContain(text);
    if (hostile.secret) expect(run.stderr).not.toContain(hostile.secret);
  });
});

function argsFor(command: Command, hostile: HostileCase, out: string): string[] {
  const specPath = specOf(hostile);
  switch (command) {
    case 'generate':
      return ['--spec', specPath, '--out', out];
    case 'bundle':
      return ['--spec', specPath, '--out', join(out, 'openapi.json')];
    case 'lint':
      return [specPath];
    case 'docs':
      return ['--spec', specPath, '--out', join(out, '..', 'site')];
    case 'openapi':
      return ['--spec', specPath, '--integration', hostile.integration ?? firstIntegration(specPath), '--out', join(out, '..', 'integration.json')];
    case 'diff':
      // The spec against itself: both models are built, as in any comparison.
      return [specPath, specPath, '--json'];
  }
}

/** The first slug under `x-integrations`, as the spec writes it. */
function firstIntegration(specPath: string): string {
  return /^x-integrations:\s*\n\s+([\w-]+):/m.exec(readFileSync(specPath, 'utf8'))?.[1] ?? 'none';
}

/** The secret files are there to be stolen: make sure each case's bait is real. */
it('baits every leak case with a secret that is really on disk', () => {
  for (const hostile of cases.filter((c) => c.secret && c.name !== 'ref-proc')) {
    const bait = ['secret.yaml', 'secret.json'].map((file) => join('test/hostile', hostile.name, file)).find(existsSync);
    expect(bait && readFileSync(bait, 'utf8'), hostile.name).toContain(hostile.secret);
  }
});

