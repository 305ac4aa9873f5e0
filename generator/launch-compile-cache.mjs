// V8's code cache for the large CommonJS libraries the generator loads: TypeScript (twice: ours and
// the copy ts-morph bundles, 9 MB each), ts-morph and its common library. Node compiles a module
// each time a process loads it, and the generator is one short process per run: compiling these
// four took a tenth of a small spec's run. The cache keeps what V8 compiled (the functions the run
// used included) in the repository's `.cache/v8/`, by path, size and modification time, so that an
// upgraded package is compiled afresh; V8 itself refuses a cache made by another V8 or other flags,
// and such a file is compiled as usual and its cache replaced. Node 22 has this built in
// (`module.enableCompileCache`), and gets that instead. Plain JavaScript, like launch.mjs.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** Below this a module compiles in about the time its cache takes to read. */
const MIN_BYTES = 512 * 1024;

export function enableCompileCache() {
  const folder = fileURLToPath(new URL('../.cache/v8/', import.meta.url));
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(folder);
    return;
  }
  const compile = Module.prototype._compile;
  /** Scripts compiled without a usable cache: their cache is written when the run ends. */
  const uncached = [];
  Module.prototype._compile = function (content, filename, format) {
    if (format === 'module' || content.length < MIN_BYTES || !filename.includes(join('node_modules', ''))) return compile.call(this, content, filename, format);
    const entry = cacheEntry(folder, filename);
    let cachedData;
    try {
      cachedData = entry && readFileSync(entry);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (entry && (!cachedData || script.cachedDataRejected)) uncached.push({ script, entry });
    return script.runInThisContext({ displayErrors: true }).call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
  };
  process.once('exit', () => {
    for (const { script, entry } of uncached) {
      try {
        mkdirSync(folder, { recursive: true });
        const temporary = `${entry}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, entry);
      } catch {
        // A cache that cannot be written (a read-only checkout) only costs the next run its compile.
      }
    }
  });
}

function cacheEntry(folder, filename) {
  try {
    const { size, mtimeMs } = statSync(filename);
    return join(folder, createHash('sha256').update(`${process.version}\0${filename}\0${size}\0${mtimeMs}`).digest('hex'));
  } catch {
    return undefined;
  }
}

/** The `require` a CommonJS module is given, as Node makes it. */
function requireFor(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}
