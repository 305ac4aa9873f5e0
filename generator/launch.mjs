// Starts the generator (cli.ts) with plain Node: `npm run generate` and `npm run bundle` run this file.
//
// The generator is TypeScript. Run through a loader hook (tsx), every module Node loads passes the
// hook, TypeScript's, Redocly's and ts-morph's hundreds included: about half a second of each run,
// a tenth of a large generation (README, Performance). Instead, esbuild bundles our own sources into
// one file (tens of milliseconds) and Node loads the libraries as they are.
//
// The bundle sits two folders below the repository root, as generator/emit/ does, so that the
// templates' paths relative to `import.meta.url` still hold. It is replaced atomically, and only when
// it changed: runs may overlap (tests, --watch). Plain JavaScript, since nothing transpiles it.
// Stack traces of internal errors name the bundle; `node --import tsx generator/cli.ts` names the
// sources.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('./cli.ts', import.meta.url));
const bundle = fileURLToPath(new URL('../.cache/generator/cli.mjs', import.meta.url));

const { outputFiles } = await build({
  entryPoints: [entry],
  outfile: bundle,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'error',
});
const code = outputFiles[0].text;

let current;
try {
  current = readFileSync(bundle, 'utf8');
} catch {
  current = undefined;
}
if (current !== code) {
  mkdirSync(dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, bundle);
}
await import(pathToFileURL(bundle).href);
