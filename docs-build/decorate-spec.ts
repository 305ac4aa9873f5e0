import { bundle, createConfig, type Plugin } from '@redocly/openapi-core';
import { GeneratorError } from '../generator/errors.js';
import { ConfinedResolver } from '../generator/load/confined-resolver.js';
import { describeProblems } from '../generator/load/problems.js';
import { IntegrationFacts } from './decorator/integration-facts.js';
import { decoratorLinks } from './site-layout.js';

/** The docs' own Redocly plugin: the decorator is for the published reference only, never for lint. */
const docsPlugin: Plugin = { id: 'docs', decorators: { oas3: { 'integration-facts': IntegrationFacts } } };

/**
 * Bundles the spec as `npm run bundle` does, with the integration-facts decorator on: the same
 * document as generated/openapi.json, each description followed by its integration facts. Lint and
 * the generator never see decorated descriptions.
 */
export async function decorateSpec(specPath: string, resolver = new ConfinedResolver(specPath)): Promise<string> {
  // The plugin goes in the config itself: passed as createConfig's `plugins` option instead, its
  // decorators would not get their `docs/` prefix and the setting below would not apply.
  const config = await createConfig({
    plugins: [docsPlugin],
    rules: {},
    decorators: { 'docs/integration-facts': { links: decoratorLinks() } },
  });
  const result = await bundle({ ref: specPath, config, dereference: false, externalRefResolver: resolver });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new GeneratorError(`Cannot decorate ${specPath}:`, describeProblems(errors));
  return JSON.stringify(result.bundle.parsed, null, 2) + '\n';
}
