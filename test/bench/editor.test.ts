/**
 * The editor benchmark's harness, on the shipped package: both language servers (TypeScript 5's
 * tsserver, TypeScript 7's `tsc --lsp`) answer every request of the scenario after each edit, and
 * each answer holds what it must (the harness throws otherwise: a completion list without the
 * integration, an error in a file the edits leave valid). About 15 s: two servers per compiler.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editorRound, emptyEditorFigures, prepareEditorWork, type EditorCompiler } from '../../bench/editor/measure-editor.ts';
import { buildFile, callSites, REQUEST_KINDS } from '../../bench/editor/scenario.ts';
import { textChange } from '../../bench/editor/session.ts';

const repo = join(import.meta.dirname, '..', '..');
// Inside the repository, so that the package's `openapi-fetch` resolves from its node_modules.
const caseDir = join(repo, '.tmp', `editor-test-${process.pid}`);
const spec = JSON.parse(readFileSync(join(repo, 'generated', 'openapi.json'), 'utf8')) as Record<string, unknown>;

afterAll(() => rmSync(caseDir, { recursive: true, force: true }));

describe('the editor benchmark', () => {
  it('marks where each request is made, in both files, and edits one range at a time', () => {
    const sites = callSites(spec);
    const ours = buildFile('ours', sites, { accounts: [1, 2, 3], emptied: 1 }, '../../package');
    const baseline = buildFile('baseline', sites, { accounts: [1, 2, 3] }, '../../package');
    // The line a mark is on, with `|` where the mark is.
    const at = (file: { text: string; marks: Map<string, number> }, mark: string) => {
      const offset = file.marks.get(mark)!;
      const start = file.text.lastIndexOf('\n', offset - 1) + 1;
      return `${file.text.slice(start, offset)}|${file.text.slice(offset, file.text.indexOf('\n', offset))}`;
    };
    expect(at(ours, '0:completion-body')).toMatch(/^    body: \{ .*, \|\},$/);
    expect(at(ours, '0:completion-query')).toMatch(/^    query: \{ integrated_account_id: ".*-1", \|\},$/);
    expect(at(baseline, '2:completion-query')).toMatch(/^      query: \{ integrated_account_id: ".*-3", \|\},$/);
    expect(at(ours, '1:completion-integration')).toBe("    integration: '|',");
    expect(ours.text.slice(ours.marks.get('2:hover-method')!)).toMatch(/^createUser\(/);
    expect(baseline.text.slice(baseline.marks.get('0:hover-method')!)).toMatch(/^POST\('\/unified\/user-directory\/users'/);
    expect(textChange('const a = 1;', 'const a = 12;')).toEqual({ start: 11, end: 11, newText: '2' });
  });

  for (const compiler of ['ts5', 'ts7'] as EditorCompiler[]) {
    it(`times every request against ${compiler === 'ts5' ? "TypeScript 5's tsserver" : "TypeScript 7's tsc --lsp"}, both projects`, { timeout: 120_000 }, async () => {
      mkdirSync(caseDir, { recursive: true });
      rmSync(join(caseDir, 'package'), { force: true });
      symlinkSync(join(repo, 'generated'), join(caseDir, 'package'), 'dir');
      const work = prepareEditorWork(spec, caseDir);
      const figures = emptyEditorFigures(work.sites, 3);
      await editorRound(compiler, work, figures, () => undefined);
      for (const kind of REQUEST_KINDS) {
        for (const flavor of ['ours', 'baseline'] as const) {
          const samples = figures.latency[compiler][kind][flavor];
          expect(samples, `${kind} ${flavor}`).toHaveLength(3);
          expect(samples.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
        }
      }
      expect(figures.open[compiler].ours).toHaveLength(1);
    });
  }
});
