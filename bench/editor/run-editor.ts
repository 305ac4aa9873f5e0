/**
 * The editor benchmark over several cases, round by round (every case and compiler once per round,
 * then again), for the same reason as the batch benchmark: on a machine whose speed drifts, figures
 * taken minutes apart would compare the drift as much as the types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_COMPILERS, editorRound, emptyEditorFigures, prepareEditorWork, type EditorWork } from './measure-editor.ts';
import type { EditorCaseResult } from './report-editor.ts';

/** A case whose package is generated: its folder holds `package/` (with the bundled `openapi.json`). */
export interface EditorCase {
  name: string;
  description: string;
  dir: string;
}

/**
 * `profileDir`: where the servers write profiles of the session, by case, compiler and project
 * (TypeScript 5: tsserver's checker traces, as `tsc --generateTrace` writes them; TypeScript 7: Go CPU
 * profiles, which bench/pprof.ts summarises).
 */
export async function runEditorCases(
  cases: EditorCase[],
  rounds: number,
  edits: number,
  log: (message: string) => void,
  profileDir?: string,
): Promise<EditorCaseResult[]> {
  const prepared = cases.map((editorCase) => {
    const spec = JSON.parse(readFileSync(join(editorCase.dir, 'package', 'openapi.json'), 'utf8')) as Record<string, unknown>;
    const work: EditorWork = prepareEditorWork(spec, editorCase.dir);
    const result: EditorCaseResult = {
      name: editorCase.name,
      description: editorCase.description,
      integrations: Object.keys((spec['x-integrations'] ?? {}) as object).length,
      rounds,
      figures: emptyEditorFigures(work.sites, edits),
    };
    return { work, result };
  });
  for (let round = 1; round <= rounds; round++) {
    for (const { work, result } of prepared) {
      for (const compiler of EDITOR_COMPILERS) {
        const profile = profileDir && join(profileDir, result.name, compiler);
        await editorRound(compiler, work, result.figures, (message) => log(`[editor ${result.name} ${round}/${rounds}] ${message}`), {
          traceDirectory: compiler === 'ts5' ? profile : undefined,
          pprofDir: compiler === 'ts7' ? profile : undefined,
        });
      }
    }
  }
  return prepared.map(({ result }) => result);
}
