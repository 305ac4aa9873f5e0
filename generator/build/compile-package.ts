import ts from 'typescript';
import { GeneratorError } from '../errors.js';
import { createBuildCache } from './build-cache.js';

/**
 * Builds the package's `src/` into `dist/`: ESM JavaScript plus `.d.ts`, file by file, for every
 * module the emitter has not already built (it prints the output of `paths` and of the operation
 * modules itself).
 *
 * Every generated module is written so that both outputs follow from its own text (explicit types on
 * exports, `as const` tables: TypeScript's `isolatedDeclarations`), which lets each file be
 * transpiled on its own instead of type-checking the whole package, the slow part of a build at the
 * scale of hundreds of integrations. A syntax error here means the generator wrote something it
 * failed to escape: the run stops before anything is written. Whole-package type checks are the
 * tests' job (test/generator).
 */
export function compilePackage(files: Map<string, string>): Map<string, string> {
  const output = new Map<string, string>();
  const problems: string[] = [];
  const cache = createBuildCache([ts.version, JSON.stringify(JS_OPTIONS), JSON.stringify(DECLARATION_OPTIONS)]);
  for (const [path, text] of files) {
    if (!path.startsWith('src/') || !path.endsWith('.ts')) continue;
    const base = `dist/${path.slice('src/'.length, -'.ts'.length)}`;
    if (files.has(`${base}.js`)) continue; // printed by the emitter
    // The runtime is the same in every package, and so is its build: kept from the last run.
    const built = RUNTIME.test(path) ? cache.get(path, text) : undefined;
    if (built) {
      output.set(`${base}.js`, built.js);
      output.set(`${base}.d.ts`, built.dts);
      continue;
    }
    const js = ts.transpileModule(text, { compilerOptions: JS_OPTIONS, fileName: path, reportDiagnostics: true });
    const dts = ts.transpileDeclaration(text, { compilerOptions: DECLARATION_OPTIONS, fileName: path, reportDiagnostics: true });
    const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
    problems.push(...diagnostics.map((diagnostic) => describe(path, diagnostic)));
    output.set(`${base}.js`, js.outputText);
    output.set(`${base}.d.ts`, dts.outputText);
    if (RUNTIME.test(path) && diagnostics.length === 0) cache.set(path, text, { js: js.outputText, dts: dts.outputText });
  }
  if (problems.length > 0) {
    throw new GeneratorError('The generated package does not compile (a generator bug; please report it with the spec):', problems.slice(0, 20));
  }
  return new Map([...output].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The hand-written runtime copied into every package (templates/runtime/). */
const RUNTIME = /^src\/runtime\/[^/]+\.ts$/;

const JS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  verbatimModuleSyntax: true,
  newLine: ts.NewLineKind.LineFeed,
};

const DECLARATION_OPTIONS: ts.CompilerOptions = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };

function describe(path: string, diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return `${path}: ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${path}:${line + 1}:${character + 1} ${message}`;
}
