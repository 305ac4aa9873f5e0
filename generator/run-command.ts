import { GeneratorError } from './errors.js';

/**
 * Runs a command's `main` and sets the exit code: its own on success, 2 for input a user can fix
 * (a GeneratorError or a bad argument: the message alone, no stack trace), 1 for anything else
 * (a bug: with its stack).
 */
export function runCommand(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const isUsage = (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS') ?? false;
      if (error instanceof GeneratorError || isUsage) {
        console.error(`error: ${(error as Error).message}`);
        process.exitCode = 2;
      } else {
        console.error(String((error as Error)?.stack ?? error));
        process.exitCode = 1;
      }
    },
  );
}
