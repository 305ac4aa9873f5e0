/** The raw figures of one benchmark run, as written to .tmp/bench/results.json. */
import type { EditorCaseResult } from './editor/report-editor.ts';
import type { RunFigures } from './generation.ts';
import type { PublicSpecResult } from './public-specs.ts';
import type { CheckFigures, Compiler } from './typecheck.ts';

export interface CaseResult {
  name: string;
  description: string;
  integrations: number;
  operations: number;
  /** operation x supporting integration pairs: each file makes twice as many calls. */
  pairs: number;
  specBytes: number;
  /** The 1-minute load average when the run started and ended (cases run round by round): other work on the machine skews figures. */
  load: { start: number; end: number };
  generation: { generator: RunFigures[]; openapiTypescript: RunFigures[] };
  typecheck: Record<Compiler, { consumer: CheckFigures[]; baseline: CheckFigures[] }>;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  typescript: Record<Compiler, string>;
  openapiTypescript: string;
}

export interface Verdict {
  target: string;
  value: string;
  pass: boolean;
}

export interface BenchResults {
  date: string;
  command: string;
  runs: number;
  machine: Machine;
  cases: CaseResult[];
  /** `--scale public`: the shared folder's real-world specs. */
  public?: PublicSpecResult[];
  /** The editor benchmark's cases (bench/editor/). */
  editor: EditorCaseResult[];
  verdicts: Verdict[];
}
