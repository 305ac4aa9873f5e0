import type { Plugin, Source } from '@redocly/openapi-core';
import { specCarriesExtensions } from '../../redocly/support/spec-extensions.js';

/** What validation's lint walk learns about a spec on its way, for the steps after it. */
export interface DocumentFacts {
  /** It uses the project's extensions, so it is checked strictly (validate-spec.ts). */
  usesExtensions: boolean;
  /**
   * Redocly's bundle would give its root document back as it is (but for an empty `components`,
   * which it adds): every reference the walk met is written as `#/...`, resolves, and sits where a
   * bundle keeps a reference as written (not where a plain value is expected, which a bundle
   * inlines), and no example has an `externalValue` and no discriminator a mapping (which a bundle
   * may move into `components`). bundle-spec.ts then skips the second walk of the whole document.
   */
  selfContained: boolean;
}

/**
 * A plugin whose one rule reports nothing and records the facts above, sharing the lint run (the
 * same walk, over the same types, that Redocly's bundle makes) with the other rules.
 */
export function documentProbe(): { plugin: Plugin; rule: string; facts: () => DocumentFacts } {
  let usesExtensions = false;
  let selfContained = true;
  let rootSource: Source | undefined;
  return {
    plugin: {
      id: 'generator',
      rules: {
        oas3: {
          'document-probe': () => ({
            Root: {
              enter(root, ctx) {
                rootSource = ctx.location.source;
                usesExtensions = specCarriesExtensions(root, ctx);
              },
            },
            ref: {
              enter(node, ctx, resolved) {
                const internal =
                  typeof node.$ref === 'string' &&
                  node.$ref.startsWith('#') &&
                  ctx.location.source === rootSource &&
                  resolved.location?.source === rootSource &&
                  resolved.node !== undefined &&
                  (resolved.chain ?? []).every((hop) => hop.location?.source === rootSource);
                if (!internal || ctx.type.name === 'scalar') selfContained = false;
              },
            },
            Example: {
              enter(example) {
                if (typeof example === 'object' && example !== null && 'externalValue' in example) selfContained = false;
              },
            },
            Discriminator: {
              enter(discriminator) {
                if (typeof discriminator === 'object' && discriminator !== null && ('mapping' in discriminator || 'defaultMapping' in discriminator)) {
                  selfContained = false;
                }
              },
            },
          }),
        },
      },
    },
    rule: 'generator/document-probe',
    facts: () => ({ usesExtensions, selfContained: selfContained && rootSource !== undefined }),
  };
}
