/**
 * unified/integration-names-distinct: no two integrations in the root x-integrations have names
 * that look alike (`Okta` and `Оkta`, whose `О` is Cyrillic: the slug rule gives them different
 * slugs, `okta` and `kta`), and no name holds characters that show as nothing or reorder the text
 * around them. People pick an integration by its name in the docs and the package; a lookalike
 * would be taken for the other.
 */
import type { Oas3Rule } from '@redocly/openapi-core';
import { X_INTEGRATIONS, isPlainObject } from '../../extensions/index.ts';
import { invisibleCharacters, nonAsciiCharacters, skeleton } from '../support/lookalikes.ts';

export const integrationNamesDistinct: Oas3Rule = () => ({
  Root: {
    enter(root, ctx) {
      const integrations = isPlainObject(root) ? root[X_INTEGRATIONS] : undefined;
      if (!isPlainObject(integrations)) return;
      const seen = new Map<string, { slug: string; name: string }>();
      for (const [slug, entry] of Object.entries(integrations)) {
        const name = isPlainObject(entry) && typeof entry.name === 'string' ? entry.name : undefined;
        if (name === undefined) continue; // extension-shape reports a malformed entry.
        const location = ctx.location.child([X_INTEGRATIONS, slug, 'name']);
        const invisible = invisibleCharacters(name);
        if (invisible.length > 0) {
          ctx.report({
            message: `x-integrations "${slug}" has a name with characters that show as nothing or reorder text (${invisible.join(', ')}); write the name without them`,
            location,
          });
        }
        const key = skeleton(name);
        const twin = seen.get(key);
        if (twin && twin.name !== name) {
          const odd = [...new Set([...nonAsciiCharacters(name), ...nonAsciiCharacters(twin.name)])];
          ctx.report({
            message:
              `x-integrations "${slug}" is named ${JSON.stringify(name)}, which looks like ${JSON.stringify(twin.name)} ("${twin.slug}")` +
              `${odd.length > 0 ? ` but is written with other characters (${odd.join(', ')})` : ''}; names must tell integrations apart at a glance`,
            location,
          });
        } else if (!twin) {
          seen.set(key, { slug, name });
        }
      }
    },
  },
});
