/**
 * Compiles every type fixture (test/fixtures/types/*.ts) in one TypeScript 5 program, with the
 * fixtures' own tsconfig, and reports what is wrong with each fixture:
 *
 * - any diagnostic (an unused `// @ts-expect-error` is one, so a rule the types fail to enforce shows
 *   up here);
 * - any `// @ts-expect-error` whose line would fail for another reason than the one it names. Each
 *   directive names, between backticks, a fragment of the message it expects
 *   (`` // @ts-expect-error `'timezone' does not exist` ``). To check it, the fixtures are compiled a
 *   second time with the directives switched off (same text length, so positions do not move).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const fixturesDir = fileURLToPath(new URL('../fixtures/types/', import.meta.url));
export const fixturesTsconfig = join(fixturesDir, 'tsconfig.json');
export const generatedDir = fileURLToPath(new URL('../../generated/', import.meta.url));

export interface CompiledFixtures {
  /** Fixture file name -> its problems, one line each (`file.ts:12 message`); empty when all is well. */
  problems: Map<string, string[]>;
  /** Diagnostics anywhere else: the tsconfig, the generated declarations, openapi-fetch's. */
  elsewhere: string[];
  /** Every file the program read (fixtures, the generated declarations, libraries). */
  files: string[];
}

export const DIRECTIVE = '@ts-expect-error';
export const DISARMED = '@ts-expect-errxr';

export function compileFixtures(): CompiledFixtures {
  const config = ts.getParsedCommandLineOfConfigFile(fixturesTsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`cannot read ${fixturesTsconfig}`);
  const { options, fileNames } = config;

  const host = ts.createCompilerHost(options, true);
  const program = ts.createProgram({ rootNames: fileNames, options, host });
  const diagnostics = [...config.errors, ...ts.getPreEmitDiagnostics(program)];

  // The same program with every directive switched off: what each directive's line fails with.
  const getSourceFile = host.getSourceFile.bind(host);
  const disarmedHost: ts.CompilerHost = {
    ...host,
    getSourceFile: (file, language, onError, create) =>
      fileNames.includes(file)
        ? ts.createSourceFile(file, readFileSync(file, 'utf8').replaceAll(DIRECTIVE, DISARMED), language, true)
        : getSourceFile(file, language, onError, create),
  };
  const disarmed = ts.createProgram({ rootNames: fileNames, options, host: disarmedHost, oldProgram: program });

  const problems = new Map<string, string[]>(fileNames.map((file) => [basename(file), []]));
  const elsewhere: string[] = [];
  const report = (file: string, line: number, message: string) => {
    if (fileNames.includes(file)) problems.get(basename(file))!.push(`${basename(file)}:${line} ${message}`);
    else elsewhere.push(`${relative(process.cwd(), file)}:${line} ${message}`);
  };
  for (const diagnostic of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) report(fixturesTsconfig, 0, message);
    else report(diagnostic.file.fileName, lineOf(diagnostic.file, diagnostic.start), message);
  }

  for (const file of fileNames) {
    const source = disarmed.getSourceFile(file)!;
    const failures = new Map<number, string[]>();
    for (const diagnostic of disarmed.getSemanticDiagnostics(source)) {
      const line = lineOf(source, diagnostic.start!);
      failures.set(line, [...(failures.get(line) ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')]);
    }
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (!text.trimStart().startsWith(`// ${DIRECTIVE}`)) return;
        const line = index + 1;
        const expected = expectedFragment(text);
        const actual = failures.get(line + 1) ?? [];
        if (expected === undefined) report(file, line, `${DIRECTIVE} names no expected message fragment in backticks`);
        else if (!actual.some((message) => message.includes(expected)))
          report(file, line, `expected an error containing ${JSON.stringify(expected)} on the next line, got: ${JSON.stringify(actual)}`);
      });
  }

  return { problems, elsewhere, files: program.getSourceFiles().map((file) => file.fileName) };
}

/** The message fragment a `// @ts-expect-error` line names between backticks. */
export function expectedFragment(directiveLine: string): string | undefined {
  return /`([^`]+)`/.exec(directiveLine)?.[1];
}

/** The fixture files, by name (the helpers included). */
export function fixtureNames(): string[] {
  return readdirSync(fixturesDir).filter((name) => name.endsWith('.ts')).sort();
}

function lineOf(file: ts.SourceFile, position: number): number {
  return file.getLineAndCharacterOfPosition(position).line + 1;
}
