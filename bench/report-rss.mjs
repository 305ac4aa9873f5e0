// Preloaded into every Node process the benchmark starts (NODE_OPTIONS=--import=...): at exit, each
// appends its own peak RSS to BENCH_RSS_FILE. The harness samples /proc too, but a sample can miss the
// last few milliseconds; the kernel's own figure (getrusage maxrss, in KiB) cannot.
// Plain JavaScript, so that it loads before (and without) any TypeScript loader.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`);
  });
}
