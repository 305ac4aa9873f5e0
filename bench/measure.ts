/**
 * Runs one command as a child process and measures its wall time and peak memory.
 *
 * Peak memory is the peak RSS of the largest process in the child's tree (what GNU time's %M reports
 * for a tree), found two ways because neither alone is reliable everywhere:
 * - every Node process reports its own `resourceUsage().maxRSS` at exit (report-rss.mjs, preloaded
 *   through NODE_OPTIONS): exact, but only for Node (`npm run generate` is npm -> sh -> tsx -> node);
 * - the tree is sampled from /proc every few milliseconds (VmHWM, the kernel's high-water mark, so a
 *   sample misses only growth in the last interval): covers native children such as TypeScript 7's.
 * `/usr/bin/time` is not used: it is not installed everywhere.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPORTER = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));
const SAMPLE_MS = 10;

export interface Measured {
  wallMs: number;
  /** Peak RSS of the largest process of the tree, in KiB. */
  peakRssKb: number;
  /**
   * CPU time (user + system) of the tree's Node processes, in ms: unlike wall time, it hardly grows
   * while other work on a shared machine keeps the process waiting for a core.
   */
  nodeCpuMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(scratch, 'rss.txt');
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${pathToFileURL(REPORTER).href}`].filter(Boolean).join(' ');
  const env = { ...process.env, ...options.env, NODE_OPTIONS: nodeOptions, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' };

  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  let sampled = 0;
  const sample = () => {
    if (child.pid !== undefined) sampled = Math.max(sampled, treePeakKb(child.pid));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => resolve(exitCode));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);

  const reported = readReported(rssFile);
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, peakRssKb: Math.max(sampled, reported.peakRssKb), nodeCpuMs: reported.cpuMs, code, stdout, stderr };
}

/** `pid maxRSS userCPU systemCPU` per Node process (KiB, µs): the largest peak, and the CPU time of all. */
function readReported(file: string): { peakRssKb: number; cpuMs: number } {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { peakRssKb: 0, cpuMs: 0 };
  }
  const rows = text.split('\n').filter(Boolean).map((line) => line.split(' ').map(Number));
  return {
    peakRssKb: Math.max(0, ...rows.map((row) => row[1]!)),
    cpuMs: rows.reduce((sum, row) => sum + ((row[2] ?? 0) + (row[3] ?? 0)) / 1000, 0),
  };
}

/** The largest VmHWM among `pid` and its descendants; processes that end meanwhile are skipped. */
function treePeakKb(pid: number): number {
  let peak = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const status = readProc(`/proc/${current}/status`);
    const hwm = status && /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (hwm) peak = Math.max(peak, Number(hwm[1]));
    pending.push(...childrenOf(current));
  }
  return peak;
}

function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((task) => (readProc(`/proc/${pid}/task/${task}/children`) ?? '').split(' ').filter(Boolean).map(Number));
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
