/**
 * npm run diff -- [<base>] [<head>] [--json] [--fail-on-breaking] [--check-version]
 *
 * Each input is a spec file or `git:<ref>` (the project's spec/openapi.yaml at that ref;
 * `git:<ref>:<file>` for another root file). With no input: `git:HEAD` against the working tree's
 * spec. With one: a `git:` ref is the base and the working tree's spec the head (the pull request
 * check, `npm run diff -- git:origin/main`); a file is the head and `git:HEAD` the base.
 *
 * Exit codes: 0; 1 when --fail-on-breaking finds a breaking change or --check-version finds the
 * head's info.version too low; 2 when an input cannot be read (what and where on stderr).
 */
import { parseArgs } from 'node:util';
import { GeneratorError } from '../generator/errors.js';
import { runCommand } from '../generator/run-command.js';
import { compareSpecs, DEFAULT_SPEC, jsonReport } from './compare-specs.js';
import { markdownReport } from './markdown.js';
import { checkVersion } from './semver.js';

const USAGE = 'usage: npm run diff -- [<base>] [<head>] [--json] [--fail-on-breaking] [--check-version]';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'fail-on-breaking': { type: 'boolean', default: false },
      'check-version': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 2) throw new GeneratorError(`expected at most two inputs, got ${positionals.length}\n${USAGE}`);
  const [base, head] = inputs(positionals);

  const result = await compareSpecs(base, head);
  const version = values['check-version']
    ? checkVersion(result.base.version, result.head.version, result.semver, { base, head })
    : undefined;
  process.stdout.write(values.json ? JSON.stringify(jsonReport(result), null, 2) + '\n' : markdownReport({ ...result, version }));

  let code = 0;
  const breaking = result.changes.filter((change) => change.breaking);
  if (values['fail-on-breaking'] && breaking.length > 0) {
    const integrations = new Set(breaking.map((change) => change.integration)).size;
    console.error(`diff: ${breaking.length} breaking change(s) for ${integrations} integration(s) (--fail-on-breaking)`);
    code = 1;
  }
  if (version && !version.ok) {
    console.error(`diff: info.version is ${result.head.version}; the changes need a ${result.semver} bump from ${result.base.version}: at least ${version.needed} (--check-version)`);
    code = 1;
  }
  return code;
}

function inputs(positionals: string[]): [string, string] {
  if (positionals.length === 2) return [positionals[0]!, positionals[1]!];
  if (positionals.length === 1) return positionals[0]!.startsWith('git:') ? [positionals[0]!, DEFAULT_SPEC] : ['git:HEAD', positionals[0]!];
  return ['git:HEAD', DEFAULT_SPEC];
}

runCommand(main);
