import { StructureKind, VariableDeclarationKind, type SourceFileStructure } from 'ts-morph';
import type { ApiModel } from '../model/types.js';
import { docs } from './docs.js';
import { literalUnion, valueLiteral } from './literal.js';
import type { Verbatim } from './verbatim.js';

/** `Integration`, the union of every slug, and `integrations`, their display names at run time. */
export function emitIntegrations(model: ApiModel, verbatim: Verbatim): SourceFileStructure {
  const names = Object.fromEntries(model.integrations.map((integration) => [integration.slug, { name: integration.name }]));
  return {
    kind: StructureKind.SourceFile,
    statements: [
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: 'Integration',
        docs: docs('Every integration the API names, by slug.'),
        type: verbatim(literalUnion(model.integrations.map((integration) => integration.slug))),
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: docs('The display name of every integration, by slug.'),
        declarations: [
          {
            name: 'integrations',
            initializer: verbatim(`${valueLiteral(names)} as const`),
          },
        ],
      },
    ],
  };
}
