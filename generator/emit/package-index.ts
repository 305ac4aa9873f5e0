import { StructureKind, type ExportDeclarationStructure, type SourceFileStructure } from 'ts-morph';
import { PART_NAMES, type ApiModel } from '../model/types.js';
import { bodyHelpers } from './bodies.js';
import { operationModule } from './operation.js';

/** `index.ts`: the package root. Types and values a user imports, nothing internal. */
export function emitPackageIndex(model: ApiModel, runtimeExports: { values: string[]; types: string[] }): SourceFileStructure {
  const aware = model.integrations.length > 0;
  const exports: ExportDeclarationStructure[] = [
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './client.js',
      namedExports: [
        'createClient',
        'operations',
        ...['Client', 'ClientOptions', ...(aware ? ['IntegrationClient', 'IntegrationMethods'] : [])].map((name) => ({ name, isTypeOnly: true })),
      ],
    },
  ];
  if (aware) {
    exports.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: './integrations.js', namedExports: ['integrations', { name: 'Integration', isTypeOnly: true }] });
  }
  for (const op of model.operations) {
    const choices = (op.parts.body?.media?.length ?? 0) > 1 ? ['ContentType', 'Bodies'] : [];
    const suffixes = aware
      ? ['Integration', 'Request', 'RequestFor', ...partSuffixes(op.parts), ...choices, 'Response']
      : ['Request', ...partSuffixes(op.parts), ...choices, 'Response'];
    exports.push({
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: `./${operationModule(op)}.js`,
      namedExports: suffixes.map((suffix) => `${op.typeName}${suffix}`),
    });
  }
  // The body helpers the operations' types name, for callers who write such bodies ahead.
  const helpers = [...new Set(model.operations.flatMap(bodyHelpers))].sort();
  exports.push(
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/index.js', namedExports: [...runtimeExports.values, ...runtimeExports.types.map((name) => ({ name, isTypeOnly: true }))] },
    ...(helpers.length > 0 ? [{ kind: StructureKind.ExportDeclaration as const, isTypeOnly: true, moduleSpecifier: './runtime/types.js', namedExports: helpers }] : []),
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: './paths.js', namedExports: ['paths', 'components'] },
    // What `client.use` takes, so that middleware can be typed without importing openapi-fetch.
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: 'openapi-fetch', namedExports: ['Middleware'] },
  );
  return { kind: StructureKind.SourceFile, statements: exports };
}

function partSuffixes(parts: ApiModel['operations'][number]['parts']): string[] {
  return PART_NAMES.filter((part) => parts[part]).map((part) => part[0]!.toUpperCase() + part.slice(1));
}
