/**
 * `npm run docs`: the reference docs and the integration coverage pages, into `site/`.
 *
 *   tsx docs-build/build-docs.ts [--spec spec/openapi.yaml] [--out site]
 *
 * load -> validate -> model (as the generator does), then four jobs: decorate the bundled spec with
 * the integration facts, render it with Redocly (reference.html), render the coverage pages from
 * the model (coverage/, integrations/) and the index. The site is written all at once, so a failed
 * build leaves the previous one as it was. No timestamps: the same spec gives the same bytes.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { GeneratorError } from '../generator/errors.js';
import { bundleSpec } from '../generator/load/bundle-spec.js';
import { ConfinedResolver, type RefPolicy } from '../generator/load/confined-resolver.js';
import { buildModel } from '../generator/model/build-model.js';
import { validateSpec } from '../generator/validate/validate-spec.js';
import { assertReplaceable } from '../generator/write/out-folder.js';
import { prepareOutput, writeOutput } from '../generator/write/output.js';
import { coveragePages } from './coverage-pages.js';
import { decorateSpec } from './decorate-spec.js';
import { indexPage } from './index-page.js';
import { referenceHtml } from './reference-html.js';
import { INDEX_PAGE, REFERENCE_PAGE } from './site-layout.js';

export async function buildDocs(specPath: string, refPolicy?: RefPolicy): Promise<Map<string, string>> {
  // The generator's confined resolver (README, Trust model); the decorated bundle gets a fresh one,
  // since Redocly's decorators change the documents a resolver holds.
  const resolver = new ConfinedResolver(specPath, refPolicy);
  await validateSpec(specPath, resolver);
  const model = buildModel((await bundleSpec(specPath, resolver)).document);
  const reference = referenceHtml(await decorateSpec(specPath, new ConfinedResolver(specPath, refPolicy)));
  const files = new Map<string, string>([[INDEX_PAGE, indexPage(model)], ...coveragePages(model)]);
  files.set(REFERENCE_PAGE, await reference);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      spec: { type: 'string', default: 'spec/openapi.yaml' },
      out: { type: 'string', default: 'site' },
      'allow-ref-root': { type: 'string', multiple: true, default: [] },
      'allow-remote-refs': { type: 'boolean', default: false },
    },
  });
  const started = Date.now();
  prepareOutput(resolve(values.out));
  assertReplaceable(resolve(values.out));
  const files = await buildDocs(values.spec, { allowRefRoots: values['allow-ref-root'], allowRemoteRefs: values['allow-remote-refs'] });
  writeOutput(resolve(values.out), files);
  console.log(`Docs for ${values.spec}: ${files.size} pages in ${values.out}/ (${Date.now() - started} ms). Start at ${values.out}/${INDEX_PAGE}.`);
}

// Run as a script, not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof GeneratorError ? error.message : error);
    process.exit(error instanceof GeneratorError ? 2 : 1);
  });
}
