/**
 * npm run generate [-- --spec FILE] [--out DIR] [--name NAME] [--strict] [--check | --watch]
 *                  [--package-version SEMVER] [--license SPDX] [--repository URL]
 * npm run bundle   [-- --spec FILE] [--out FILE]
 * npm run lint     [-- FILE...] [--config FILE] [--format FORMAT]
 * Each takes --allow-ref-root DIR (repeatable) and --allow-remote-refs (README, Trust model).
 */
import { watch } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GeneratorError } from './errors.js';
import { lintCommand } from './lint/lint-command.js';
import { bundleSpec } from './load/bundle-spec.js';
import { ConfinedResolver, type RefPolicy } from './load/confined-resolver.js';
import { checkOutput, generateToDisk, type GenerateOptions } from './pipeline.js';
import { writeFileAtomic } from './write/output.js';

const DEFAULT_SPEC = 'spec/openapi.yaml';
const DEFAULT_OUT = 'generated';

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: 'string', default: DEFAULT_SPEC },
      out: { type: 'string' },
      name: { type: 'string' },
      strict: { type: 'boolean', default: false },
      // The generated package's metadata, over what the spec says (see generator/emit/package-metadata.ts).
      'package-version': { type: 'string' },
      license: { type: 'string' },
      repository: { type: 'string' },
      check: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      'allow-ref-root': { type: 'string', multiple: true, default: [] },
      'allow-remote-refs': { type: 'boolean', default: false },
      config: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: generate [--spec FILE] [--out DIR] [--name NAME] [--strict] [--check | --watch]\n' +
        '                [--package-version SEMVER] [--license SPDX] [--repository URL]\n' +
        '       generate bundle [--spec FILE] [--out FILE]\n' +
        '       generate lint [FILE...] [--config FILE] [--format codeframe|stylish|json|...]\n' +
        '  every command: [--allow-ref-root DIR]... [--allow-remote-refs]',
    );
    return 0;
  }
  const command = positionals[0] ?? 'generate';
  const refPolicy: RefPolicy = { allowRefRoots: values['allow-ref-root'], allowRemoteRefs: values['allow-remote-refs'] };

  if (command === 'lint') {
    return lintCommand({ files: positionals.slice(1), configPath: values.config, format: values.format, refPolicy });
  }
  if (command === 'bundle') {
    const out = values.out ?? join(DEFAULT_OUT, 'openapi.json');
    const { text } = await bundleSpec(values.spec, new ConfinedResolver(values.spec, refPolicy));
    writeFileAtomic(out, text);
    console.log(`Bundled ${values.spec} into ${out}`);
    return 0;
  }
  if (command !== 'generate') throw new GeneratorError(`Unknown command "${command}" (expected generate, bundle or lint)`);

  const options: GenerateOptions = {
    specPath: values.spec,
    outDir: values.out ?? DEFAULT_OUT,
    packageName: values.name,
    refPolicy,
    strict: values.strict,
    metadata: { packageVersion: values['package-version'], license: values.license, repository: values.repository },
  };
  if (values.check) return check(options);
  await generateOnce(options);
  if (values.watch) watchSpec(options);
  return 0;
}

async function generateOnce(options: GenerateOptions): Promise<void> {
  const started = performance.now();
  const { model, files, warnings } = await generateToDisk(options);
  if (warnings) console.error(warnings.text);
  const ms = Math.round(performance.now() - started);
  console.log(
    `Generated ${options.outDir}/ from ${options.specPath}: ${model.operations.length} operations, ` +
      `${model.integrations.length} integrations, ${files.size} files (${ms} ms)`,
  );
}

async function check(options: GenerateOptions): Promise<number> {
  const report = await checkOutput(options);
  if (report.warnings) console.error(report.warnings.text);
  const stale = [
    ...report.changed.map((file) => `changed: ${options.outDir}/${file}`),
    ...report.missing.map((file) => `missing: ${options.outDir}/${file}`),
    ...report.extra.map((file) => `not generated: ${options.outDir}/${file}`),
  ];
  if (stale.length === 0) {
    console.log(`${options.outDir}/ is what ${options.specPath} produces.`);
    return 0;
  }
  console.error(`${options.outDir}/ is stale; run npm run generate. ${stale.length} file(s) differ:\n${stale.map((l) => `  ${l}`).join('\n')}`);
  return 1;
}

/** Regenerates on every change under the spec's folder; a failed run is reported and the old output kept. */
function watchSpec(options: GenerateOptions): void {
  const folder = dirname(options.specPath);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  console.log(`Watching ${folder}/ for changes (Ctrl-C to stop)`);
  const output = resolve(options.outDir);
  watch(folder, { recursive: true }, (_event, file) => {
    // The output may live under the spec's folder: its own writes must not trigger another run.
    const changed = file ? resolve(folder, file.toString()) : '';
    if (changed.startsWith(output) || changed.includes(`.${basename(output)}.`)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => generateOnce(options).catch((error: unknown) => console.error(formatError(error))));
    }, 150);
  });
}

function formatError(error: unknown): string {
  return error instanceof GeneratorError ? `error: ${error.message}` : String((error as Error)?.stack ?? error);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(formatError(error));
    process.exitCode = error instanceof GeneratorError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  },
);
