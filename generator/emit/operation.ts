import { StructureKind, VariableDeclarationKind, type SourceFileStructure, type StatementStructures } from 'ts-morph';
import type { FieldModel, OperationModel, PartName } from '../model/types.js';
import { docs } from './docs.js';
import { constTypeLiteral, literalUnion, stringLiteral, valueLiteral } from './literal.js';
import type { Verbatim } from './verbatim.js';

/** The name of an operation's runtime table: `createUser` -> `createUserOperation`. */
export function tableName(operation: OperationModel): string {
  return `${operation.methodName}Operation`;
}

/** The module of one operation's table and types: `operations/createUser.ts`. */
export function operationModule(operation: OperationModel): string {
  return `operations/${operation.methodName}`;
}

/** One operation's module: its source, and the two files a build would make of it. */
export interface OperationFiles {
  source: SourceFileStructure;
  /** `dist/…/x.d.ts`: the types, and the table's type stated in full. */
  declarations: SourceFileStructure;
  /** `dist/…/x.js`: the table alone; everything else in the module is a type. */
  javascript: SourceFileStructure;
}

/**
 * One operation's file: the runtime table the client checks requests against, and the request and
 * response types, derived from that table and openapi-typescript's `paths`.
 *
 * The module is data and types only, so its build output is printed here from the same table rather
 * than compiled: at hundreds of integrations these tables are most of the package, and compiling
 * them is most of a build.
 */
export function emitOperation(operation: OperationModel, verbatim: Verbatim): OperationFiles {
  const aware = operation.integrations !== undefined;
  const imports: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../paths.js',
      namedImports: ['paths'],
    },
  ];
  if (aware) {
    imports.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../runtime/types.js',
      namedImports: usedHelpers(operation),
    });
  }
  const table = tableValue(operation);
  const types = (tableStatement: StatementStructures, ...rest: string[]): SourceFileStructure => ({
    kind: StructureKind.SourceFile,
    statements: [
      ...imports,
      ...(aware ? integrationTypes(operation, verbatim) : []),
      tableStatement,
      ...specAliases(operation),
      ...(aware ? awareTypes(operation, verbatim) : plainTypes(operation)),
      ...rest,
    ],
  });
  return {
    source: types(tableStatement(operation, { initializer: verbatim(`${valueLiteral(table)} as const`) })),
    // `export {}`: in a declaration file without it, the local `Spec` and `Table` would be exported too.
    declarations: types(tableStatement(operation, { type: verbatim(constTypeLiteral(table)) }, true), 'export {};'),
    javascript: { kind: StructureKind.SourceFile, statements: [tableStatement(operation, { initializer: verbatim(valueLiteral(table)) })] },
  };
}

function usedHelpers(operation: OperationModel): string[] {
  const helpers = new Set(['RequestPart']);
  if (operation.parts.query) helpers.add('PartSlot');
  if (operation.response) helpers.add('ResponsePart');
  return [...helpers].sort();
}

function integrationTypes(operation: OperationModel, verbatim: Verbatim): StatementStructures[] {
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${operation.typeName}Integration`,
      docs: docs(`The integrations for which \`${operation.operationId}\` exists.`),
      type: verbatim(literalUnion(operation.integrations ?? [])),
    },
  ];
}

function tableValue(operation: OperationModel): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const name of ['path', 'query', 'body'] as const) {
    const part = operation.parts[name];
    if (part) parts[name] = fieldTable(part.fields);
  }
  return {
    method: operation.method,
    route: operation.route,
    integrations: operation.integrations,
    parts,
    open: openParts(operation),
    // Which keys each integration returns: read by the response types, and by callers who want to
    // know, say, which columns an integration can fill.
    response: operation.integrations && operation.response ? responseTable(operation.response.fields) : undefined,
  };
}

function tableStatement(operation: OperationModel, declaration: { initializer?: string; type?: string }, declared = false): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    hasDeclareKeyword: declared,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(
      `What \`${operation.operationId}\` accepts${operation.integrations ? ' and returns, per integration' : ''}: the client checks every request against this table before sending it.`,
    ),
    declarations: [{ name: tableName(operation), ...declaration }],
  };
}

function openParts(operation: OperationModel): PartName[] | undefined {
  const open = (['path', 'query', 'body'] as const).filter((name) => operation.parts[name]?.open);
  return open.length > 0 ? open : undefined;
}

function fieldTable(fields: FieldModel[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((field) => [
      field.name,
      { supported: field.supported, required: field.required, enum: field.enum, values: field.values },
    ]),
  );
}

/** Responses need only who returns what: their types keep the spec's own optionality. */
function responseTable(fields: FieldModel[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.name, { supported: field.supported, values: field.values }]));
}

/** Local aliases into openapi-typescript's types, so that each exported type reads in one line. */
function specAliases(operation: OperationModel): StatementStructures[] {
  const aliases: StatementStructures[] = [
    {
      kind: StructureKind.TypeAlias,
      name: 'Spec',
      type: `paths[${stringLiteral(operation.route)}][${stringLiteral(operation.method)}]`,
    },
  ];
  if (operation.integrations) {
    aliases.push({ kind: StructureKind.TypeAlias, name: 'Table', type: `typeof ${tableName(operation)}` });
  }
  return aliases;
}

/** openapi-typescript's type for one part of the operation. */
function shapeOf(operation: OperationModel, part: PartName | 'response'): string {
  switch (part) {
    case 'path':
    case 'query':
      return `NonNullable<Spec['parameters'][${stringLiteral(part)}]>`;
    case 'body': {
      const body = operation.parts.body!;
      const requestBody = body.required ? `Spec['requestBody']` : `NonNullable<Spec['requestBody']>`;
      return `${requestBody}['content'][${stringLiteral(body.mediaType!)}]`;
    }
    case 'response': {
      const response = operation.response!;
      return `Spec['responses'][${stringLiteral(response.status)}]['content'][${stringLiteral(response.mediaType)}]`;
    }
  }
}

const PART_DOCS: Record<PartName, string> = {
  path: 'path parameters',
  query: 'query parameters',
  body: 'request body',
};

const PART_TYPE: Record<PartName, string> = { path: 'Path', query: 'Query', body: 'Body' };

function awareTypes(operation: OperationModel, verbatim: Verbatim): StatementStructures[] {
  const { typeName, operationId } = operation;
  const integration = `${typeName}Integration`;
  const one = [{ name: 'I', constraint: integration }];
  const oneOrAll = [{ name: 'I', constraint: integration, default: integration }];
  const statements: StatementStructures[] = [];

  const parts = (['path', 'query', 'body'] as const).filter((part) => operation.parts[part]);
  for (const part of parts) {
    statements.push({
      kind: StructureKind.TypeAlias,
      name: oneIntegrationPart(operation, part),
      typeParameters: one,
      docs: docs(`The ${PART_DOCS[part]} of \`${operationId}\` for the one integration \`I\`.`),
      type: verbatim(generic('RequestPart', `Table['parts'][${stringLiteral(part)}]`, shapeOf(operation, part), 'I')),
    });
  }
  for (const part of parts) {
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${typeName}${PART_TYPE[part]}`,
      typeParameters: oneOrAll,
      docs: docs(
        `The ${PART_DOCS[part]} of \`${operationId}\` for integration \`I\` (one type per member of a union): exactly the keys \`I\` supports, required where \`I\` requires them.`,
      ),
      type: `I extends unknown ? ${oneIntegrationPart(operation, part)}<I> : never`,
    });
  }
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}Response`,
    typeParameters: oneOrAll,
    docs: docs(
      operation.response
        ? `The response of \`${operationId}\` for integration \`I\`: the fields \`I\` returns.`
        : `\`${operationId}\` answers without a JSON body.`,
    ),
    type: operation.response ? verbatim(generic('ResponsePart', `Table['response']`, shapeOf(operation, 'response'), 'I')) : 'void',
  });
  statements.push({
    kind: StructureKind.TypeAlias,
    name: `${typeName}Requests`,
    typeParameters: [{ name: 'K', constraint: integration }],
    docs: docs(`\`${operationId}\` requests by integration, for the integrations in \`K\`.`),
    // A mapped type rather than a conditional: indexed by a union it splits into one member per
    // integration, each checked against its own rules, and TypeScript contextually types a request
    // literal against these members far faster than against a distributed conditional's (see the
    // README's Performance section).
    type: verbatim(
      `{\n  [I in K]: ${indentAfterFirstLine(requestMembers(operation), '  ')};\n}`,
    ),
  });
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}RequestFor`,
    typeParameters: one,
    docs: docs(`One \`${operationId}\` request, for integration \`I\`; for a union, any one of its members'.`),
    type: `${typeName}Requests<I>[I]`,
  });
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}Request`,
    docs: docs(`Any \`${operationId}\` request, discriminated by \`integration\`.`),
    type: `${typeName}RequestFor<${integration}>`,
  });
  return statements;
}

/** The local type of one part for a single integration: `UpdateUserPathOf<I>`. */
function oneIntegrationPart(operation: OperationModel, part: PartName): string {
  return `${operation.typeName}${PART_TYPE[part]}Of`;
}

/**
 * `{ integration: I; path: UpdateUserPathOf<I>; ... } & PartSlot<'query', ...>`, for one integration
 * `I`. The query part is optional exactly when nothing in it is required; `integration` stays a plain
 * member so that TypeScript infers `I` from it.
 */
function requestMembers(operation: OperationModel): string {
  const partType = (part: PartName) => `${oneIntegrationPart(operation, part)}<I>`;
  const members = ['integration: I;'];
  if (operation.parts.path) members.push(`path: ${partType('path')};`);
  if (operation.parts.body) members.push(`body${operation.parts.body.required ? '' : '?'}: ${partType('body')};`);
  const object = `{\n${members.map((member) => `  ${member}`).join('\n')}\n}`;
  return operation.parts.query ? `${object} & PartSlot<'query', ${partType('query')}>` : object;
}

function indentAfterFirstLine(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** `Name<A, B, C>`, one argument per line when it would not fit on one. */
function generic(name: string, ...args: string[]): string {
  const inline = `${name}<${args.join(', ')}>`;
  return inline.length <= 60 ? inline : `${name}<\n${args.map((arg) => `  ${arg}`).join(',\n')}\n>`;
}

function plainTypes(operation: OperationModel): StatementStructures[] {
  const { typeName, operationId } = operation;
  const statements: StatementStructures[] = [];
  for (const part of ['path', 'query', 'body'] as const) {
    if (!operation.parts[part]) continue;
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${typeName}${PART_TYPE[part]}`,
      docs: docs(`The ${PART_DOCS[part]} of \`${operationId}\`.`),
      type: shapeOf(operation, part),
    });
  }
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}Response`,
    docs: docs(operation.response ? `The response of \`${operationId}\`.` : `\`${operationId}\` answers without a JSON body.`),
    type: operation.response ? shapeOf(operation, 'response') : 'void',
  });
  const members: string[] = [];
  if (operation.parts.path) members.push(`path: ${typeName}Path;`);
  if (operation.parts.query) members.push(`query${operation.parts.query.required ? '' : '?'}: ${typeName}Query;`);
  if (operation.parts.body) members.push(`body${operation.parts.body.required ? '' : '?'}: ${typeName}Body;`);
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}Request`,
    docs: docs(`A \`${operationId}\` request.`),
    type: members.length ? `{ ${members.join(' ')} }` : '{}',
  });
  return statements;
}
