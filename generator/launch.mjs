// Starts the generator (cli.ts) with plain Node: `npm run generate`, `npm run bundle` and `npm run lint`
// run this file.
//
// The generator is TypeScript. Run through a loader hook (tsx), every module Node loads passes the
// hook, TypeScript's, Redocly's and ts-morph's hundreds included: about half a second of each run,
// a tenth of a large generation (README, Performance). Instead, esbuild bundles our own sources into
// one file (tens of milliseconds) and Node loads the libraries as they are.
//
// The bundle sits two folders below the repository root, as generator/emit/ does, so that the
// templates' paths relative to `import.meta.url` still hold. esbuild runs only when a source changed
// (the bundle's manifest records what it was made from), and the bundle is replaced atomically: runs
// may overlap (tests, --watch). Plain JavaScript, since nothing transpiles it.
// Stack traces of internal errors name the bundle; `node --import tsx generator/cli.ts` names the
// sources.
//
// TypeScript (9 MB of CommonJS, loaded by us and by openapi-typescript) and ts-morph are loaded with
// `require`. Imported as ES modules, Node first scans their whole text for the names they export
// and for module syntax: half a second of every run, a third of a small spec's generation, for names
// that nobody uses (we and openapi-typescript use TypeScript's default export). In the bundle, our
// imports of the two become `require` calls, and so do openapi-typescript's: the parts of it the
// generator uses are bundled too (their own imports of other packages stay imports, of the files
// they name from where openapi-typescript is installed). A resolve hook did that before, on a thread
// of its own that every import waited for: a fifth of a small spec's run. What V8 compiles of the
// large CommonJS libraries is kept between runs (launch-compile-cache.mjs).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { enableCompileCache } from './launch-compile-cache.mjs';

const REQUIRED = /^(typescript|ts-morph)$/;

/** Our imports of the REQUIRED packages, as `require` calls (esbuild keeps the names the code uses). */
const requirePlugin = {
  name: 'require-commonjs',
  setup(esbuild) {
    esbuild.onResolve({ filter: REQUIRED }, (args) =>
      args.namespace === 'commonjs' ? { path: args.path, external: true } : { path: args.path, namespace: 'commonjs' },
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'commonjs' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/** Where openapi-typescript's own modules are (its nested node_modules are not its own). */
const OPENAPI_TYPESCRIPT = `${sep}node_modules${sep}openapi-typescript${sep}`;

/**
 * Every other package stays an import. openapi-typescript's modules are bundled; what they import
 * from other packages is imported by the absolute path it resolves to from their folder, since some
 * of it (the Redocly 1.x it bundles) is not what the same name means from ours.
 */
const packagesPlugin = {
  name: 'packages',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const ours = args.path.startsWith('openapi-typescript/');
      const fromOpenapiTypescript = args.importer.includes(OPENAPI_TYPESCRIPT) && !args.importer.includes(`${OPENAPI_TYPESCRIPT}node_modules${sep}`);
      if (!ours && !fromOpenapiTypescript) return { path: args.path, external: true };
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const resolved = await esbuild.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return ours ? { path: resolved.path } : { path: resolved.path, external: true };
    });
  },
};

const root = fileURLToPath(new URL('../', import.meta.url));
const entry = fileURLToPath(new URL('./cli.ts', import.meta.url));
const bundle = fileURLToPath(new URL('../.cache/generator/cli.mjs', import.meta.url));
/** What the bundle was made from: this file's hash, each source's and the bundle's own, and the files it imports by path. */
const manifest = `${bundle}.inputs.json`;

if (!bundleIsCurrent()) await bundleSources();
enableCompileCache();
await import(pathToFileURL(bundle).href);

/**
 * Whether the bundle is what esbuild would make now: every source it was made from, this file and the
 * bundle itself as they were (by content), and every file it imports by path still there. Checking
 * takes a few milliseconds; starting esbuild to find out took a tenth of a second of every run.
 */
function bundleIsCurrent() {
  try {
    const recorded = JSON.parse(readFileSync(manifest, 'utf8'));
    if (recorded.launch !== hashOf(fileURLToPath(import.meta.url)) || recorded.bundle !== hashOf(bundle)) return false;
    if (!recorded.imported.every((path) => existsSync(path))) return false;
    return Object.entries(recorded.inputs).every(([path, hash]) => hashOf(join(root, path)) === hash);
  } catch {
    return false;
  }
}

async function bundleSources() {
  const { build } = await import('esbuild');
  const { outputFiles, metafile } = await build({
    entryPoints: [entry],
    outfile: bundle,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins: [requirePlugin, packagesPlugin],
    // What the `require` calls above run with, in an ES module.
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
  const code = outputFiles[0].text;
  let current;
  try {
    current = readFileSync(bundle, 'utf8');
  } catch {
    current = undefined;
  }
  mkdirSync(dirname(bundle), { recursive: true });
  if (current !== code) writeAtomically(bundle, code);
  const inputs = Object.fromEntries(
    Object.keys(metafile.inputs)
      .filter((path) => !path.includes(':'))
      .map((path) => [path, hashOf(join(root, path))]),
  );
  const imported = [...new Set(Object.values(metafile.outputs).flatMap((output) => output.imports.map((imported) => imported.path)))].filter((path) =>
    path.startsWith(sep),
  );
  writeAtomically(manifest, JSON.stringify({ launch: hashOf(fileURLToPath(import.meta.url)), bundle: hashText(code), imported, inputs }));
}

function hashOf(path) {
  return hashText(readFileSync(path));
}

function hashText(text) {
  return createHash('sha256').update(text).digest('hex');
}

/** Runs may overlap (tests, --watch): each file is replaced whole. */
function writeAtomically(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
