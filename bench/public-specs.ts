/**
 * `npm run bench -- --scale public`: every spec in the shared folder's `public-specs/` (real specs
 * this project did not write: Stripe, GitHub, OpenAI, Kubernetes, ...), generated as a user runs it
 * and against openapi-typescript's CLI alone on the same file, round by round like the other cases.
 * No consumer type-check here: these specs name no integrations, and the harness in
 * test/generator/public-specs*.test.ts type-checks each package.
 *
 * A spec the generator refuses with a clear error (exit 2: Swagger 2.0, OpenAPI 3.2, invalid JSON)
 * is listed as refused; a crash (an out-of-memory abort, a stack trace) misses the targets.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sharedFolder } from '../test/support/shared-folder.ts';
import { tryGenerator, tryOpenapiTypescript, type RunOutcome } from './generation.ts';
import type { Verdict } from './results.ts';
import { spread, type Spread } from './stats.ts';

/** The targets for real-world specs. */
export const PUBLIC_TARGETS = {
  generationRatio: 2,
  generationPeakKb: 1.5 * 1024 * 1024,
};

export interface PublicSpecResult {
  file: string;
  bytes: number;
  /** Operations the generator found; undefined when it refused the spec. */
  operations: number | undefined;
  generator: RunOutcome[];
  openapiTypescript: RunOutcome[];
}

/** The specs of the shared folder, by file name; throws, saying why, when the folder is absent. */
export function publicSpecFiles(): { dir: string; files: string[] } {
  const folder = sharedFolder('public-specs');
  if (folder.path === undefined) throw new Error(`--scale public: ${folder.skipReason}`);
  const files = readdirSync(folder.path).filter((file) => /\.(json|ya?ml)$/.test(file)).sort();
  return { dir: folder.path, files };
}

export async function runPublicSpecs(work: string, runs: number, log: (message: string) => void): Promise<PublicSpecResult[]> {
  const { dir, files } = publicSpecFiles();
  const results: PublicSpecResult[] = files.map((file) => ({
    file,
    bytes: statSync(join(dir, file)).size,
    operations: undefined,
    generator: [],
    openapiTypescript: [],
  }));
  for (let run = 1; run <= runs; run++) {
    for (const result of results) {
      const caseDir = join(work, 'public', result.file);
      mkdirSync(caseDir, { recursive: true });
      const tag = `[public ${result.file} ${run}/${runs}]`;
      const spec = join(dir, result.file);
      const generated = await tryGenerator(spec, join(caseDir, 'package'));
      result.generator.push(generated);
      result.operations ??= generated.operations;
      log(`${tag} npm run generate: ${describeRun(generated)}`);
      // On the spec file itself, as a user of openapi-typescript runs it (it bundles on its own).
      const ot = await tryOpenapiTypescript(spec, join(caseDir, 'paths.ts'), caseDir);
      result.openapiTypescript.push(ot);
      log(`${tag} openapi-typescript: ${describeRun(ot)}`);
    }
  }
  return results;
}

function describeRun(run: RunOutcome): string {
  const figures = `${(run.wallMs / 1000).toFixed(1)} s, peak ${Math.round(run.peakRssKb / 1024)} MiB`;
  return run.failure ? `failed (exit ${run.failure.code}) after ${figures}: ${shortened(run.failure.line)}` : figures;
}

function shortened(line: string): string {
  return line.length > 110 ? `${line.slice(0, 107)}...` : line;
}

/** The table, one row per spec, and the verdicts against the targets. */
export function publicSpecsReport(results: PublicSpecResult[], runs: number): { text: string; verdicts: Verdict[] } {
  const verdicts: Verdict[] = [];
  const rows = results.map((result) => {
    const size = `${(result.bytes / 1024 / 1024).toFixed(result.bytes < 100 * 1024 ? 2 : 1)} MB`;
    const otFailed = result.openapiTypescript.find((r) => r.failure);
    const ot = successful(result.openapiTypescript);
    const otCells = otFailed ? ['refused', '', ''] : [fmt(ot.wall, 1), fmt(ot.cpu, 1), fmt(ot.peak, 0)];
    const failed = result.generator.find((r) => r.failure);
    if (failed) {
      const crashed = failed.failure!.code !== 2;
      if (crashed) verdicts.push({ target: `public ${result.file}: generates (or refuses with a clear error)`, value: 'crashed', pass: false });
      return [result.file, size, '', crashed ? 'CRASHED' : 'refused', '', '', ...otCells, '', '', shortened(failed.failure!.line)];
    }
    const ours = successful(result.generator);
    const ratio = ot.wall.median > 0 && !otFailed ? ours.wall.median / ot.wall.median : undefined;
    const cpuRatio = ot.cpu.median > 0 && !otFailed ? ours.cpu.median / ot.cpu.median : undefined;
    if (ratio !== undefined) {
      verdicts.push({
        target: `public ${result.file}: generation wall ≤ ${PUBLIC_TARGETS.generationRatio}x openapi-typescript alone`,
        value: `${ratio.toFixed(2)}x`,
        pass: ratio <= PUBLIC_TARGETS.generationRatio,
      });
    }
    verdicts.push({
      target: `public ${result.file}: generation peak RSS < 1.5 GiB`,
      value: `${Math.round(ours.peak.median)} MiB`,
      pass: ours.peak.median * 1024 < PUBLIC_TARGETS.generationPeakKb,
    });
    const times = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)}x`);
    return [result.file, size, String(result.operations ?? ''), fmt(ours.wall, 1), fmt(ours.cpu, 1), fmt(ours.peak, 0), ...otCells, times(ratio), times(cpuRatio), ''];
  });
  const header = ['spec', 'size', 'operations', 'generate s', 'cpu s', 'peak MiB', 'openapi-typescript s', 'cpu s', 'peak MiB', 'wall ratio', 'cpu ratio', 'refused with'];
  const text = [
    `public specs — median (min–max) of ${runs} run${runs === 1 ? '' : 's'}; targets: wall ≤ ${PUBLIC_TARGETS.generationRatio}x openapi-typescript alone, peak RSS < 1.5 GiB`,
    '(cpu: user + system time of the Node processes, npm included, which waiting for a busy machine hardly changes)',
    '',
    ...table(header, rows),
  ].join('\n');
  return { text, verdicts };
}

function successful(runs: RunOutcome[]): { wall: Spread; cpu: Spread; peak: Spread } {
  const ok = runs.filter((run) => !run.failure);
  return {
    wall: spread(ok.map((r) => r.wallMs / 1000)),
    cpu: spread(ok.map((r) => r.nodeCpuMs / 1000)),
    peak: spread(ok.map((r) => r.peakRssKb / 1024)),
  };
}

function fmt(value: Spread, digits: number): string {
  const f = (n: number) => (digits === 0 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits));
  return f(value.min) === f(value.max) ? f(value.median) : `${f(value.median)} (${f(value.min)}–${f(value.max)})`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
