/**
 * Nothing the spec's extensions say is lost on the way to the docs: every fact of the bundled spec
 * (generated/openapi.json) is found in the reference page's decorated descriptions and, for the
 * fields the coverage pages have, in the matrix and on the integration's page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolders } from '../generator/helpers.ts';
import { operationSlugs, readBlock, readIntegrationPage, readMatrix, type CoverageMatrixData, type IntegrationPageData } from './rendered-facts.ts';
import { buildSite, bundledSpec, embeddedDefinition, openBrowser, openPage, serveSite, type Browser, type SiteServer } from './site.ts';
import { atPointer, countFactsAnywhere, factKey, specFacts, type Fact } from './spec-facts.ts';

const scratch = scratchFolders();
let site: string;
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  site = scratch('docs-facts');
  await buildSite(site);
  server = await serveSite(site);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built docs', () => {
  it("keep the bundled spec whole: the decorator only adds text to descriptions, and leaves out the authors' notes", () => {
    const changes: string[] = [];
    compareAdditive(bundledSpec(), embeddedDefinition(readFileSync(join(site, 'reference.html'), 'utf8')), '#', changes);
    expect(changes).toEqual([]);
  });

  it("show every fact of the bundled spec's extensions", async () => {
    const spec = bundledSpec();
    const facts = specFacts(spec);
    const distinct = new Set(facts.map(factKey));
    // Every extension of the document is accounted for, and this spec states plenty.
    expect(distinct.size).toBe(countFactsAnywhere(spec));
    expect(distinct.size).toBeGreaterThan(1000);

    const names = new Map(facts.flatMap((fact) => (fact.kind === 'integration' ? [[fact.slug, fact.name] as const] : [])));
    const definition = embeddedDefinition(readFileSync(join(site, 'reference.html'), 'utf8'));
    const pages = await readPages(facts, names);

    const missing = facts.flatMap((fact) => whereMissing(fact, definition, names, pages).map((where) => `${describeFact(fact)}: not in ${where}`));
    expect(missing).toEqual([]);
    console.log(`docs facts: ${distinct.size} facts in the bundled spec, each found in the reference and the coverage pages`);
  });
});

interface Pages {
  index: { links: Map<string, string> };
  matrices: Map<string, CoverageMatrixData>;
  integrations: Map<string, IntegrationPageData>;
}

async function readPages(facts: Fact[], names: Map<string, string>): Promise<Pages> {
  const operationIds = new Set(facts.flatMap((fact) => (fact.kind === 'operation' ? [fact.operationId] : [])));
  const read = (path: string) => readFileSync(join(site, path), 'utf8');
  const { page } = await openPage(browser, server.origin, 'index.html');
  const links = new Map(
    await page.$$eval('a[href^="integrations/"]', (anchors) => anchors.map((a) => [a.getAttribute('href')!, a.textContent!] as [string, string])),
  );
  // The other pages are parsed in the same page: one DOM each, without a navigation per page.
  const matrices = new Map<string, CoverageMatrixData>();
  for (const operationId of operationIds) matrices.set(operationId, await readMatrix(page, read(`coverage/${operationId}.html`)));
  const integrations = new Map<string, IntegrationPageData>();
  for (const slug of names.keys()) integrations.set(slug, await readIntegrationPage(page, read(`integrations/${slug}.html`)));
  await page.close();
  return { index: { links }, matrices, integrations };
}

/** The places where the docs should state `fact` but do not. */
function whereMissing(fact: Fact, definition: Record<string, unknown>, names: Map<string, string>, pages: Pages): string[] {
  const missing: string[] = [];
  const check = (ok: boolean, where: string) => {
    if (!ok) missing.push(where);
  };
  const name = names.get(fact.slug) ?? fact.slug;

  if (fact.kind === 'integration') {
    check(pages.index.links.get(`integrations/${fact.slug}.html`) === fact.name, 'the index');
    check(pages.integrations.get(fact.slug)?.name === fact.name, 'its integration page');
    return missing;
  }
  if (fact.kind === 'operation') {
    check(operationSlugs(description(definition, fact.pointer), names).includes(fact.slug), 'the reference');
    check(pages.matrices.get(fact.operationId)?.columns.includes(fact.slug) === true, 'the coverage matrix');
    check(pages.integrations.get(fact.slug)?.operations.has(fact.operationId) === true, 'the integration page');
    return missing;
  }

  const { at } = fact;
  const block = readBlock(description(definition, at.describedAt), names);
  const matrix = pages.matrices.get(at.operationId);
  const cell = matrix?.cells.get(`${at.part} ${at.field} ${fact.slug}`);
  const needs = pages.integrations.get(fact.slug)?.operations.get(at.operationId);
  const sent = at.part !== 'response';

  if (fact.kind === 'supported') {
    check(block.required.includes(fact.slug) || block.supported.includes(fact.slug), 'the reference');
    if (!at.topLevel) return missing;
    check(cell === 'required' || cell === 'supported', 'the coverage matrix');
    const listed = sent
      ? [...(needs?.required.get(at.part) ?? []), ...(needs?.optional.get(at.part) ?? [])]
      : (needs?.returned ?? []);
    check(listed.includes(at.field), 'the integration page');
  } else if (fact.kind === 'required') {
    check(block.required.includes(fact.slug) && !block.supported.includes(fact.slug), 'the reference');
    if (!at.topLevel) return missing;
    check(cell === 'required', 'the coverage matrix');
    check(needs?.required.get(at.part)?.includes(at.field) === true, 'the integration page');
  } else if (fact.kind === 'value') {
    const value = typeof fact.value === 'string' ? fact.value : JSON.stringify(fact.value);
    check(block.values.get(name)?.includes(value) === true, 'the reference');
    if (!at.topLevel) return missing;
    const row = matrix?.values.find((entry) => entry.part === at.part && entry.field === at.field && entry.slug === fact.slug);
    check(row?.text.split(', ').includes(value) === true, 'the coverage matrix');
    const item = needs?.values.find((entry) => entry.part === at.part && entry.field === at.field);
    check(item?.text.split(', ').includes(value) === true, 'the integration page');
  } else if (fact.kind === 'note') {
    check(block.notes.get(name) === fact.note, 'the reference');
    if (!at.topLevel) return missing;
    check(matrix?.notes.some((entry) => entry.part === at.part && entry.field === at.field && entry.slug === fact.slug && entry.text === fact.note) === true, 'the coverage matrix');
    check(needs?.notes.some((entry) => entry.part === at.part && entry.field === at.field && entry.text === fact.note) === true, 'the integration page');
  }
  return missing;
}

/** A node's description as Redoc reads it: a `$ref`'s own, else its target's. */
function description(definition: Record<string, unknown>, pointer: string): string {
  const node = atPointer(definition, pointer);
  if (typeof node.description === 'string') return node.description;
  if (typeof node.$ref === 'string') return description(definition, node.$ref);
  return '';
}

function describeFact(fact: Fact): string {
  switch (fact.kind) {
    case 'integration':
      return `integration ${fact.slug} (${fact.name})`;
    case 'operation':
      return `${fact.operationId} supported by ${fact.slug}`;
    case 'value':
      return `${fact.at.operationId} ${fact.at.part} ${fact.at.field}: ${fact.slug} allows ${JSON.stringify(fact.value)}`;
    case 'note':
      return `${fact.at.operationId} ${fact.at.part} ${fact.at.field}: note for ${fact.slug}`;
    default:
      return `${fact.at.operationId} ${fact.at.part} ${fact.at.field}: ${fact.kind} by ${fact.slug}`;
  }
}

/**
 * `after` must hold everything `before` does: the same values, except that a description may be
 * longer (starting with the original) and a description may be added where there was none.
 */
function compareAdditive(before: unknown, after: unknown, pointer: string, changes: string[]): void {
  if (typeof before !== 'object' || before === null) {
    if (before !== after) changes.push(`${pointer}: ${JSON.stringify(before)} became ${JSON.stringify(after)}`);
    return;
  }
  if (typeof after !== 'object' || after === null || Array.isArray(before) !== Array.isArray(after)) {
    changes.push(`${pointer}: changed shape`);
    return;
  }
  const beforeRecord = before as Record<string, unknown>;
  const afterRecord = after as Record<string, unknown>;
  if (Array.isArray(before) && (after as unknown[]).length !== before.length) changes.push(`${pointer}: array length changed`);
  for (const [key, value] of Object.entries(beforeRecord)) {
    const at = `${pointer}/${key}`;
    // Notes for the spec's authors are not published.
    if (key === 'x-spec-note') {
      if (key in afterRecord) changes.push(`${at}: published`);
    } else if (!(key in afterRecord)) changes.push(`${at}: removed`);
    else if (key === 'description' && typeof value === 'string') {
      if (!String(afterRecord[key]).startsWith(value)) changes.push(`${at}: rewritten`);
    } else compareAdditive(value, afterRecord[key], at, changes);
  }
  for (const key of Object.keys(afterRecord)) {
    if (!(key in beforeRecord) && key !== 'description') changes.push(`${pointer}/${key}: added`);
  }
}
