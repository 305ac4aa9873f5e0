import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { printStructure, StructureKind, type SourceFileStructure } from 'ts-morph';
import type { Json } from '../model/resolve.js';
import type { ApiModel } from '../model/types.js';
import { emitClient } from './client.js';
import { emitIntegrations } from './integrations.js';
import { moduleForms } from './module-forms.js';
import { emitOperation, operationModule, REQUEST_BODIES_MODULE } from './operation.js';
import { emitPackageFiles } from './package-files.js';
import type { MetadataOptions } from './package-metadata.js';
import { emitPackageIndex } from './package-index.js';
import { emitPaths } from './paths.js';
import { emitRequestBodies } from './request-bodies.js';
import { createVerbatimTexts } from './verbatim.js';

const RUNTIME = new URL('../../templates/runtime/', import.meta.url);
const HEADER = '// Generated from openapi.json by the unified API generator. Do not edit: regenerate.\n\n';

/** What the runtime's index exports, re-exported from the package root. */
const RUNTIME_EXPORTS = {
  values: ['AbortError', 'ApiError', 'ApiPromise', 'ConnectionError', 'InvalidResponseError', 'RequestValidationError', 'TimeoutError', 'UnifiedApiError'],
  types: ['RequestOptions', 'ValidationIssue', 'WithResponse'],
};

/** ts-morph prints each structure to text; nothing is parsed back, since the text is all we keep. */
const PRINT_OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: true };

export interface EmitOptions {
  packageName: string;
  metadata: MetadataOptions;
}

/**
 * Every file of the package, by path relative to the package root: the sources, and the build output
 * of `paths` and the operation modules (compile-package.ts builds the rest).
 */
export async function emitPackage(model: ApiModel, document: Json, specText: string, options: EmitOptions): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('openapi.json', specText);
  const paths = HEADER + (await emitPaths(document));
  files.set('src/paths.ts', paths);
  // openapi-typescript writes types only: the source is its own declaration file, and runs as nothing.
  files.set('dist/paths.d.ts', paths);
  files.set('dist/paths.js', 'export {};\n');
  const requestBodies = await emitRequestBodies(document, model);
  if (requestBodies !== undefined) {
    const text = HEADER + requestBodies;
    files.set(`src/${REQUEST_BODIES_MODULE}.ts`, text);
    files.set(`dist/${REQUEST_BODIES_MODULE}.d.ts`, text);
    files.set(`dist/${REQUEST_BODIES_MODULE}.js`, 'export {};\n');
  }
  for (const file of readdirSync(RUNTIME).filter((f) => f.endsWith('.ts')).sort()) {
    files.set(`src/runtime/${file}`, readFileSync(new URL(file, RUNTIME), 'utf8'));
  }

  // Printed without formatting: the structures are laid out as they should read (see verbatim.ts).
  const { verbatim, expand } = createVerbatimTexts();
  const print = (_path: string, structure: SourceFileStructure) =>
    HEADER + tidy(expand(printStructure({ ...structure, kind: StructureKind.SourceFile }, PRINT_OPTIONS)));
  if (model.integrations.length > 0) files.set('src/integrations.ts', print('integrations.ts', emitIntegrations(model, verbatim)));
  for (const operation of model.operations) {
    const module = operationModule(operation);
    const { source, declarations, javascript } = emitOperation(operation, model.auth, verbatim);
    files.set(`src/${module}.ts`, print(`${module}.ts`, source));
    files.set(`dist/${module}.d.ts`, print(`${module}.d.ts`, declarations));
    files.set(`dist/${module}.js`, print(`${module}.js`, javascript));
  }
  // The client and the index are printed with their build output (module-forms.ts), statement by
  // statement: the declarations share most of their statements with the source (the client's
  // interfaces, on GitHub's spec 600 KB of text), and each is printed once.
  const printedStatements = new Map<unknown, string>();
  const printShared = (structure: SourceFileStructure) => {
    const statements = Array.isArray(structure.statements) ? structure.statements : [];
    const text = statements.map((statement) => {
      let printed = printedStatements.get(statement);
      if (printed === undefined) {
        printed = printStructure({ kind: StructureKind.SourceFile, statements: [statement] }, PRINT_OPTIONS);
        printedStatements.set(statement, printed);
      }
      return printed;
    });
    return HEADER + tidy(expand(text.join('')));
  };
  const withBuild = (module: string, source: SourceFileStructure) => {
    files.set(`src/${module}.ts`, printShared(source));
    const forms = moduleForms(source);
    if (!forms) return;
    files.set(`dist/${module}.d.ts`, printShared(forms.declarations));
    files.set(`dist/${module}.js`, printShared(forms.javascript));
  };
  withBuild('client', emitClient(model, verbatim));
  withBuild('index', emitPackageIndex(model, RUNTIME_EXPORTS));

  const packageFiles = emitPackageFiles(model, {
    name: options.packageName,
    openapiFetchVersion: `^${openapiFetchVersion()}`,
    metadata: options.metadata,
  });
  for (const [path, text] of Object.entries(packageFiles)) files.set(path, text);
  files.set('tsconfig.json', JSON.stringify(PACKAGE_TSCONFIG, null, 2) + '\n');
  return files;
}

/**
 * Touches a person would make: a blank line between top-level declarations, and long import or
 * export lists one name per line. Only column-0 lines start statements in emitted code (string
 * literals never hold a raw newline), so neither can touch a value.
 */
function tidy(text: string): string {
  return text
    .replace(/(?<!\*\/)\n(?=(?:\/\*\*|export (?!(?:type )?\{)|type |const |interface |function ))/g, '\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^((?:import|export)(?: type)? \{) ([^\n}]+) (\} from [^\n]+)$/gm, (line, open: string, names: string, close: string) =>
      line.length <= 100 ? line : `${open}\n${names.split(', ').map((name) => `  ${name},`).join('\n')}\n${close}`,
    );
}

/** The package's own build settings: users can rebuild the ESM half of `dist/` from `src/` with `tsc -p .` (`dist/cjs/` is the generator's). */
export const PACKAGE_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    declaration: true,
    declarationMap: true,
    skipLibCheck: true,
    rootDir: 'src',
    outDir: 'dist',
    newLine: 'lf',
  },
  include: ['src'],
};

function openapiFetchVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('openapi-fetch/package.json') as { version: string }).version;
}
