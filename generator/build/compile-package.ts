import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { GeneratorError } from '../errors.js';
import { PACKAGE_TSCONFIG } from '../emit/package.js';

/**
 * Compiles the package's `src/` to ESM JavaScript plus `.d.ts` in `dist/`, in memory, with the
 * package's own tsconfig. The sources are served from memory at the paths they will have under
 * `packageDir`; `openapi-fetch` resolves to the generator's own copy, so the build does not depend on
 * where the package is written. A compile error is a generator bug or a spec the generator failed to
 * escape: it stops the run before anything is written.
 */
export function compilePackage(files: Map<string, string>, packageDir: string): Map<string, string> {
  const require = createRequire(import.meta.url);
  const { options, errors } = ts.convertCompilerOptionsFromJson(PACKAGE_TSCONFIG.compilerOptions, packageDir);
  if (errors.length) throw new GeneratorError('Invalid package tsconfig', errors.map(flatten));
  Object.assign(options, {
    rootDir: join(packageDir, 'src'),
    outDir: join(packageDir, 'dist'),
    // The declaration file itself: a directory mapping does not resolve from ESM importers.
    paths: { 'openapi-fetch': [join(dirname(require.resolve('openapi-fetch/package.json')), 'dist/index.d.mts')] },
    types: [],
  });

  const sources = new Map<string, string>();
  for (const [path, text] of files) if (path.startsWith('src/') && path.endsWith('.ts')) sources.set(join(packageDir, path), text);

  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => sources.get(file) ?? readFile(file);
  host.fileExists = (file) => sources.has(file) || fileExists(file);
  const directories = new Set([...sources.keys()].flatMap((file) => ancestors(dirname(file))));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) => directories.has(dir) || (directoryExists?.(dir) ?? false);
  host.getSourceFile = (file, language, onError, create) => {
    const text = sources.get(file);
    return text !== undefined ? ts.createSourceFile(file, text, language, true) : getSourceFile(file, language, onError, create);
  };
  const output = new Map<string, string>();
  host.writeFile = (file, text) => output.set(relative(packageDir, file).split('\\').join('/'), text);

  const program = ts.createProgram([...sources.keys()].sort(), options, host);
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) {
    throw new GeneratorError('The generated package does not compile (a generator bug; please report it with the spec):', diagnostics.slice(0, 20).map(flatten));
  }
  return new Map([...output].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function ancestors(dir: string): string[] {
  const list = [dir];
  while (dirname(list[list.length - 1]!) !== list[list.length - 1]) list.push(dirname(list[list.length - 1]!));
  return list;
}

function flatten(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return message;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${diagnostic.file.fileName}:${line + 1}:${character + 1} ${message}`;
}
