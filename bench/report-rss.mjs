// Preloaded into every Node process the benchmark starts (NODE_OPTIONS=--import=...): at exit, each
// appends its own peak RSS, and the CPU time it used (user and system, in microseconds), to BENCH_RSS_FILE. The harness samples /proc too, but a sample can miss the
// last few milliseconds; the kernel's own figure (getrusage maxrss, in KiB) cannot.
// Plain JavaScript, so that it loads before (and without) any TypeScript loader.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(file, `${process.pid} ${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`);
  });
}
