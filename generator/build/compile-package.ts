import ts from 'typescript';
import { GeneratorError } from '../errors.js';
import { createBuildCache, type Built } from './build-cache.js';
import { declarationMap, declarationMappings, mappingComment, relocateMap } from './declaration-maps.js';

/**
 * Builds the package's `src/` into `dist/`, file by file, in memory, in two module formats:
 *
 * - `dist/`: ESM JavaScript and `.d.ts`, what `import` loads;
 * - `dist/cjs/`: CommonJS JavaScript and `.d.ts`, what `require` loads (Jest's default set-up, and
 *   Node versions that cannot `require` ESM). A `package.json` of `{ "type": "commonjs" }` there makes
 *   `.js` mean CommonJS, so both builds keep the same file names and import specifiers.
 *
 * Each `.d.ts` has its declaration map, so that go-to-definition lands in `src/`.
 *
 * Every generated module is written so that both outputs follow from its own text (explicit types on
 * exports, `as const` tables: TypeScript's `isolatedDeclarations`), which lets each file be
 * transpiled on its own instead of type-checking the whole package, the slow part of a build at the
 * scale of hundreds of integrations. The emitter prints the ESM output of `paths` and of the
 * operation modules itself; their CommonJS JavaScript is transpiled from that output, data only.
 * A syntax error here means the generator wrote something it failed to escape: the run stops before
 * anything is written. Whole-package type checks are the tests' job (test/generator).
 */
export function compilePackage(files: Map<string, string>): Map<string, string> {
  const output = new Map<string, string>([[`${CJS}/package.json`, '{\n  "type": "commonjs"\n}\n']]);
  const problems: string[] = [];
  const cache = createBuildCache([ts.version, JSON.stringify([ESM_OPTIONS, CJS_OPTIONS, DECLARATION_OPTIONS])]);
  const report = (path: string, diagnostics: readonly ts.Diagnostic[] | undefined) =>
    problems.push(...(diagnostics ?? []).map((diagnostic) => describe(path, diagnostic)));

  for (const [path, text] of files) {
    if (!path.startsWith('src/') || !path.endsWith('.ts')) continue;
    const module = path.slice('src/'.length, -'.ts'.length);
    const esm = `dist/${module}`;
    const cjs = `${CJS}/${module}`;
    const printed = files.get(`${esm}.js`);
    let declarations: string;
    let esmMap: string;
    let cjsMap: string;
    if (printed === undefined) {
      const built = transpile(path, text, report, cache);
      output.set(`${esm}.js`, built.js);
      output.set(`${cjs}.js`, built.cjs);
      declarations = withoutMappingComment(built.dts);
      esmMap = relocateMap(built.dtsMap, `${esm}.d.ts`, path);
      cjsMap = relocateMap(built.dtsMap, `${cjs}.d.ts`, path);
    } else {
      declarations = files.get(`${esm}.d.ts`)!;
      const mappings = declarationMappings(declarations, text);
      esmMap = declarationMap(`${esm}.d.ts`, path, mappings);
      cjsMap = declarationMap(`${cjs}.d.ts`, path, mappings);
      output.set(`${cjs}.js`, printedModuleAsCommonJs(printed) ?? commonJs(path, printed, report));
    }
    const mapped = `${declarations.replace(/\n*$/, '\n')}${mappingComment(`${esm}.d.ts`)}\n`;
    output.set(`${esm}.d.ts`, mapped);
    output.set(`${esm}.d.ts.map`, esmMap);
    output.set(`${cjs}.d.ts`, mapped);
    output.set(`${cjs}.d.ts.map`, cjsMap);
  }
  if (problems.length > 0) {
    throw new GeneratorError('The generated package does not compile (a generator bug; please report it with the spec):', problems.slice(0, 20));
  }
  return new Map([...output].sort(([a], [b]) => (a < b ? -1 : 1)));
}

type Report = (path: string, diagnostics: readonly ts.Diagnostic[] | undefined) => void;

/** The runtime (templates/runtime/) is the same in every package, and so is its build: kept between runs. */
const RUNTIME = /^src\/runtime\/[^/]+\.ts$/;

type BuildCache = ReturnType<typeof createBuildCache>;

/** A module's ESM, CommonJS and declarations (with their source map), from its source. */
function transpile(path: string, text: string, report: Report, cache: BuildCache): Built {
  const cached = RUNTIME.test(path) ? cache.get(path, text) : undefined;
  if (cached) return cached;
  const diagnostics: ts.Diagnostic[] = [];
  const js = ts.transpileModule(text, { compilerOptions: ESM_OPTIONS, fileName: path, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(text, { compilerOptions: DECLARATION_OPTIONS, fileName: path, reportDiagnostics: true });
  diagnostics.push(...(js.diagnostics ?? []), ...(dts.diagnostics ?? []));
  const built: Built = {
    js: js.outputText,
    cjs: commonJs(path, text, (_, found) => diagnostics.push(...(found ?? []))),
    dts: dts.outputText,
    dtsMap: dts.sourceMapText!,
  };
  report(path, diagnostics);
  if (RUNTIME.test(path) && diagnostics.length === 0) cache.set(path, text, built);
  return built;
}

function commonJs(path: string, javascript: string, report: Report): string {
  const result = ts.transpileModule(javascript, { compilerOptions: CJS_OPTIONS, fileName: path, reportDiagnostics: true });
  report(path, result.diagnostics);
  return result.outputText;
}

/** Where the CommonJS build goes. */
const CJS = 'dist/cjs';

const ESM_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  verbatimModuleSyntax: true,
  newLine: ts.NewLineKind.LineFeed,
};

const CJS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  // openapi-fetch's CommonJS build sets `__esModule`, so its default export is `exports.default`.
  esModuleInterop: true,
  newLine: ts.NewLineKind.LineFeed,
};

const DECLARATION_OPTIONS: ts.CompilerOptions = { ...ESM_OPTIONS, declaration: true, declarationMap: true, isolatedDeclarations: true };

/**
 * The CommonJS form of a module the emitter printed (module-forms.ts, the operation modules, `paths`),
 * written from its ESM text instead of parsing it: at GitHub's scale the client alone took TypeScript
 * half a second. Only column-0 lines start a statement in printed code (its strings hold no raw
 * newline), so its imports and exports are found by their first words:
 *
 * - `import { a, b as c } from 'x';` becomes `const { a, b: c } = require('x');`: the package's
 *   modules import one another without cycles, so each binding can be read once, at load;
 * - `export { a } from 'x';` becomes a getter on `exports` (the form Node's CommonJS lexer reads);
 * - `export const a` and `export function a` lose `export`, and `exports.a = a;` ends the module;
 * - `export {};` (a module of types only) goes.
 *
 * Anything else that starts with `import` or `export` (a default or namespace import, `export *`,
 * a class) gives `undefined`, and the module is transpiled instead.
 */
function printedModuleAsCommonJs(javascript: string): string | undefined {
  const exported: string[] = [];
  const modules = new Set<string>();
  let unknown = false;
  const body = javascript.replace(MODULE_STATEMENT, (statement: string) => {
    const reference = REFERENCE.exec(statement);
    if (reference) {
      const [, keyword, list, specifier] = reference;
      const names = list!.split(',').map((name) => name.trim()).filter(Boolean).map((name) => /^([\w$]+)(?: as ([\w$]+))?$/.exec(name));
      if (names.some((name) => !name)) {
        unknown = true;
        return statement;
      }
      const pairs = names.map((name) => [name![1]!, name![2] ?? name![1]!] as const);
      if (keyword === 'import') {
        return `const { ${pairs.map(([name, local]) => (name === local ? name : `${name}: ${local}`)).join(', ')} } = require(${specifier});`;
      }
      const module = moduleVariable(specifier!, modules);
      return [
        `const ${module} = require(${specifier});`,
        ...pairs.map(([name, as]) => `Object.defineProperty(exports, "${as}", { enumerable: true, get: function () { return ${module}.${name}; } });`),
      ].join('\n');
    }
    const declaration = DECLARATION.exec(statement);
    if (declaration) {
      exported.push(declaration[2]!);
      return declaration[1]!;
    }
    if (statement === 'export {};') return '';
    unknown = true;
    return statement;
  });
  if (unknown) return undefined;
  // After the header comment: the strict-mode directive must come before any statement.
  const header = /^(?:\/\/[^\n]*\n)*/.exec(body)![0];
  const rest = body.slice(header.length).replace(/\n*$/, '\n');
  const ending = exported.map((name) => `exports.${name} = ${name};\n`).join('');
  return `"use strict";\n${header}Object.defineProperty(exports, "__esModule", { value: true });\n${rest.trim() ? rest : ''}${ending}`;
}

/** A statement that starts with `import` or `export` at column 0: its first line, or its brace list and the line that ends it. */
const MODULE_STATEMENT = /^(?:import|export) \{[^}]*\}[^\n]*|^(?:import|export)\b[^\n]*/gm;
/** `import { ... } from 'x';` or `export { ... } from 'x';`, the list on one line or several. */
const REFERENCE = /^(import|export) \{([^}]*)\} from ('[^'\n]*'|"[^"\n]*");$/;
/** `export const a = ...` or `export function a(...)`: the statement without `export`, and the name. */
const DECLARATION = /^export ((?:const|let|(?:async )?function\*?) ([A-Za-z_$][\w$]*)\b[^]*)$/;

/** `./operations/createUser.js` -> `createUser_js_1`, as TypeScript names a module's binding. */
function moduleVariable(specifier: string, taken: Set<string>): string {
  const base = specifier.slice(1, -1).split('/').pop()!.replace(/[^\w$]/g, '_');
  let index = 1;
  while (taken.has(`${base}_${index}`)) index++;
  taken.add(`${base}_${index}`);
  return `${base}_${index}`;
}

/** `transpileDeclaration` ends its output with a mapping comment; the caller writes its own. */
function withoutMappingComment(text: string): string {
  return text.replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '\n');
}

function describe(path: string, diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return `${path}: ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${path}:${line + 1}:${character + 1} ${message}`;
}
