/**
 * npx tsx bench/pprof.ts PROFILE.pb.gz [--top N] [--below FUNCTION] [--callers FUNCTION]
 *
 * Reads a Go CPU profile, as TypeScript 7 writes them (`tsc --singleThreaded --pprofDir DIR`, or
 * `npm run bench -- --editor --profile DIR` for its language server), where `go tool pprof` is not
 * installed. Prints the functions by inclusive time; `--below F`: the functions F's time goes to;
 * `--callers F`: the call chains that lead to F. Go truncates deep stacks, so the outermost frames'
 * inclusive times are undercounted.
 *
 * The format (profile.proto): a gzip'd protobuf whose Profile holds `sample` (field 2: location ids,
 * values, the last of which is CPU nanoseconds), `location` (4: id, lines of function ids, innermost
 * first), `function` (5: id, name as a string-table index) and the string table (6).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

type Field = [number, number | [number, number]];

/** The fields of one protobuf message between `start` and `end`: varints as numbers, length-delimited ones as byte ranges. */
function* fields(bytes: Buffer, start = 0, end = bytes.length): Generator<Field> {
  let at = start;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
      if (!(byte & 0x80)) return value;
      scale *= 128;
    }
  };
  while (at < end) {
    const key = varint();
    const wire = key % 8;
    if (wire === 0) yield [Math.floor(key / 8), varint()];
    else if (wire === 2) {
      const length = varint();
      yield [Math.floor(key / 8), [at, at + length]];
      at += length;
    } else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else throw new Error(`unexpected protobuf wire type ${wire}`);
  }
}

interface Sample {
  /** Function names, innermost first. */
  stack: string[];
  nanoseconds: number;
}

export function readProfile(file: string): Sample[] {
  const bytes = gunzipSync(readFileSync(file));
  const strings: string[] = [];
  const functions = new Map<number, number>();
  const locations = new Map<number, number[]>();
  const raw: { locations: number[]; values: number[] }[] = [];
  for (const [field, value] of fields(bytes)) {
    if (typeof value === 'number') continue;
    if (field === 6) strings.push(bytes.subarray(value[0], value[1]).toString('utf8'));
    if (field === 2) {
      const sample = { locations: [] as number[], values: [] as number[] };
      for (const [f, v] of fields(bytes, ...value)) {
        if (f === 1) sample.locations.push(...packed(bytes, v));
        if (f === 2) sample.values.push(...packed(bytes, v));
      }
      raw.push(sample);
    }
    if (field === 4) {
      let id = 0;
      const lines: number[] = [];
      for (const [f, v] of fields(bytes, ...value)) {
        if (f === 1) id = v as number;
        if (f === 4 && typeof v !== 'number') for (const [g, w] of fields(bytes, ...v)) if (g === 1) lines.push(w as number);
      }
      locations.set(id, lines);
    }
    if (field === 5) {
      let id = 0;
      let name = 0;
      for (const [f, v] of fields(bytes, ...value)) {
        if (f === 1) id = v as number;
        if (f === 2) name = v as number;
      }
      functions.set(id, name);
    }
  }
  const name = (id: number) => shortName(strings[functions.get(id) ?? 0] ?? '?');
  return raw.map(({ locations: ids, values }) => ({
    // A location's lines list inlined functions innermost first, as the sample lists locations.
    stack: ids.flatMap((id) => (locations.get(id) ?? []).map(name)),
    nanoseconds: values[values.length - 1] ?? 0,
  }));
}

function packed(bytes: Buffer, value: number | [number, number]): number[] {
  if (typeof value === 'number') return [value];
  const out: number[] = [];
  let at = value[0];
  while (at < value[1]) {
    let result = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++]!;
      result += (byte & 0x7f) * scale;
      if (!(byte & 0x80)) break;
      scale *= 128;
    }
    out.push(result);
  }
  return out;
}

/** `github.com/microsoft/typescript-go/internal/checker.(*Checker).getConditionalType` -> `checker.getConditionalType`. */
function shortName(full: string): string {
  return full.replace(/^github\.com\/microsoft\/typescript-go\/internal\//, '').replace(/\.\(\*\w+\)\./, '.');
}

function summarise(samples: Sample[], options: { top: number; below?: string; callers?: string }): string {
  const total = samples.reduce((sum, sample) => sum + sample.nanoseconds, 0);
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ns: number) => map.set(key, (map.get(key) ?? 0) + ns);
  for (const { stack, nanoseconds } of samples) {
    let frames = stack;
    if (options.below) {
      // The outermost call of the function: its whole time, recursion included.
      let at = -1;
      stack.forEach((frame, index) => (frame.endsWith(options.below!) ? (at = index) : undefined));
      if (at < 0) continue;
      frames = stack.slice(0, at);
    }
    if (options.callers) {
      const at = stack.findIndex((frame) => frame.endsWith(options.callers!));
      if (at >= 0) add(inclusive, stack.slice(at + 1, at + 7).map((frame) => frame.split('.').pop()).join(' < '), nanoseconds);
      continue;
    }
    for (const frame of new Set(frames)) add(inclusive, frame, nanoseconds);
  }
  const rows = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, options.top);
  return [`total ${(total / 1e6).toFixed(0)} ms of CPU`, ...rows.map(([frame, ns]) => `${(ns / 1e6).toFixed(0).padStart(8)} ms  ${frame}`)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '40' }, below: { type: 'string' }, callers: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    console.error('usage: npx tsx bench/pprof.ts PROFILE.pb.gz [--top N] [--below FUNCTION] [--callers FUNCTION]');
    process.exitCode = 2;
  } else {
    console.log(summarise(readProfile(positionals[0]!), { top: Number(values.top), below: values.below, callers: values.callers }));
  }
}
