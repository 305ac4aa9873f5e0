/**
 * Generation transpiles each module on its own (fast at hundreds of integrations) and so never
 * type-checks the package it writes. Here every package the tests generate is checked as a whole:
 * the shipped one, a spec without integrations, one with open bodies and a hostile one.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/package.js';
import { loadSpec } from '../../generator/load-spec.js';
import { generateToDisk } from '../../generator/pipeline.js';
import { ROOT, scratchFolders, spec, typeCheckPackage } from './helpers.js';

const scratch = scratchFolders();

describe('the generated package type-checks as a whole', () => {
  it('for the shipped spec (generated/)', () => {
    expect(typeCheckPackage(join(ROOT, 'generated'))).toEqual([]);
  });

  it.each(['petstore.yaml', 'open-bodies.yaml', 'hostile.yaml', 'wire.yaml', 'wire-unified.yaml'])('for %s', async (name) => {
    const out = join(scratch('type-check'), 'out');
    await generateToDisk({ specPath: spec(name), outDir: out });

    expect(typeCheckPackage(out)).toEqual([]);
  });

  it('reports an ill-typed module with its file and line (the check can fail)', async () => {
    const out = join(scratch('type-check'), 'out');
    await generateToDisk({ specPath: spec('petstore.yaml'), outDir: out });
    appendFileSync(join(out, 'src/index.ts'), "export const broken: number = 'not a number';\n");

    expect(typeCheckPackage(out)).toEqual([expect.stringMatching(/^src\/index\.ts:\d+ Type 'string' is not assignable to type 'number'/)]);
  });
});

/**
 * Every exported name of a declaration file with the type TypeScript sees in it, fully written out.
 * Two declaration files that give the same list say the same thing to a consumer.
 */
function exportedTypes(declarationFile: string): Map<string, string> {
  const program = ts.createProgram([declarationFile], { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(declarationFile)!)!;
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias;
  return new Map(
    checker.getExportsOfModule(module).map((symbol) => {
      const declaration = symbol.declarations![0]!;
      const type = ts.isTypeAliasDeclaration(declaration) ? checker.getDeclaredTypeOfSymbol(symbol) : checker.getTypeOfSymbolAtLocation(symbol, declaration);
      return [symbol.name, checker.typeToString(type, undefined, flags)];
    }),
  );
}

describe("the operation modules' build output, printed by the emitter", () => {
  it.each(['spec/openapi.yaml', spec('petstore.yaml'), spec('hostile.yaml'), spec('wire-unified.yaml'), 'test/hostile/names-that-work/openapi.yaml'])(
    'declares what TypeScript infers from the source, and runs as the source does (%s)',
    async (specPath) => {
      const out = join(scratch('declarations'), 'out');
      await generateToDisk({ specPath, outDir: out });
      const modules = readdirSync(join(out, 'src/operations')).map((file) => file.replace(/\.ts$/, ''));
      expect(modules.length).toBeGreaterThan(0);
      for (const module of modules) {
        const source = readFileSync(join(out, 'src/operations', `${module}.ts`), 'utf8');
        // What `tsc` would have written: the reference the printed files are held to.
        const inferred = ts.transpileDeclaration(source, { compilerOptions: { declaration: true, isolatedDeclarations: true } }).outputText;
        const reference = join(out, 'dist/operations', `${module}.reference.d.ts`);
        writeFileSync(reference, inferred);

        expect(exportedTypes(join(out, 'dist/operations', `${module}.d.ts`)), module).toEqual(exportedTypes(reference));
        // The package's own target (PACKAGE_TSCONFIG): below ES2015, TypeScript turns a computed key into
        // an assignment, and `['__proto__']` would set the prototype again.
        const transpiled = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } }).outputText;
        const run = async (code: string) => JSON.stringify(await import(`data:text/javascript,${encodeURIComponent(code)}`));
        expect(await run(readFileSync(join(out, 'dist/operations', `${module}.js`), 'utf8')), module).toBe(await run(transpiled));
      }
    },
  );
});

/**
 * The client's and the index's build output is printed from their structures too
 * (generator/emit/module-forms.ts), and every printed module's CommonJS is written from its ESM text
 * (compile-package.ts), where TypeScript's transpiles of GitHub's client took seconds.
 */
describe("the client's and the index's build output, printed by the emitter", () => {
  it.each(['spec/openapi.yaml', spec('petstore.yaml'), spec('hostile.yaml'), spec('open-bodies.yaml'), 'test/hostile/names-that-work/openapi.yaml'])(
    'declares what TypeScript infers, runs the same statements, and exports the same from CommonJS (%s)',
    async (specPath) => {
      const out = join(scratch('printed-build'), 'out');
      await generateToDisk({ specPath, outDir: out });
      for (const module of ['client', 'index']) {
        const source = readFileSync(join(out, 'src', `${module}.ts`), 'utf8');
        const printed = readFileSync(join(out, 'dist', `${module}.js`), 'utf8');

        const reference = join(out, 'dist', `${module}.reference.d.ts`);
        writeFileSync(reference, ts.transpileDeclaration(source, { compilerOptions: { declaration: true, isolatedDeclarations: true } }).outputText);
        expect(exportedTypes(join(out, 'dist', `${module}.d.ts`)), module).toEqual(exportedTypes(reference));

        const transpiled = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } }).outputText;
        expect(statements(printed), module).toEqual(statements(transpiled));
      }
      const esm = (await import(pathToFileURL(join(out, 'dist/index.js')).href)) as Record<string, unknown>;
      const cjs = createRequire(import.meta.url)(join(out, 'dist/cjs/index.js')) as Record<string, unknown>;
      expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
      expect(JSON.stringify(cjs.operations)).toBe(JSON.stringify(esm.operations));
      const methods = (exports: Record<string, unknown>) => Object.keys((exports.createClient as (options: object) => object)({ token: 't', baseUrl: 'https://api.example.test' })).sort();
      expect(methods(cjs)).toEqual(methods(esm));
    },
  );

  it('are printed, not left to the transpiler', async () => {
    const { model, document, text } = await loadSpec('spec/openapi.yaml');
    const files = await emitPackage(model, document, text, { packageName: 'x', metadata: {} });

    for (const module of ['client', 'index']) {
      expect([`dist/${module}.js`, `dist/${module}.d.ts`].filter((path) => files.has(path))).toEqual([`dist/${module}.js`, `dist/${module}.d.ts`]);
    }
  });
});

/**
 * A JavaScript module's statements, as TypeScript prints them without comments: each import as its
 * module and the names it binds (a module imported for types only binds none and is left out).
 */
function statements(javascript: string): string[] {
  const file = ts.createSourceFile('module.js', javascript, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  return file.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) {
      const clause = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : statement.exportClause;
      const names = clause && (ts.isNamedImports(clause) || ts.isNamedExports(clause)) ? clause.elements.map((element) => element.getText(file)).sort() : [];
      const keyword = ts.isImportDeclaration(statement) ? 'import' : 'export';
      return names.length === 0 ? [] : [`${keyword} { ${names.join(', ')} } from ${statement.moduleSpecifier!.getText(file)}`];
    }
    return [printer.printNode(ts.EmitHint.Unspecified, statement, file)];
  });
}
