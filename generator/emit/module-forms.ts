import {
  StructureKind,
  type ExportDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type SourceFileStructure,
  type StatementStructures,
  type VariableStatementStructure,
} from 'ts-morph';

/**
 * A module's build output, derived from the structure its source is printed from: its declarations
 * (`.d.ts`) and its JavaScript (ESM; the build derives CommonJS from that text). For the client
 * (one documented method per operation: 660 KB of source on GitHub's spec) TypeScript's transpiles,
 * one per output, took 1 to 2.5 s of a run, to work out what the structure already says: every
 * type is in a field of its own (`type`, `returnType`, a parameter's `type`), so the declarations
 * are the structure without bodies and initializers, and the JavaScript is the structure without
 * types.
 *
 * That holds because the emitters write code (initializers, function bodies) as JavaScript and put
 * every type in those fields. A module whose structure holds anything these forms cannot follow (a
 * class, a statement given as text, a default import, an export without a stated type, a writer
 * function) gets `undefined`, and the build transpiles its source as before.
 * test/generator/type-check.test.ts holds both forms to what TypeScript makes of the source.
 */
export interface ModuleForms {
  declarations: SourceFileStructure;
  javascript: SourceFileStructure;
}

export function moduleForms(source: SourceFileStructure): ModuleForms | undefined {
  const statements = source.statements;
  if (!Array.isArray(statements)) return undefined;
  const declarations: (StatementStructures | string)[] = [];
  const javascript: StatementStructures[] = [];
  let local = false;
  for (const statement of statements) {
    if (typeof statement !== 'object' || !('kind' in statement)) return undefined;
    switch (statement.kind) {
      case StructureKind.ImportDeclaration: {
        const imported = valueImport(statement);
        if (imported === undefined) return undefined;
        declarations.push(statement);
        if (imported) javascript.push(imported);
        break;
      }
      case StructureKind.ExportDeclaration: {
        const exported = valueExport(statement);
        if (exported === undefined) return undefined;
        declarations.push(statement);
        if (exported) javascript.push(exported);
        break;
      }
      case StructureKind.Interface:
      case StructureKind.TypeAlias:
        if (statement.isDefaultExport) return undefined;
        local ||= !statement.isExported;
        declarations.push(statement);
        break;
      case StructureKind.VariableStatement: {
        if (statement.isDefaultExport || statement.hasDeclareKeyword) return undefined;
        if (statement.declarations.some((declaration) => !declaration.type || typeof declaration.type !== 'string')) return undefined;
        local ||= !statement.isExported;
        declarations.push({
          ...statement,
          hasDeclareKeyword: true,
          declarations: statement.declarations.map(({ name, type }) => ({ name, type })),
        });
        javascript.push(untypedVariables(statement));
        break;
      }
      case StructureKind.Function: {
        const forms = functionForms(statement);
        if (!forms) return undefined;
        local ||= !statement.isExported;
        declarations.push(forms.declaration);
        javascript.push(forms.javascript);
        break;
      }
      default:
        return undefined;
    }
  }
  // In a declaration file, a module's declarations are all exported unless it says `export {}`.
  if (local) declarations.push('export {};');
  return {
    declarations: { ...source, statements: declarations },
    javascript: { ...source, statements: javascript },
  };
}

/**
 * An import as JavaScript has it: without its type-only names, or nothing (`false`) when only types
 * were imported; `undefined` when it is not one these forms follow.
 */
function valueImport(statement: ImportDeclarationStructure): ImportDeclarationStructure | false | undefined {
  if (statement.isTypeOnly) return false;
  if (statement.defaultImport || statement.namespaceImport || statement.attributes) return undefined;
  const names = statement.namedImports;
  if (!Array.isArray(names) || names.length === 0) return undefined;
  const values = [];
  for (const name of names) {
    if (typeof name === 'function') return undefined;
    if (typeof name === 'string' || !name.isTypeOnly) values.push(name);
  }
  // A module imported for its types only is not imported at run time (it has no side effects to keep).
  return values.length > 0 && { ...statement, namedImports: values };
}

function valueExport(statement: ExportDeclarationStructure): ExportDeclarationStructure | false | undefined {
  if (statement.isTypeOnly) return false;
  if (statement.namespaceExport || statement.attributes || !statement.moduleSpecifier) return undefined;
  const names = statement.namedExports;
  if (!Array.isArray(names) || names.length === 0) return undefined;
  const values = [];
  for (const name of names) {
    if (typeof name === 'function') return undefined;
    if (typeof name === 'string' || !name.isTypeOnly) values.push(name);
  }
  return values.length > 0 && { ...statement, namedExports: values };
}

function untypedVariables(statement: VariableStatementStructure): VariableStatementStructure {
  return {
    ...statement,
    declarations: statement.declarations.map(({ name, initializer }) => ({ name, initializer })),
  };
}

/** A function as declared (no body) and as JavaScript (no types); `undefined` when not fully typed. */
function functionForms(
  statement: FunctionDeclarationStructure,
): { declaration: FunctionDeclarationStructure; javascript: FunctionDeclarationStructure } | undefined {
  if (statement.isDefaultExport || statement.hasDeclareKeyword || statement.overloads?.length || !statement.name) return undefined;
  if (typeof statement.returnType !== 'string' || !Array.isArray(statement.statements)) return undefined;
  const parameters = statement.parameters ?? [];
  if (parameters.some((parameter) => typeof parameter.type !== 'string' || parameter.decorators?.length || parameter.scope)) return undefined;
  const body = [];
  for (const inner of statement.statements) {
    if (typeof inner === 'string') body.push(inner);
    else if (typeof inner === 'object' && inner.kind === StructureKind.VariableStatement && !inner.hasDeclareKeyword) body.push(untypedVariables(inner));
    else return undefined;
  }
  return {
    declaration: {
      ...statement,
      hasDeclareKeyword: true,
      isAsync: false,
      isGenerator: false,
      parameters: parameters.map(declaredParameter),
      statements: undefined,
    },
    javascript: {
      ...statement,
      typeParameters: undefined,
      returnType: undefined,
      parameters: parameters.map(({ name, initializer, isRestParameter }) => ({ name, initializer, isRestParameter })),
      statements: body,
    },
  };
}

/** A parameter with a default value is optional to its callers. */
function declaredParameter(parameter: OptionalKind<ParameterDeclarationStructure>): OptionalKind<ParameterDeclarationStructure> {
  const { initializer, ...rest } = parameter;
  return initializer === undefined ? rest : { ...rest, hasQuestionToken: true };
}
