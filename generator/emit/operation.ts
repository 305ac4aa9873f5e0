import { StructureKind, VariableDeclarationKind, type SourceFileStructure, type StatementStructures } from 'ts-morph';
import { PART_NAMES, type AuthModel, type FieldModel, type MediaModel, type OperationModel, type PartName } from '../model/types.js';
import { bodyHelpers, fieldsShape, hasFields, mediaBodyType, needsRequestReading, nonJsonResponseType, requestBodyRef } from './bodies.js';
import { docs } from './docs.js';
import { constTypeLiteral, literalUnion, SlugList, stringLiteral, valueLiteral } from './literal.js';
import type { Verbatim } from './verbatim.js';

/** The parameter parts, in the order a request lists them. */
const PARAMETER_PARTS = PART_NAMES.filter((part) => part !== 'body');

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
export function emitOperation(operation: OperationModel, auth: AuthModel, verbatim: Verbatim): OperationFiles {
  const aware = operation.integrations !== undefined;
  const imports: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../paths.js',
      namedImports: ['paths'],
    },
  ];
  if (operation.parts.body && needsRequestReading(operation)) {
    imports.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: `../${REQUEST_BODIES_MODULE}.js`,
      namedImports: [{ name: 'paths', alias: 'requestPaths' }],
    });
  }
  const helpers = usedHelpers(operation, aware);
  if (helpers.length > 0) {
    imports.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../runtime/types.js',
      namedImports: helpers,
    });
  }
  const table = tableValue(operation, auth);
  const types = (tableStatement: StatementStructures, ...rest: string[]): SourceFileStructure => ({
    kind: StructureKind.SourceFile,
    statements: [
      ...imports,
      ...(aware ? integrationTypes(operation, verbatim) : []),
      tableStatement,
      ...specAliases(operation),
      ...(aware ? awareTypes(operation, verbatim) : plainTypes(operation, verbatim)),
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

/** The module of openapi-typescript's request-side reading, where a body needs one (request-bodies.ts). */
export const REQUEST_BODIES_MODULE = 'request-bodies';

function usedHelpers(operation: OperationModel, aware: boolean): string[] {
  const helpers = new Set<string>(bodyHelpers(operation));
  if (aware) {
    for (const helper of ['IsOneOf', 'RequestPart', 'UnknownIntegration']) helpers.add(helper);
    if (operation.response?.kind === 'json') helpers.add('ResponsePart');
  }
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

/** The table; what is as most operations have it (a JSON body and answer, the API's own security) is left out. */
function tableValue(operation: OperationModel, auth: AuthModel): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const name of PART_NAMES) {
    const part = operation.parts[name];
    if (part) parts[name] = fieldTable(part.fields);
  }
  const media = operation.parts.body?.media ?? [];
  const encoding = Object.fromEntries(media.flatMap((m) => (m.encoding ? [[m.type, m.encoding]] : [])));
  const responseType = operation.response?.mediaType;
  return {
    method: operation.method,
    route: operation.route,
    integrations: operation.integrations && new SlugList(operation.integrations),
    parts,
    open: openParts(operation),
    // Which keys each integration returns: read by the response types, and by callers who want to
    // know, say, which columns an integration can fill.
    response: operation.integrations && operation.response?.kind === 'json' ? responseTable(operation.response.fields) : undefined,
    contentTypes: media.length === 0 || (media.length === 1 && media[0]!.type === 'application/json') ? undefined : media.map((m) => m.type),
    encoding: Object.keys(encoding).length > 0 ? encoding : undefined,
    responseType: responseType === undefined || responseType === 'application/json' ? undefined : responseType,
    security: operation.ownSecurity && !sameRequirements(operation.security, auth.security) ? operation.security : undefined,
  };
}

function sameRequirements(a: string[][], b: string[][]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
  const open = PART_NAMES.filter((name) => operation.parts[name]?.open);
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
  const at = `[${stringLiteral(operation.route)}][${stringLiteral(operation.method)}]`;
  const aliases: StatementStructures[] = [{ kind: StructureKind.TypeAlias, name: 'Spec', type: `paths${at}` }];
  if (operation.parts.body && needsRequestReading(operation)) {
    aliases.push({
      kind: StructureKind.TypeAlias,
      name: 'BodySpec',
      docs: docs('openapi-typescript\'s reading of the request body with fields that have a `default` optional: the server fills them in.'),
      type: `requestPaths${at}`,
    });
  }
  if (operation.integrations) {
    aliases.push({ kind: StructureKind.TypeAlias, name: 'Table', type: `typeof ${tableName(operation)}` });
  }
  return aliases;
}

/** openapi-typescript's type for a parameter part (less the headers the client sets), or the response. */
function shapeOf(operation: OperationModel, part: Exclude<PartName, 'body'> | 'response'): string {
  if (part === 'response') {
    const response = operation.response!;
    return `Spec['responses'][${stringLiteral(response.status)}]['content'][${stringLiteral(response.mediaType)}]`;
  }
  const shape = `NonNullable<Spec['parameters'][${stringLiteral(part)}]>`;
  const ignored = part === 'header' ? operation.ignoredHeaders : undefined;
  return ignored ? `Omit<${shape}, ${ignored.map(stringLiteral).join(' | ')}>` : shape;
}

/** `Spec['requestBody']`, from the request-side reading where a field's `default` needs it. */
function requestBodyOf(operation: OperationModel): string {
  return requestBodyRef(operation, needsRequestReading(operation) ? 'BodySpec' : 'Spec');
}

/** The body's media types, the default first, when there are several to choose from. */
function choices(operation: OperationModel): MediaModel[] | undefined {
  const media = operation.parts.body?.media ?? [];
  return media.length > 1 ? media : undefined;
}

const PART_DOCS: Record<PartName, string> = {
  path: 'path parameters',
  query: 'query parameters',
  header: 'header parameters',
  cookie: 'cookie parameters',
  body: 'request body',
};

const PART_TYPE: Record<PartName, string> = { path: 'Path', query: 'Query', header: 'Header', cookie: 'Cookie', body: 'Body' };

function awareTypes(operation: OperationModel, verbatim: Verbatim): StatementStructures[] {
  const { typeName, operationId } = operation;
  const integration = `${typeName}Integration`;
  const anyName = [{ name: 'I', constraint: 'string' }];
  const oneOrAll = [{ name: 'I', constraint: integration, default: integration }];
  const statements: StatementStructures[] = [];

  // The parts per-integration rules shape: the parameters, and the body in its default media type
  // when that is an object of fields.
  const body = operation.parts.body?.media?.[0];
  const ruled = PART_NAMES.filter((part) => operation.parts[part] && (part !== 'body' || hasFields(body!)));
  for (const part of ruled) {
    const rules = `${typeName}${PART_TYPE[part]}Rules`;
    const shape = part === 'body' ? fieldsShape(body!, requestBodyOf(operation)) : shapeOf(operation, part);
    statements.push(
      {
        kind: StructureKind.TypeAlias,
        name: rules,
        typeParameters: anyName,
        docs: docs(`The ${PART_DOCS[part]} of \`${operationId}\` for the one integration \`I\`, as its required and its optional keys.`),
        type: verbatim(generic('RequestPart', `Table['parts'][${stringLiteral(part)}]`, shape, 'I')),
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
  for (const part of ruled) {
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
  for (const part of PART_NAMES.filter((name) => operation.parts[name])) {
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${typeName}${PART_TYPE[part]}`,
      typeParameters: oneOrAll,
      docs: docs(
        ruled.includes(part)
          ? `The ${PART_DOCS[part]} of \`${operationId}\` for integration \`I\` (one type per member of a union): exactly the keys \`I\` supports, required where \`I\` requires them.`
          : `The ${PART_DOCS[part]} of \`${operationId}\`, sent as \`${body!.type}\`: the same for every integration.`,
      ),
      type: ruled.includes(part) ? `${partAny(operation, part)}<I>` : mediaBodyType(body!, requestBodyOf(operation)),
    });
  }
  const other = choices(operation)?.slice(1);
  if (other) statements.push(...contentTypeStatements(operation, other, verbatim));
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}Response`,
    typeParameters: oneOrAll,
    docs: docs(responseDocs(operation, `for integration \`I\`: the fields \`I\` returns`)),
    type: operation.response?.kind === 'json' ? verbatim(generic('ResponsePart', `Table['response']`, shapeOf(operation, 'response'), 'I')) : (nonJsonResponseType(operation) ?? 'void'),
  });
  const slots = parameterSlots(operation);
  for (const part of PARAMETER_PARTS.filter((name) => slots[name] === 'some')) {
    statements.push({
      kind: StructureKind.TypeAlias,
      name: requiredBy(operation, part),
      docs: docs(`The integrations that require something in the ${part} of \`${operationId}\`: the others may leave it out.`),
      type: verbatim(literalUnion(partRequirers(operation, part))),
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
    type: verbatim(`{\n  [I in K]: ${indentAfterFirstLine(requestMember(operation, slots, ruled), '  ')};\n}`),
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

/** The doc comment of a response type: what it holds, by how the answer is read. */
function responseDocs(operation: OperationModel, json: string): string {
  const { operationId } = operation;
  switch (operation.response?.kind) {
    case undefined:
      return `\`${operationId}\` answers without a body.`;
    case 'json':
      return `The response of \`${operationId}\`${json === '' ? '' : ` ${json}`}.`;
    case 'binary':
      return `The response of \`${operationId}\`: its \`${operation.response.mediaType}\` body, as a \`Blob\`.`;
    case 'any':
      return `The response of \`${operationId}\`, whose media type the spec leaves open: parsed when the answer is JSON, text when it is text, else a \`Blob\`.`;
    default:
      return `The response of \`${operationId}\`: its \`${operation.response!.mediaType}\` body, as text.`;
  }
}

/**
 * `XContentType` (every media type the body may be sent as) and `XBodies` (the body's type in each
 * but the default, whose type is `XBody`), for an operation that takes several.
 */
function contentTypeStatements(operation: OperationModel, other: MediaModel[], verbatim: Verbatim): StatementStructures[] {
  const { typeName, operationId } = operation;
  const media = choices(operation)!;
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${typeName}ContentType`,
      docs: docs(`The media types \`${operationId}\` can send its body as: a request's \`contentType\`, \`${media[0]!.type}\` when left out.`),
      type: verbatim(literalUnion(media.map((m) => m.type))),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${typeName}Bodies`,
      docs: docs(`The request body of \`${operationId}\` in each media type but the default (\`${media[0]!.type}\`, \`${typeName}Body\`).`),
      type: verbatim(`{\n${other.map((m) => `  ${stringLiteral(m.type)}: ${mediaBodyType(m, requestBodyOf(operation))};`).join('\n')}\n}`),
    },
  ];
}

/** The local type of one part for a single integration: `UpdateUserPathOf<I>`. */
function partOf(operation: OperationModel, part: PartName): string {
  return `${operation.typeName}${PART_TYPE[part]}Of`;
}

/** The local type of one part for any `I`: `UpdateUserPathAny<I>`, which the exported `UpdateUserPath<I>` is. */
function partAny(operation: OperationModel, part: PartName): string {
  return `${operation.typeName}${PART_TYPE[part]}Any`;
}

/** `UpdateUserQueryRequiredBy`: the integrations that require something in that part. */
function requiredBy(operation: OperationModel, part: PartName): string {
  return `${operation.typeName}${PART_TYPE[part]}RequiredBy`;
}

type Slot = 'all' | 'none' | 'some';

/**
 * Per parameter part (but `path`, always required): whether it may be left out: never (`all`
 * integrations require something in it), always (`none`) or for `some`.
 */
function parameterSlots(operation: OperationModel): Partial<Record<PartName, Slot>> {
  const slots: Partial<Record<PartName, Slot>> = {};
  for (const part of PARAMETER_PARTS) {
    if (!operation.parts[part] || part === 'path') continue;
    const requirers = partRequirers(operation, part).length;
    slots[part] = requirers === 0 ? 'none' : requirers === (operation.integrations ?? []).length ? 'all' : 'some';
  }
  return slots;
}

function partRequirers(operation: OperationModel, part: PartName): string[] {
  return (operation.integrations ?? []).filter((slug) => (operation.support.get(slug)?.parts[part]?.required.length ?? 0) > 0);
}

/**
 * The request for one integration `I`: `{ integration: I; path: UpdateUserPathAny<NoInfer<I>>; ... }`.
 * A parameter part may be left out where nothing in it is required for `I`; where that depends on
 * `I`, the member is one of two objects, chosen by a condition that does not narrow `I`. Where the
 * body may be sent in several media types, each is one more object, `contentType` naming it.
 */
function requestMember(operation: OperationModel, slots: Partial<Record<PartName, Slot>>, ruled: PartName[]): string {
  const part = (name: PartName) => `${partAny(operation, name)}<NoInfer<I>>`;
  const objects = (optional: Partial<Record<PartName, boolean>>) => {
    const members = ['integration: I;'];
    for (const name of PARAMETER_PARTS) {
      if (operation.parts[name]) members.push(`${name}${optional[name] ? '?' : ''}: ${part(name)};`);
    }
    const body = operation.parts.body;
    if (!body) return objectText(members);
    const mark = body.required ? '' : '?';
    const defaultBody = ruled.includes('body') ? `${part('body')}${body.media![0]!.kind === 'any' ? ' | RawBody' : ''}` : `${operation.typeName}Body`;
    const media = choices(operation);
    if (!media) return objectText([...members, `body${mark}: ${defaultBody};`]);
    return media
      .map((m, index) =>
        objectText([
          ...members,
          `contentType${index === 0 ? '?' : ''}: ${stringLiteral(m.type)};`,
          `body${mark}: ${index === 0 ? defaultBody : `${operation.typeName}Bodies[${stringLiteral(m.type)}]`};`,
        ]),
      )
      .join(' | ');
  };
  const some = PARAMETER_PARTS.filter((name) => slots[name] === 'some');
  const choose = (rest: PartName[], optional: Partial<Record<PartName, boolean>>): string => {
    if (rest.length === 0) return objects(optional);
    const [first, ...others] = rest;
    const required = choose(others, { ...optional, [first!]: false });
    const left = choose(others, { ...optional, [first!]: true });
    return `IsOneOf<I, ${requiredBy(operation, first!)}> extends true\n  ? ${indentAfterFirstLine(required, '    ')}\n  : ${indentAfterFirstLine(left, '    ')}`;
  };
  const optional = Object.fromEntries(PARAMETER_PARTS.map((name) => [name, slots[name] === 'none'])) as Partial<Record<PartName, boolean>>;
  return choose(some, optional);
}

function objectText(members: string[]): string {
  return `{\n${members.map((member) => `  ${member}`).join('\n')}\n}`;
}

function indentAfterFirstLine(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** `Name<A, B, C>`, one argument per line when it would not fit on one. */
function generic(name: string, ...args: string[]): string {
  const inline = `${name}<${args.join(', ')}>`;
  return inline.length <= 60 ? inline : `${name}<\n${args.map((arg) => `  ${arg}`).join(',\n')}\n>`;
}

function plainTypes(operation: OperationModel, verbatim: Verbatim): StatementStructures[] {
  const { typeName, operationId } = operation;
  const statements: StatementStructures[] = [];
  for (const part of PARAMETER_PARTS) {
    if (!operation.parts[part]) continue;
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${typeName}${PART_TYPE[part]}`,
      docs: docs(`The ${PART_DOCS[part]} of \`${operationId}\`.`),
      type: shapeOf(operation, part),
    });
  }
  const body = operation.parts.body;
  const media = choices(operation);
  if (body) {
    const first = body.media![0]!;
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${typeName}Body`,
      docs: docs(media ? `The request body of \`${operationId}\` as \`${first.type}\`, its default media type.` : `The request body of \`${operationId}\`.`),
      type: mediaBodyType(first, requestBodyOf(operation)),
    });
    if (media) statements.push(...contentTypeStatements(operation, media.slice(1), verbatim));
  }
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}Response`,
    docs: docs(responseDocs(operation, '')),
    type: operation.response?.kind === 'json' ? shapeOf(operation, 'response') : (nonJsonResponseType(operation) ?? 'void'),
  });
  const members: string[] = [];
  if (operation.parts.path) members.push(`path: ${typeName}Path`);
  for (const part of ['query', 'header', 'cookie'] as const) {
    const parameters = operation.parts[part];
    if (parameters) members.push(`${part}${parameters.required ? '' : '?'}: ${typeName}${PART_TYPE[part]}`);
  }
  const mark = body?.required ? '' : '?';
  let request: string;
  if (!body) request = objectType(members, '');
  else if (!media) request = objectType([...members, `body${mark}: ${typeName}Body`], '');
  else {
    request = media
      .map((m, index) => {
        const bodyType = index === 0 ? `${typeName}Body` : `${typeName}Bodies[${stringLiteral(m.type)}]`;
        const fields = [...members, `contentType${index === 0 ? '?' : ''}: ${stringLiteral(m.type)}`, `body${mark}: ${bodyType}`];
        return `\n  | ${objectType(fields, '    ')}`;
      })
      .join('');
  }
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${typeName}Request`,
    docs: docs(media ? `A \`${operationId}\` request: its body in one of the media types the operation takes, which \`contentType\` names.` : `A \`${operationId}\` request.`),
    type: verbatim(request),
  });
  return statements;
}

/** An object type as a formatter lays it out: on one line when it fits, else a member per line. */
function objectType(members: string[], indent: string): string {
  if (members.length === 0) return '{}';
  const inline = `{ ${members.join('; ')} }`;
  return indent.length + inline.length <= 96 ? inline : `{\n${members.map((member) => `${indent}  ${member};`).join('\n')}\n${indent}}`;
}
