import { StructureKind, type ExportDeclarationStructure, type SourceFileStructure } from 'ts-morph';
import type { ApiModel } from '../model/types.js';
import { operationModule } from './operation.js';

/** `index.ts`: the package root. Types and values a user imports, nothing internal. */
export function emitPackageIndex(model: ApiModel, runtimeExports: { values: string[]; types: string[] }): SourceFileStructure {
  const aware = model.integrations.length > 0;
  const exports: ExportDeclarationStructure[] = [
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './client.js',
      namedExports: ['createClient', 'operations', ...['Client', ...(aware ? ['IntegrationClient', 'IntegrationMethods'] : [])].map((name) => ({ name, isTypeOnly: true }))],
    },
  ];
  if (aware) {
    exports.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: './integrations.js', namedExports: ['integrations', { name: 'Integration', isTypeOnly: true }] });
  }
  for (const op of model.operations) {
    const suffixes = aware
      ? ['Integration', 'Request', 'RequestFor', ...partSuffixes(op.parts), 'Response']
      : ['Request', ...partSuffixes(op.parts), 'Response'];
    exports.push({
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: `./${operationModule(op)}.js`,
      namedExports: suffixes.map((suffix) => `${op.typeName}${suffix}`),
    });
  }
  exports.push(
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/index.js', namedExports: [...runtimeExports.values, ...runtimeExports.types.map((name) => ({ name, isTypeOnly: true }))] },
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: './paths.js', namedExports: ['paths', 'components'] },
    // What `client.use` takes, so that middleware can be typed without importing openapi-fetch.
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: 'openapi-fetch', namedExports: ['Middleware'] },
  );
  return { kind: StructureKind.SourceFile, statements: exports };
}

function partSuffixes(parts: ApiModel['operations'][number]['parts']): string[] {
  return (['path', 'query', 'body'] as const).filter((part) => parts[part]).map((part) => part[0]!.toUpperCase() + part.slice(1));
}
