/**
 * npm run openapi -- --integration <slug> [--out FILE] [--spec FILE]
 *
 * Writes one integration's own OpenAPI document (CONTRACT.md section 7): to FILE when given
 * (atomically: a failed run leaves it as it was), else to standard output.
 */
import { parseArgs } from 'node:util';
import { GeneratorError } from '../generator/errors.js';
import { loadSpec } from '../generator/load-spec.js';
import { runCommand } from '../generator/run-command.js';
import { writeFileAtomic } from '../generator/write/output.js';
import { documentText, integrationDocument } from './integration-document.js';

const USAGE = 'usage: npm run openapi -- --integration <slug> [--out FILE] [--spec spec/openapi.yaml]';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      integration: { type: 'string' },
      out: { type: 'string' },
      spec: { type: 'string', default: 'spec/openapi.yaml' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.integration) throw new GeneratorError(`--integration is required\n${USAGE}`);
  const { document, model } = await loadSpec(values.spec);
  const text = documentText(integrationDocument(document, model, values.integration));
  if (values.out) {
    writeFileAtomic(values.out, text);
    console.error(`Wrote ${values.integration}'s OpenAPI document to ${values.out}`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

runCommand(main);
