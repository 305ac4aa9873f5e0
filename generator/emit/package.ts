import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { IndentationText, Project, QuoteKind, type SourceFileStructure } from 'ts-morph';
import type { Json } from '../model/resolve.js';
import type { ApiModel } from '../model/types.js';
import { emitClient } from './client.js';
import { emitIntegrations } from './integrations.js';
import { emitOperation, operationModule } from './operation.js';
import { emitPackageFiles } from './package-files.js';
import { emitPackageIndex } from './package-index.js';
import { emitPaths } from './paths.js';

const RUNTIME = new URL('../../templates/runtime/', import.meta.url);
const HEADER = '// Generated from openapi.json by the unified API generator. Do not edit: regenerate.\n\n';

/** What the runtime's index exports, re-exported from the package root. */
const RUNTIME_EXPORTS = {
  values: ['ApiError', 'ConnectionError', 'RequestValidationError', 'TimeoutError', 'UnifiedApiError'],
  types: ['ClientOptions', 'ValidationIssue'],
};

export interface EmitOptions {
  packageName: string;
}

/** Every source file of the package, by path relative to the package root. */
export async function emitPackage(model: ApiModel, document: Json, specText: string, options: EmitOptions): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('openapi.json', specText);
  files.set('src/paths.ts', HEADER + (await emitPaths(document)));
  for (const file of readdirSync(RUNTIME).filter((f) => f.endsWith('.ts')).sort()) {
    files.set(`src/runtime/${file}`, readFileSync(new URL(file, RUNTIME), 'utf8'));
  }

  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single, useTrailingCommas: true },
  });
  const print = (path: string, structure: SourceFileStructure) => {
    const sourceFile = project.createSourceFile(`${path}.ts`, structure, { overwrite: true });
    sourceFile.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    files.set(`src/${path}.ts`, HEADER + tidy(sourceFile.getFullText()));
  };
  if (model.integrations.length > 0) print('integrations', emitIntegrations(model));
  for (const operation of model.operations) print(operationModule(operation), emitOperation(operation));
  print('client', emitClient(model));
  print('index', emitPackageIndex(model, RUNTIME_EXPORTS));

  const packageFiles = emitPackageFiles(model, {
    name: options.packageName,
    openapiFetchVersion: `^${openapiFetchVersion()}`,
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

/** The package's own build settings: users can rebuild `dist/` from `src/` with `tsc -p .`. */
export const PACKAGE_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    declaration: true,
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
