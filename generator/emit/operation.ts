import { StructureKind, VariableDeclarationKind, type SourceFileStructure, type StatementStructures } from 'ts-morph';
import type { FieldModel, OperationModel, PartName } from '../model/types.js';
import { docs } from './docs.js';
import { constTypeLiteral, literalUnion, SlugList, stringLiteral, valueLiteral } from './literal.js';
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
    source: types(tableStatement(operation, { initializer: verbatim(`${valueLiteral(table, '', 'typescript')} as const`) })),
    // `export {}`: in a declaration file without it, the local `Spec` and `Table` would be exported too.
    declarations: types(tableStatement(operation, { type: verbatim(constTypeLiteral(table)) }, true), 'export {};'),
    javascript: { kind: StructureKind.SourceFile, statements: [tableStatement(operation, { initializer: verbatim(valueLiteral(table)) })] },
  };
}

function usedHelpers(operation: OperationModel): string[] {
  const helpers = new Set(['IsOneOf', 'RequestPart', 'UnknownIntegration']);
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
    integrations: operation.integrations && new SlugList(operation.integrations),
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
      {
        supported: slugs(field.supported),
        required: Array.isArray(field.required) ? new SlugList(field.required) : field.required,
        enum: field.enum,
        values: field.values,
      },
    ]),
  );
}

/** Responses need only who returns what: their types keep the spec's own optionality. */
function responseTable(fields: FieldModel[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.name, { supported: slugs(field.supported), values: field.values }]));
}

function slugs(list: string[] | undefined): SlugList | undefined {
  return list && new SlugList(list);
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
  const anyName = [{ name: 'I', constraint: 'string' }];
  const oneOrAll = [{ name: 'I', constraint: integration, default: integration }];
  const statements: StatementStructures[] = [];

  const parts = (['path', 'query', 'body'] as const).filter((part) => operation.parts[part]);
  for (const part of parts) {
    const rules = `${typeName}${PART_TYPE[part]}Rules`;
    statements.push(
      {
        kind: StructureKind.TypeAlias,
        name: rules,
        typeParameters: anyName,
        docs: docs(`The ${PART_DOCS[part]} of \`${operationId}\` for the one integration \`I\`, as its required and its optional keys.`),
        type: verbatim(generic('RequestPart', `Table['parts'][${stringLiteral(part)}]`, shapeOf(operation, part), 'I')),
      },
      {
        kind: StructureKind.TypeAlias,
        name: partOf(operation, part),
        typeParameters: anyName,
        docs: docs(
          `The ${PART_DOCS[part]} of \`${operationId}\` for the one integration \`I\`: one object type, which the compiler's messages call \`${partOf(operation, part)}<"${operation.integrations?.[0] ?? 'slug'}">\`.`,
        ),
        type: `{ [K in keyof ${rules}<I>]: ${rules}<I>[K] }`,
      },
    );
  }
  for (const part of parts) {
    statements.push({
      kind: StructureKind.TypeAlias,
      name: partAny(operation, part),
      typeParameters: anyName,
      docs: docs(
        `\`${partOf(operation, part)}\` for each member of \`I\`. Written so that, while \`I\` is not known yet, TypeScript takes it for any ${part === 'body' ? 'value' : 'object'} rather than building it for every integration.`,
      ),
      // Path and query are objects whatever `I`; a body may be any JSON value.
      type: `string extends I ? ${part === 'body' ? 'unknown' : 'object'} : I extends unknown ? ${partOf(operation, part)}<I> : never`,
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
      type: `${partAny(operation, part)}<I>`,
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
  const query = querySlot(operation);
  if (query === 'some') {
    statements.push({
      kind: StructureKind.TypeAlias,
      name: `${typeName}QueryRequiredBy`,
      docs: docs(`The integrations that require something in the query of \`${operationId}\`: the others may leave it out.`),
      type: verbatim(literalUnion(queryRequirers(operation))),
    });
  }
  statements.push({
    kind: StructureKind.TypeAlias,
    name: `${typeName}Requests`,
    typeParameters: [{ name: 'K', constraint: 'string' }],
    docs: docs(`\`${operationId}\` requests by integration, for the integrations in \`K\`.`),
    // A mapped type: indexed by a union it splits into one member per integration, each checked
    // against its own rules. Each member is one object type whose parts TypeScript builds only when
    // it looks into them, and does not infer `I` from (`NoInfer<I>`): `I` comes from `integration`
    // alone, so that a call costs the same whatever the number of integrations (see the README's
    // Performance section).
    type: verbatim(`{\n  [I in K]: ${indentAfterFirstLine(requestMember(operation, query), '  ')};\n}`),
  });
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}RequestFor`,
    typeParameters: [{ name: 'I', constraint: integration }],
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
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}Argument`,
    typeParameters: anyName,
    docs: docs(
      `What \`client.${operation.methodName}\` takes: the request for \`I\`, or, while \`integration\` names no integration of \`${operationId}\` (as while it is typed), only the integration, so that the error names the ones allowed.`,
    ),
    type: `IsOneOf<I, ${integration}> extends true ? ${typeName}Requests<I>[I] : UnknownIntegration<${integration}>`,
  });
  return statements;
}

/** The local type of one part for a single integration: `UpdateUserPathOf<I>`. */
function partOf(operation: OperationModel, part: PartName): string {
  return `${operation.typeName}${PART_TYPE[part]}Of`;
}

/** The local type of one part for any `I`: `UpdateUserPathAny<I>`, which the exported `UpdateUserPath<I>` is. */
function partAny(operation: OperationModel, part: PartName): string {
  return `${operation.typeName}${PART_TYPE[part]}Any`;
}

/** Whether the query may be left out: never (`all` integrations require something in it), always (`none`) or for `some`. */
function querySlot(operation: OperationModel): 'all' | 'none' | 'some' {
  const requirers = queryRequirers(operation).length;
  return requirers === 0 ? 'none' : requirers === (operation.integrations ?? []).length ? 'all' : 'some';
}

function queryRequirers(operation: OperationModel): string[] {
  return (operation.integrations ?? []).filter((slug) => (operation.support.get(slug)?.parts.query?.required.length ?? 0) > 0);
}

/**
 * The request for one integration `I`: `{ integration: I; path: UpdateUserPathAny<NoInfer<I>>; ... }`.
 * The query may be left out where nothing in it is required for `I`; where that depends on `I`, the
 * member is one of two objects, chosen by a condition that does not narrow `I`.
 */
function requestMember(operation: OperationModel, query: 'all' | 'none' | 'some'): string {
  const part = (name: PartName) => `${partAny(operation, name)}<NoInfer<I>>`;
  const object = (queryOptional: boolean) => {
    const members = ['integration: I;'];
    if (operation.parts.path) members.push(`path: ${part('path')};`);
    if (operation.parts.query) members.push(`query${queryOptional ? '?' : ''}: ${part('query')};`);
    if (operation.parts.body) members.push(`body${operation.parts.body.required ? '' : '?'}: ${part('body')};`);
    return `{\n${members.map((member) => `  ${member}`).join('\n')}\n}`;
  };
  if (!operation.parts.query || query !== 'some') return object(query === 'none');
  return `IsOneOf<I, ${operation.typeName}QueryRequiredBy> extends true\n  ? ${indentAfterFirstLine(object(false), '    ')}\n  : ${indentAfterFirstLine(object(true), '    ')}`;
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
