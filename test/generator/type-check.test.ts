/**
 * Generation transpiles each module on its own (fast at hundreds of integrations) and so never
 * type-checks the package it writes. Here every package the tests generate is checked as a whole:
 * the shipped one, a spec without integrations, one with open bodies and a hostile one.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
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
