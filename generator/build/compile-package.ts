import ts from 'typescript';
import { GeneratorError } from '../errors.js';
import { createBuildCache, type Built } from './build-cache.js';
import { identityMap, mappingComment, nameMap, relocateMap } from './declaration-maps.js';

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
      const mapFor = (declarationPath: string) =>
        declarations === text ? identityMap(declarationPath, path, text.split('\n').length) : nameMap(declarationPath, declarations, path, text);
      esmMap = mapFor(`${esm}.d.ts`);
      cjsMap = mapFor(`${cjs}.d.ts`);
      output.set(`${cjs}.js`, dataModuleAsCommonJs(printed) ?? commonJs(path, printed, report));
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

/** A statement of a printed module: only column-0 lines start one (its strings hold no raw newline). */
const EXPORTED_CONST = /^export const ([A-Za-z_$][\w$]*) = /gm;

/**
 * The CommonJS form of a module the emitter printed, when it is data only: `export const` statements
 * (an operation's table) or `export {};` (types only), and no import. What `transpileModule` would
 * write, without parsing tables that are most of the package at scale. `undefined` for anything else.
 */
function dataModuleAsCommonJs(javascript: string): string | undefined {
  const statements = javascript.split('\n').filter((line) => /^(?:import|export)\b/.test(line));
  const names = [...javascript.matchAll(EXPORTED_CONST)].map((match) => match[1]!);
  const typesOnly = statements.length === 1 && statements[0] === 'export {};';
  if (!typesOnly && (names.length === 0 || names.length !== statements.length)) return undefined;
  const header = ['"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });'];
  if (typesOnly) return `${header.join('\n')}\n`;
  header.push(`${names.map((name) => `exports.${name}`).join(' = ')} = void 0;`);
  return `${header.join('\n')}\n${javascript.replace(EXPORTED_CONST, 'exports.$1 = ')}`;
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
