/**
 * npm run bench [-- --scale seed,large | large | huge | growth | public] [--runs N]
 * npm run bench -- --editor [--scale large,huge] [--runs N] [--edits N] [--profile DIR]
 *
 * For each case: generates the package (timed, as `npm run generate` runs it) and openapi-typescript
 * alone on the same bundled spec; writes a consumer file calling every operation for every
 * integration that supports it, and the same calls through plain openapi-fetch; type-checks both with
 * TypeScript 5 and 7. Runs are interleaved (generate, openapi-typescript, checks; then the next case;
 * then again) so that a machine that slows down mid-run slows every figure alike. Prints a table per
 * case, the growth table when "growth" ran, and the targets; writes the raw figures to
 * .tmp/bench/results.json. The default run then measures the editor at large (bench/editor/:
 * language-server latency after each edit, TypeScript 5 and 7, against openapi-fetch); `--editor`
 * measures only that, at large and huge unless `--scale` says otherwise. `public` runs the shared
 * folder's real-world specs (bench/public-specs.ts).
 * Work files stay in .tmp/bench/<case>/ for profiling: `node --cpu-prof --import tsx generator/cli.ts
 * --spec .tmp/bench/large/spec.json --out DIR`, `tsc --generateTrace DIR -p .tmp/bench/large/tsconfig.consumer.json`.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeConsumerFiles, type ConsumerFiles } from './consumer.ts';
import { REPO, runGenerator, runOpenapiTypescript } from './generation.ts';
import { editorTable, editorVerdicts } from './editor/report-editor.ts';
import { runEditorCases, type EditorCase } from './editor/run-editor.ts';
import { publicSpecsReport, runPublicSpecs } from './public-specs.ts';
import { caseTable, growthTable, largeVerdicts, machineLine, table, verdictTable } from './report.ts';
import type { BenchResults, CaseResult, Machine } from './results.ts';
import { casesFor, describeCase, type BenchCase } from './scales.ts';
import { makeSpec } from './synthetic-spec.ts';
import { COMPILERS, compilerVersion, typeCheck } from './typecheck.ts';

export const WORK = join(REPO, '.tmp', 'bench');
const DEFAULT_SCALES = ['seed', 'large'];
const DEFAULT_EDITOR_SCALES = ['large', 'huge'];

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', multiple: true },
      runs: { type: 'string', default: '3' },
      editor: { type: 'boolean', default: false },
      edits: { type: 'string', default: '24' },
      profile: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      [
        'usage: npm run bench -- [--scale seed|large|large-2x|huge|growth|public[,...]] [--runs N]   batch benchmarks (default: --scale seed,large --runs 3, then the editor at large)',
        '       npm run bench -- --editor [--scale large,huge] [--runs N] [--edits N] [--profile DIR]',
        '         the editor benchmark alone (default: large and huge, 24 edits per request); --profile: the servers\' traces and CPU profiles, into DIR',
      ].join('\n'),
    );
    return;
  }
  const runs = positive('--runs', values.runs);
  const edits = positive('--edits', values.edits);
  const scales = values.scale?.flatMap((s) => s.split(',')).filter(Boolean);
  // The default run adds the editor at large; --editor runs it alone; --scale alone runs no editor.
  const batchScales = scales ?? DEFAULT_SCALES;
  const batchCases = values.editor ? [] : casesFor(batchScales.filter((scale) => scale !== 'public'));
  const editorCases = values.editor ? casesFor(scales ?? DEFAULT_EDITOR_SCALES) : scales ? [] : casesFor(['large']);

  mkdirSync(WORK, { recursive: true });
  const machine = await machineInfo();
  log(machineLine(machine));
  const results: BenchResults = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${argv.join(' ')}`.trim(),
    runs,
    machine,
    cases: [],
    editor: [],
    verdicts: [],
  };
  results.cases = await runCases(batchCases, runs);
  if (!values.editor && batchScales.includes('public')) results.public = await runPublicSpecs(WORK, runs, log);
  const editorRuns = await Promise.all(editorCases.map((benchCase) => editorCase(benchCase, results.cases)));
  results.editor = await runEditorCases(editorRuns, runs, edits, log, values.profile && resolve(values.profile));

  const versions = { ts5: machine.typescript.ts5, ts7: machine.typescript.ts7 };
  const sections = [machineLine(machine), ...results.cases.map((c) => caseTable(c, machine, runs))];
  const growth = growthTable(results);
  if (growth) sections.push(growth.text);
  const publicSpecs = results.public && publicSpecsReport(results.public, runs);
  if (publicSpecs) sections.push(publicSpecs.text);
  sections.push(...results.editor.map((result) => editorTable(result, versions, table)));
  results.verdicts = [
    ...(results.cases.length ? largeVerdicts(results) : []),
    ...(growth?.verdicts ?? []),
    ...(publicSpecs?.verdicts ?? []),
    ...results.editor.flatMap((result) => editorVerdicts(result, versions)),
  ];
  sections.push(verdictTable(results.verdicts));
  writeFileSync(join(WORK, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${sections.join('\n\n')}\n\nraw figures: ${join(WORK, 'results.json')}`);
}

function positive(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} must be a positive integer, got ${value}`);
  return number;
}

/** The editor's work folder: the batch run's, when it generated this case's package; else generated here. */
async function editorCase(benchCase: BenchCase, batch: CaseResult[]): Promise<EditorCase> {
  const dir = join(WORK, benchCase.name);
  if (!batch.some((result) => result.name === benchCase.name)) {
    mkdirSync(dir, { recursive: true });
    const generated = await runGenerator(prepareSpec(benchCase, dir), join(dir, 'package'));
    log(`[editor ${benchCase.name}] npm run generate: ${seconds(generated.wallMs)}`);
  }
  return { name: benchCase.name, description: describeCase(benchCase), dir };
}

/** One case's files and figures, filled in round by round. */
interface CaseRun {
  specFile: string;
  packageDir: string;
  otDir: string;
  dir: string;
  result: CaseResult;
  consumer?: ConsumerFiles;
}

/**
 * Every case once per round, round after round: the growth table divides one case's figures by
 * another's, and on a machine whose speed drifts by tens of percent between minutes, figures taken
 * one case after the other would measure the drift as much as the growth.
 */
async function runCases(cases: BenchCase[], runs: number): Promise<CaseResult[]> {
  const caseRuns = cases.map(prepareCase);
  for (let run = 1; run <= runs; run++) {
    for (const caseRun of caseRuns) await runRound(caseRun, `[${caseRun.result.name} ${run}/${runs}]`);
  }
  const end = loadavg()[0]!;
  for (const { result } of caseRuns) result.load.end = end;
  return caseRuns.map(({ result }) => result);
}

function prepareCase(benchCase: BenchCase): CaseRun {
  const dir = join(WORK, benchCase.name);
  mkdirSync(dir, { recursive: true });
  const otDir = join(dir, 'openapi-typescript');
  mkdirSync(otDir, { recursive: true });
  const specFile = prepareSpec(benchCase, dir);
  const result: CaseResult = {
    name: benchCase.name,
    description: describeCase(benchCase),
    integrations: 0,
    operations: 0,
    pairs: 0,
    specBytes: statSync(specFile).size,
    load: { start: loadavg()[0]!, end: NaN },
    generation: { generator: [], openapiTypescript: [] },
    typecheck: { ts5: { consumer: [], baseline: [] }, ts7: { consumer: [], baseline: [] }, 'ts7-single': { consumer: [], baseline: [] } },
  };
  return { specFile, packageDir: join(dir, 'package'), otDir, dir, result };
}

/** One run of a case: generation, openapi-typescript alone, then both files under every compiler. */
async function runRound(caseRun: CaseRun, tag: string): Promise<void> {
  const { specFile, packageDir, otDir, dir, result } = caseRun;
  const generated = await runGenerator(specFile, packageDir);
  result.generation.generator.push(generated);
  log(`${tag} npm run generate: ${seconds(generated.wallMs)}, peak ${mib(generated.peakRssKb)}`);
  const bundled = join(packageDir, 'openapi.json');
  if (!caseRun.consumer) {
    const spec = JSON.parse(readFileSync(bundled, 'utf8')) as Record<string, unknown>;
    caseRun.consumer = writeConsumerFiles(spec, dir, 'package');
    result.pairs = caseRun.consumer.calls / 2;
    result.integrations = Object.keys((spec['x-integrations'] ?? {}) as object).length;
    result.operations = countOperations(spec);
  }
  const ot = await runOpenapiTypescript(bundled, join(otDir, 'paths.ts'), dir);
  result.generation.openapiTypescript.push(ot);
  log(`${tag} openapi-typescript: ${seconds(ot.wallMs)}, peak ${mib(ot.peakRssKb)}`);
  for (const compiler of COMPILERS) {
    for (const file of ['consumer', 'baseline'] as const) {
      const figures = await typeCheck(compiler, caseRun.consumer.tsconfigs[file]);
      result.typecheck[compiler][file].push(figures);
      log(
        `${tag} ${compiler} ${file}: check ${figures.checkSeconds.toFixed(2)} s, ` +
          `${figures.instantiations?.toLocaleString('en-US') ?? 'n/a'} instantiations, peak ${mib(figures.peakRssKb)}`,
      );
    }
  }
}

/** The synthetic spec, written as JSON; the shipped spec is used where it is. */
function prepareSpec(benchCase: BenchCase, dir: string): string {
  if ('file' in benchCase.spec) return resolve(REPO, benchCase.spec.file);
  const file = join(dir, 'spec.json');
  writeFileSync(file, JSON.stringify(makeSpec(benchCase.spec.synthetic), null, 2) + '\n');
  return file;
}

function countOperations(spec: Record<string, unknown>): number {
  const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']);
  return Object.values((spec.paths ?? {}) as Record<string, object>).reduce((sum, item) => sum + Object.keys(item).filter((k) => methods.has(k)).length, 0);
}

async function machineInfo(): Promise<Machine> {
  const require = createRequire(import.meta.url);
  const [ts5, ts7] = await Promise.all((['ts5', 'ts7'] as const).map(compilerVersion));
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()}`,
    node: process.version,
    typescript: { ts5: ts5!, ts7: ts7!, 'ts7-single': `${ts7!} single-threaded` },
    openapiTypescript: (require('openapi-typescript/package.json') as { version: string }).version,
  };
}

function log(message: string): void {
  console.error(`${new Date().toISOString().slice(11, 19)} ${message}`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (kb: number) => `${Math.round(kb / 1024)} MiB`;

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
