/**
 * `npm run docs`: the reference docs and the integration coverage pages, into `site/`.
 *
 *   tsx docs-build/build-docs.ts [--spec spec/openapi.yaml] [--out site]
 *
 * load -> validate -> model (generator/load-spec.ts, as the generator does), then, from the model:
 * decorate the bundled spec with the integration facts and render it with Redocly (reference.html),
 * render the coverage pages (coverage/, integrations/) and the index, and write each integration's
 * own OpenAPI document (openapi/). The site is written all at once, so a failed build leaves the
 * previous one as it was. No timestamps: the same spec gives the same bytes.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { GeneratorError } from '../generator/errors.js';
import { loadSpec } from '../generator/load-spec.js';
import type { RefPolicy } from '../generator/load/confined-resolver.js';
import { assertReplaceable } from '../generator/write/out-folder.js';
import { prepareOutput, writeOutput } from '../generator/write/output.js';
import { documentText, integrationDocument } from '../openapi/integration-document.js';
import { coveragePages } from './coverage-pages.js';
import { decorateSpec } from './decorate-spec.js';
import { indexPage } from './index-page.js';
import { referenceHtml } from './reference-html.js';
import { INDEX_PAGE, integrationDocumentFile, REFERENCE_PAGE } from './site-layout.js';

export async function buildDocs(specPath: string, refPolicy?: RefPolicy): Promise<Map<string, string>> {
  const { document, model } = await loadSpec(specPath, { refPolicy });
  const reference = referenceHtml(decorateSpec(document, model));
  // A spec without integrations has nothing to cover: its site is the index and the reference.
  const coverage = model.integrations.length > 0 ? coveragePages(model) : new Map<string, string>();
  const files = new Map<string, string>([[INDEX_PAGE, indexPage(model)], ...coverage]);
  for (const integration of model.integrations) {
    files.set(integrationDocumentFile(integration.slug), documentText(integrationDocument(document, model, integration.slug)));
  }
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
