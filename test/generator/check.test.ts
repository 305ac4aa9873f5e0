/** `--check`: it compares, names every stale file (through the CLI, as `npm test` runs it), and writes nothing. */
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOutput, generateToDisk } from '../../generator/pipeline.js';
import { readTree, ROOT, runCli, scratchFolders, spec } from './helpers.js';

const scratch = scratchFolders();
const tiny = spec('tiny.yaml');
let out: string;

beforeAll(async () => {
  out = relative(ROOT, join(scratch('check'), 'out'));
  await generateToDisk({ specPath: tiny, outDir: out });
});

describe('generate --check', () => {
  it('finds nothing stale in output just generated', async () => {
    expect(await checkOutput({ specPath: tiny, outDir: out })).toEqual({ changed: [], missing: [], extra: [] });
  });

  it('exits 1 and names each changed, missing and extra file, without touching them', async () => {
    appendFileSync(join(ROOT, out, 'src/index.ts'), '// a hand edit\n');
    rmSync(join(ROOT, out, 'dist/client.js'));
    writeFileSync(join(ROOT, out, 'src/extra.ts'), 'export {};\n');
    const before = readTree(join(ROOT, out));

    const result = await runCli(['--spec', tiny, '--out', out, '--check']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('3 file(s) differ');
    expect(result.stderr).toContain(`changed: ${out}/src/index.ts`);
    expect(result.stderr).toContain(`missing: ${out}/dist/client.js`);
    expect(result.stderr).toContain(`not generated: ${out}/src/extra.ts`);
    expect(readTree(join(ROOT, out))).toEqual(before);
  });
});
