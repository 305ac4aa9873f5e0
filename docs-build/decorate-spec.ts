import { bundle, createConfig } from '@redocly/openapi-core';
import { GeneratorError } from '../generator/errors.js';
import { describeProblems } from '../generator/load/problems.js';
import plugin from '../redocly/plugin.js';
import { decoratorLinks } from './site-layout.js';

/**
 * Bundles the spec as `npm run bundle` does, with the plugin's integration-facts decorator on: the
 * same document as generated/openapi.json, each description followed by its integration facts. The
 * decorator is enabled here only, so lint and the generator never see decorated descriptions.
 */
export async function decorateSpec(specPath: string): Promise<string> {
  // The plugin goes in the config itself: passed as createConfig's `plugins` option instead, its
  // rules and decorators would not get their `unified/` prefix and the setting below would not apply.
  const config = await createConfig({
    plugins: [plugin()],
    rules: {},
    decorators: { 'unified/integration-facts': { links: decoratorLinks() } },
  });
  const result = await bundle({ ref: specPath, config, dereference: false });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new GeneratorError(`Cannot decorate ${specPath}:`, describeProblems(errors));
  return JSON.stringify(result.bundle.parsed, null, 2) + '\n';
}
