/**
 * Where each page of the docs site lives, and the links between them. The reference page and the
 * coverage pages link to each other, so both sides take their addresses from here.
 *
 *   index.html                      the way in: operations and integrations
 *   reference.html                  Redocly's reference docs, decorated with the integration facts
 *   coverage/<operation>.html       one matrix per operation: integrations by fields
 *   integrations/<slug>.html        one page per integration: what it needs for each operation
 *   openapi/<slug>.json             one integration's own OpenAPI document, offered on its page
 *
 * `<operation>` is the client's method name for the operation (`createUser`): unique, and safe in
 * a file name and a URL, whatever the operationId holds.
 */
import type { CoverageLinks } from './decorator/facts-markdown.ts';

export const INDEX_PAGE = 'index.html';
export const REFERENCE_PAGE = 'reference.html';

export function coveragePage(operationKey: string): string {
  return `coverage/${operationKey}.html`;
}

export function integrationPage(slug: string): string {
  return `integrations/${slug}.html`;
}

export function integrationDocumentFile(slug: string): string {
  return `openapi/${slug}.json`;
}

/** The link from one page of the site to another: both are paths relative to the site's root. */
export function linkFrom(fromPage: string, toPage: string): string {
  const depth = fromPage.split('/').length - 1;
  return '../'.repeat(depth) + toPage;
}

/** The decorator's options: where the coverage pages are, as seen from the reference page. */
export function decoratorLinks(): CoverageLinks {
  return {
    integration: linkFrom(REFERENCE_PAGE, integrationPage('{slug}')),
    operation: linkFrom(REFERENCE_PAGE, coveragePage('{operation}')),
    index: linkFrom(REFERENCE_PAGE, INDEX_PAGE),
  };
}
