/**
 * The printed report: one table per case, the growth table, and PASS/MISS against the issue's
 * targets. Figures are medians, with (min–max) where runs differ.
 */
import type { BenchResults, CaseResult, Machine, Verdict } from './results.ts';
import { GROWTH } from './scales.ts';
import { spread, spreadOf, type Spread } from './stats.ts';
import { COMPILERS, type CheckFigures, type Compiler } from './typecheck.ts';

/** The targets. */
export const TARGETS = {
  generationRatio: 3,
  generationPeakKb: 1024 * 1024,
  checkRatio: 2,
  growth: 5,
};

const MiB = 1024;

export function caseTable(result: CaseResult, machine: Machine, runs: number): string {
  const { generator, openapiTypescript } = result.generation;
  const lines = [
    `${result.name} — ${result.description}`,
    `  ${result.integrations} integrations, ${result.operations} operations, ${result.pairs} operation × integration pairs (${2 * result.pairs} calls per file)`,
    `  median (min–max) of ${runs} run${runs === 1 ? '' : 's'}; load average ${result.load.start.toFixed(1)} at start, ${result.load.end.toFixed(1)} at end`,
    '',
  ];
  const genWall = spread(generator.map((r) => r.wallMs / 1000));
  const genPeak = spread(generator.map((r) => r.peakRssKb / MiB));
  const otWall = spread(openapiTypescript.map((r) => r.wallMs / 1000));
  const otPeak = spread(openapiTypescript.map((r) => r.peakRssKb / MiB));
  lines.push(
    ...table(
      ['generation', 'wall s', 'peak RSS MiB'],
      [
        ['npm run generate', fmt(genWall, 1), fmt(genPeak, 0)],
        ['openapi-typescript alone', fmt(otWall, 1), fmt(otPeak, 0)],
        ['ratio', ratio(genWall, otWall), ratio(genPeak, otPeak)],
      ],
    ),
    '',
  );
  const rows: string[][] = [];
  for (const compiler of COMPILERS) {
    const { consumer, baseline } = result.typecheck[compiler];
    const c = checkSpreads(consumer);
    const b = checkSpreads(baseline);
    const label = `TS ${machine.typescript[compiler]}`;
    rows.push(
      [label, 'consumer', fmt(c.check, 2), fmt(c.memory, 0), fmt(c.instantiations, 0), fmt(c.peak, 0), fmt(c.wall, 1)],
      ['', 'baseline', fmt(b.check, 2), fmt(b.memory, 0), fmt(b.instantiations, 0), fmt(b.peak, 0), fmt(b.wall, 1)],
      ['', 'ratio', ratio(c.check, b.check), ratio(c.memory, b.memory), ratio(c.instantiations, b.instantiations), ratio(c.peak, b.peak), ratio(c.wall, b.wall)],
    );
  }
  lines.push(...table(['type-check', 'file', 'check s', 'memory MiB', 'instantiations', 'peak RSS MiB', 'wall s'], rows));
  return lines.join('\n');
}

interface CheckSpreads {
  check: Spread;
  memory: Spread | undefined;
  instantiations: Spread | undefined;
  peak: Spread;
  wall: Spread;
}

function checkSpreads(runs: CheckFigures[]): CheckSpreads {
  return {
    check: spread(runs.map((r) => r.checkSeconds)),
    memory: spreadOf(runs, (r) => (r.memoryKb === undefined ? undefined : r.memoryKb / MiB)),
    instantiations: spreadOf(runs, (r) => r.instantiations),
    peak: spread(runs.map((r) => r.peakRssKb / MiB)),
    wall: spread(runs.map((r) => r.wallMs / 1000)),
  };
}

/** The figures the growth target applies to, by name, from one case's medians. */
function growthFigures(result: CaseResult, machine: Machine): [name: string, value: number | undefined, judged: boolean][] {
  const figures: [string, number | undefined, boolean][] = [
    ['generation wall s', spread(result.generation.generator.map((r) => r.wallMs / 1000)).median, true],
    ['generation peak RSS MiB', spread(result.generation.generator.map((r) => r.peakRssKb / MiB)).median, true],
    ['openapi-typescript wall s (reference)', spread(result.generation.openapiTypescript.map((r) => r.wallMs / 1000)).median, false],
  ];
  for (const compiler of COMPILERS) {
    const label = `TS ${machine.typescript[compiler]}`;
    for (const file of ['consumer', 'baseline'] as const) {
      const s = checkSpreads(result.typecheck[compiler][file]);
      const judged = file === 'consumer';
      const suffix = judged ? '' : ' (reference)';
      figures.push(
        [`${label} ${file} check s${suffix}`, s.check.median, judged],
        [`${label} ${file} memory MiB${suffix}`, s.memory?.median, judged],
        [`${label} ${file} instantiations${suffix}`, s.instantiations?.median, judged],
      );
    }
  }
  figures.push(['operation × integration pairs', result.pairs, false]);
  return figures;
}

export function growthTable(results: BenchResults): { text: string; verdicts: Verdict[] } | undefined {
  const cases = GROWTH.map((name) => results.cases.find((c) => c.name === name));
  if (cases.some((c) => c === undefined)) return undefined;
  const [one, two, four] = cases.map((c) => growthFigures(c!, results.machine));
  const verdicts: Verdict[] = [];
  const rows = one!.map(([name, base, judged], index) => {
    const at2 = two![index]![1];
    const at4 = four![index]![1];
    const factor = base === undefined || at4 === undefined ? undefined : at4 / base;
    if (judged && factor !== undefined) {
      verdicts.push({ target: `growth 1x -> 4x integrations: ${name} ≤ ${TARGETS.growth}x`, value: `${factor.toFixed(2)}x`, pass: factor <= TARGETS.growth });
    }
    const verdict = !judged || factor === undefined ? '' : factor <= TARGETS.growth ? 'PASS' : 'MISS';
    return [name, num(base), num(at2), num(at4), factor === undefined ? 'n/a' : `${factor.toFixed(2)}x`, verdict];
  });
  const integrations = cases.map((c) => c!.integrations).join(', ');
  const text = [
    `growth — "large" at 1x, 2x and 4x the integrations (${integrations}); medians; target: each figure grows ≤ ${TARGETS.growth}x`,
    '',
    ...table(['figure', '1x', '2x', '4x', '4x / 1x', ''], rows),
  ].join('\n');
  return { text, verdicts };
}

/** The targets the issue sets on "large", and that no scale had a type error. */
export function largeVerdicts(results: BenchResults): Verdict[] {
  const verdicts: Verdict[] = [];
  const large = results.cases.find((c) => c.name === 'large');
  if (large) {
    const gen = spread(large.generation.generator.map((r) => r.wallMs)).median;
    const ot = spread(large.generation.openapiTypescript.map((r) => r.wallMs)).median;
    const peak = spread(large.generation.generator.map((r) => r.peakRssKb)).median;
    verdicts.push(
      { target: `generation on large: wall ≤ ${TARGETS.generationRatio}x openapi-typescript alone`, value: `${(gen / ot).toFixed(2)}x`, pass: gen / ot <= TARGETS.generationRatio },
      { target: 'generation on large: peak RSS < 1 GiB', value: `${Math.round(peak / MiB)} MiB`, pass: peak < TARGETS.generationPeakKb },
    );
    for (const compiler of COMPILERS) {
      const c = spread(large.typecheck[compiler].consumer.map((r) => r.checkSeconds)).median;
      const b = spread(large.typecheck[compiler].baseline.map((r) => r.checkSeconds)).median;
      verdicts.push({
        target: `type-check on large, TS ${results.machine.typescript[compiler as Compiler]}: check time ≤ ${TARGETS.checkRatio}x openapi-fetch baseline`,
        value: `${(c / b).toFixed(2)}x`,
        pass: c / b <= TARGETS.checkRatio,
      });
    }
  }
  // Reaching the report means every check of every case passed: an error stops the run first.
  verdicts.push({ target: 'no type errors ("excessively deep" or other), every case, TS5 and TS7', value: 'none', pass: true });
  return verdicts;
}

export function verdictTable(verdicts: Verdict[]): string {
  return ['targets', '', ...table(['target', 'value', ''], verdicts.map((v) => [v.target, v.value, v.pass ? 'PASS' : 'MISS']))].join('\n');
}

export function machineLine(machine: Machine): string {
  return (
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; node ${machine.node}, ` +
    `TypeScript ${machine.typescript.ts5} and ${machine.typescript.ts7}, openapi-typescript ${machine.openapiTypescript}`
  );
}

function fmt(value: Spread | undefined, digits: number): string {
  if (!value) return 'n/a';
  const f = (n: number) => (digits === 0 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits));
  return f(value.min) === f(value.max) ? f(value.median) : `${f(value.median)} (${f(value.min)}–${f(value.max)})`;
}

function ratio(a: Spread | undefined, b: Spread | undefined): string {
  return a && b && b.median > 0 ? `${(a.median / b.median).toFixed(2)}x` : 'n/a';
}

function num(value: number | undefined): string {
  if (value === undefined) return 'n/a';
  return Number.isInteger(value) || value >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}

/** Left-aligned first columns, right-aligned figures. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || (i === 1 && header[1] === 'file') ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
