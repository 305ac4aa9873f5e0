/**
 * The editor benchmark's report: per case, p50 / p95 of each request under TypeScript 5 and 7, ours
 * against openapi-fetch, and PASS/MISS against the issue's targets: every completion and hover within
 * 300 ms at p95 and at most 2x openapi-fetch's p95; the diagnostics of a one-call file at most 2x.
 */
import type { Verdict } from '../results.ts';
import { EDITOR_COMPILERS, percentile, type EditorCompiler, type EditorFigures } from './measure-editor.ts';
import { REQUEST_KINDS, REQUEST_LABELS, type RequestKind } from './scenario.ts';

export interface EditorCaseResult {
  name: string;
  description: string;
  integrations: number;
  rounds: number;
  figures: EditorFigures;
}

export const EDITOR_TARGETS = { latencyMs: 300, ratio: 2 };

/** The requests judged on latency and ratio, and the one judged on ratio alone. */
const INTERACTIVE: RequestKind[] = ['completion-body', 'completion-integration', 'completion-query', 'hover-method', 'hover-response'];
const RATIO_ONLY: RequestKind[] = ['diagnostics-one-call'];

export function editorTable(result: EditorCaseResult, versions: Record<EditorCompiler, string>, table: (header: string[], rows: string[][]) => string[]): string {
  const { figures } = result;
  const samples = figures.latency.ts5['completion-body'].ours.length;
  const lines = [
    `editor — ${result.name}: ${result.integrations} integrations; ms from request to answer, each after an edit of the request literal`,
    `  p50 / p95 of ${samples} requests per cell (${figures.edits} edits × ${result.rounds} round${result.rounds === 1 ? '' : 's'}), at 3 call sites: ${figures.sites.join('; ')}`,
    '',
  ];
  const rows = REQUEST_KINDS.map((kind) => {
    const cells = [REQUEST_LABELS[kind]];
    for (const compiler of EDITOR_COMPILERS) {
      const { ours, baseline } = figures.latency[compiler][kind];
      cells.push(`${ms(percentile(ours, 0.5))} / ${ms(percentile(ours, 0.95))}`, `${ms(percentile(baseline, 0.5))} / ${ms(percentile(baseline, 0.95))}`, ratio(ours, baseline));
    }
    return cells;
  });
  const open = ['open the file (project load), median'];
  for (const compiler of EDITOR_COMPILERS) {
    const { ours, baseline } = figures.open[compiler];
    open.push(ms(percentile(ours, 0.5)), ms(percentile(baseline, 0.5)), ours.length && baseline.length ? `${(percentile(ours, 0.5) / percentile(baseline, 0.5)).toFixed(2)}x` : 'n/a');
  }
  rows.push(open);
  const header = ['request'];
  for (const compiler of EDITOR_COMPILERS) header.push(`TS ${versions[compiler]} ours`, 'openapi-fetch', 'p95 ratio');
  lines.push(...table(header, rows));
  return lines.join('\n');
}

export function editorVerdicts(result: EditorCaseResult, versions: Record<EditorCompiler, string>): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const compiler of EDITOR_COMPILERS) {
    for (const kind of [...INTERACTIVE, ...RATIO_ONLY]) {
      const { ours, baseline } = result.figures.latency[compiler][kind];
      if (ours.length === 0) continue;
      const p95 = percentile(ours, 0.95);
      const factor = p95 / percentile(baseline, 0.95);
      const judgesLatency = INTERACTIVE.includes(kind);
      verdicts.push({
        target: `editor ${result.name}, TS ${versions[compiler]}: ${REQUEST_LABELS[kind]}, p95 ${judgesLatency ? `< ${EDITOR_TARGETS.latencyMs} ms and ` : ''}≤ ${EDITOR_TARGETS.ratio}x openapi-fetch`,
        value: `${ms(p95)} ms, ${factor.toFixed(2)}x`,
        pass: factor <= EDITOR_TARGETS.ratio && (!judgesLatency || p95 < EDITOR_TARGETS.latencyMs),
      });
    }
  }
  return verdicts;
}

function ms(value: number): string {
  return Number.isNaN(value) ? 'n/a' : String(Math.round(value));
}

function ratio(ours: number[], baseline: number[]): string {
  if (ours.length === 0 || baseline.length === 0) return 'n/a';
  return `${(percentile(ours, 0.95) / percentile(baseline, 0.95)).toFixed(2)}x`;
}
