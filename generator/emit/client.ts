import {
  StructureKind,
  VariableDeclarationKind,
  type ImportDeclarationStructure,
  type MethodSignatureStructure,
  type OptionalKind,
  type SourceFileStructure,
  type StatementStructures,
} from 'ts-morph';
import type { ApiModel, OperationModel } from '../model/types.js';
import { authStatements, credentialWords } from './client-auth.js';
import { docs } from './docs.js';
import { memberName, propertyName, stringLiteral } from './literal.js';
import { operationModule, tableName } from './operation.js';
import type { Verbatim } from './verbatim.js';

/** The query parameter that `forIntegration` fills in from its `integratedAccountId` option. */
export const INTEGRATED_ACCOUNT_PARAMETER = 'integrated_account_id';

/**
 * `client.ts`: the `Client` interface (one method per operation, `forIntegration`, `raw`) and
 * `createClient`, whose methods are one line each: the runtime core does the work from the tables.
 */
export function emitClient(model: ApiModel, verbatim: Verbatim): SourceFileStructure {
  const aware = model.integrations.length > 0;
  const statements: StatementStructures[] = [
    ...imports(model, aware),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: docs('Every operation\'s table, by client method name.'),
      declarations: [
        {
          name: 'operations',
          // Named, so that the declaration file refers to each table instead of repeating it.
          type: verbatim(`{\n${model.operations.map((op) => `  ${propertyName(op.methodName)}: typeof ${tableName(op)};`).join('\n')}\n}`),
          initializer: verbatim(`{\n${model.operations.map((op) => `  ${propertyName(op.methodName)}: ${tableName(op)},`).join('\n')}\n}`),
        },
      ],
    },
  ];
  statements.push(...authStatements(model, verbatim));
  if (aware) statements.push(...integrationClientTypes(model));
  statements.push(clientInterface(model, aware), createClientFunction(model, aware, verbatim));
  return { kind: StructureKind.SourceFile, statements };
}

function imports(model: ApiModel, aware: boolean): ImportDeclarationStructure[] {
  const list: ImportDeclarationStructure[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: 'openapi-fetch', namedImports: [{ name: 'Client', alias: 'FetchClient' }, 'Middleware'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './paths.js', namedImports: ['paths'] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      namedImports: ['createCore', ...['ApiPromise', 'ConnectionOptions', 'Core', 'RequestOptions', 'Security'].map((name) => ({ name, isTypeOnly: true }))],
    },
  ];
  if (aware) {
    list.push(
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/types.js', namedImports: ['BoundRequest', 'OperationsOf'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './integrations.js', namedImports: ['integrations', { name: 'Integration', isTypeOnly: true }] },
    );
  }
  for (const op of model.operations) {
    const typeNames = aware ? ['Argument', 'Integration', 'RequestFor', 'Response'] : ['Request', 'Response'];
    list.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `./${operationModule(op)}.js`,
      namedImports: [tableName(op), ...typeNames.map((suffix) => ({ name: `${op.typeName}${suffix}`, isTypeOnly: true }))],
    });
  }
  return list;
}

function methodDocs(op: OperationModel) {
  const deprecated = op.deprecated ? '@deprecated' : undefined;
  return docs(op.summary, op.description, `\`${op.method.toUpperCase()} ${op.route}\``, deprecated);
}

/** Every method's second parameter: the call's own signal, headers, timeout and retries. */
const OPTIONS_PARAMETER = { name: 'options', type: 'RequestOptions', hasQuestionToken: true };

/** Whether a plain (integration-unaware) request may be left out entirely. */
function requestOptional(op: OperationModel): boolean {
  return !op.parts.path && !op.parts.query?.required && !op.parts.body?.required;
}

function operationMethod(op: OperationModel, aware: boolean): OptionalKind<MethodSignatureStructure> {
  if (!aware) {
    return {
      name: memberName(op.methodName),
      docs: methodDocs(op),
      parameters: [{ name: 'request', type: `${op.typeName}Request`, hasQuestionToken: requestOptional(op) }, OPTIONS_PARAMETER],
      returnType: `ApiPromise<${op.typeName}Response>`,
    };
  }
  // `I` is any string, not only the operation's integrations: while `integration` is being typed (or
  // is wrong), `I` is what it says and the argument type asks for an integration and nothing more,
  // where a constraint would make TypeScript weigh the request against every integration's.
  return {
    name: memberName(op.methodName),
    docs: methodDocs(op),
    typeParameters: [{ name: 'I', constraint: 'string' }],
    parameters: [{ name: 'request', type: `${op.typeName}Argument<I>` }, OPTIONS_PARAMETER],
    returnType: `ApiPromise<${op.typeName}Response<Extract<I, ${op.typeName}Integration>>>`,
  };
}

function integrationClientTypes(model: ApiModel): StatementStructures[] {
  return [
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'IntegrationMethods',
      typeParameters: [{ name: 'I', constraint: 'Integration' }],
      docs: docs(
        `Every operation as one integration calls it${usesIntegratedAccount(model) ? `: \`${INTEGRATED_ACCOUNT_PARAMETER}\` is filled in` : ''}. \`IntegrationClient<I>\` keeps the ones \`I\` supports.`,
      ),
      methods: model.operations.map((op) => {
        const forI = `Extract<I, ${op.typeName}Integration>`;
        return {
          name: memberName(op.methodName),
          docs: methodDocs(op),
          parameters: [{ name: 'request', type: `BoundRequest<${op.typeName}RequestFor<${forI}>>` }, OPTIONS_PARAMETER],
          returnType: `ApiPromise<${op.typeName}Response<${forI}>>`,
        };
      }),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'IntegrationClient',
      typeParameters: [{ name: 'I', constraint: 'Integration' }],
      docs: docs('The client of one integration: only the operations it supports.'),
      type: 'Pick<IntegrationMethods<I>, OperationsOf<typeof operations, I>>',
    },
  ];
}

function usesIntegratedAccount(model: ApiModel): boolean {
  return model.operations.some((op) => op.parts.query?.fields.some((field) => field.name === INTEGRATED_ACCOUNT_PARAMETER));
}

function clientInterface(model: ApiModel, aware: boolean): StatementStructures {
  const methods = model.operations.map((op) => operationMethod(op, aware));
  if (aware) {
    const bindsAccount = usesIntegratedAccount(model);
    methods.push({
      name: 'forIntegration',
      docs: docs(
        `The operations of one integration, with \`integration\`${bindsAccount ? ` and \`${INTEGRATED_ACCOUNT_PARAMETER}\`` : ''} filled in. Operations the integration does not support are not there.`,
      ),
      typeParameters: [{ name: 'I', constraint: 'Integration' }],
      parameters: [
        { name: 'integration', type: 'I' },
        ...(bindsAccount ? [{ name: 'options', type: '{ integratedAccountId: string }' }] : []),
      ],
      returnType: 'IntegrationClient<I>',
    });
  }
  methods.push(
    {
      name: 'use',
      docs: docs(
        "Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) to every call: each method's, those of the clients `forIntegration` gives, and `raw`'s. `onRequest` sees each call once, before retries.",
      ),
      parameters: [{ name: 'middleware', type: 'Middleware[]', isRestParameter: true }],
      returnType: 'void',
    },
    {
      name: 'eject',
      docs: docs('Removes middleware that `use` added.'),
      parameters: [{ name: 'middleware', type: 'Middleware[]', isRestParameter: true }],
      returnType: 'void',
    },
  );
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: 'Client',
    docs: docs(`A typed client for ${model.title}.`),
    methods,
    properties: [
      {
        name: 'raw',
        isReadonly: true,
        docs: docs("The openapi-fetch client over the spec's `paths`, for anything the typed methods do not cover."),
        type: 'FetchClient<paths>',
      },
    ],
  };
}

function createClientFunction(model: ApiModel, aware: boolean, verbatim: Verbatim): StatementStructures {
  const lines = model.operations.map((op) => {
    const request = !aware && requestOptional(op) ? 'request ?? {}' : 'request';
    return `  ${propertyName(op.methodName)}: (request, options) => core.send(${stringLiteral(op.methodName)}, ${request}, options),`;
  });
  if (aware) {
    lines.push(
      usesIntegratedAccount(model)
        ? '  forIntegration: (integration, { integratedAccountId }) => core.bind(integration, { integratedAccountId }),'
        : '  forIntegration: (integration) => core.bind(integration, {}),',
    );
  }
  lines.push('  use: core.use,', '  eject: core.eject,', '  raw: core.raw,');
  const api = aware ? '{ integrations: Object.keys(integrations), security }' : '{ security }';
  const server = model.serverUrl && /^https?:\/\//i.test(model.serverUrl) ? model.serverUrl : undefined;
  const coreOptions = server ? `{ ...options, baseUrl: options.baseUrl ?? ${stringLiteral(server)} }` : 'options';
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: 'createClient',
    docs: docs(
      `Creates a client. Every request is checked against ${aware ? "its integration's rules" : 'the spec'} before it is sent (unless \`validate: false\`); failures throw \`RequestValidationError\`, non-2xx answers \`ApiError\`. Options it cannot honour (a \`maxRetries\` of \`Infinity\`, ${credentialWords(model).a} with a line break) throw a \`TypeError\`.`,
    ),
    parameters: [{ name: 'options', type: 'ClientOptions' }],
    returnType: 'Client',
    // Code as JavaScript, its one type stated apart: the build prints the module's JavaScript from
    // this structure (module-forms.ts). `createCore` infers `paths` from the declared type.
    statements: [
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: 'core', type: 'Core<paths>', initializer: `createCore(${coreOptions}, operations, ${api})` }],
      },
      verbatim(`return {\n${lines.join('\n')}\n};`),
    ],
  };
}
