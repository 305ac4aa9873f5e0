/**
 * The built docs, served on loopback and opened in headless Chromium with no network: they load
 * without errors or outside requests, the reference shows createUser's `timezone` as required for
 * Salesforce, the coverage matrix says the same, the Salesforce page lists exactly Salesforce's
 * required createUser fields and offers Salesforce's own OpenAPI document, the pages link to each
 * other, every operation and integration is two clicks from the index, and at a laptop's and a
 * phone's width (1280 and 390 px) no page scrolls sideways and the updateUser matrix keeps its
 * header in view. Screenshots of each page checked go to .tmp/screenshots/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolders } from '../generator/helpers.ts';
import { readIntegrationPage, readMatrix } from './rendered-facts.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { documentText, integrationDocument } from '../../openapi/integration-document.ts';
import { buildSite, bundledSpec, openBrowser, openPage, screenshot, serveSite, settle, watchPage, type Browser, type SiteServer } from './site.ts';
import { atPointer } from './spec-facts.ts';

const scratch = scratchFolders();
/** Redoc routes and renders after the page has loaded: up to a second here, more on a busy machine. */
const REDOC_RENDERS = { timeout: 15_000 };
let site: string;
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  site = scratch('docs-browser');
  await buildSite(site);
  server = await serveSite(site);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the bundled spec says Salesforce must send in createUser's body, read without the generator. */
function salesforceRequiredCreateFields(): string[] {
  const schema = atPointer(bundledSpec(), '#/components/schemas/CreateUserRequestBody');
  const plainRequired = (schema.required as string[] | undefined) ?? [];
  return Object.entries(schema.properties as Record<string, Record<string, unknown>>)
    .filter(([name, property]) => {
      const supported = (property['x-supported'] as string[] | undefined) ?? ['salesforce'];
      const required = (property['x-required'] as string[] | undefined) ?? [];
      return supported.includes('salesforce') && (required.includes('salesforce') || plainRequired.includes(name));
    })
    .map(([name]) => name);
}

describe('the docs in a browser', () => {
  it('reference: loads offline without errors and shows timezone as required for Salesforce in createUser', async () => {
    const { page, problems } = await openPage(browser, server.origin, 'reference.html#operation/createUser');
    await settle(page);
    await expect.poll(() => page.locator('h1, h2').filter({ hasText: /^Create a user$/ }).count(), REDOC_RENDERS).toBeGreaterThan(0);

    const timezone = page.locator('.schema-property-item').filter({ has: page.locator('.schema-name', { hasText: /^timezone$/ }) }).first();
    await timezone.scrollIntoViewIfNeeded();
    const text = await timezone.innerText();
    expect(text).toContain('The timezone of the user');
    expect(text).toMatch(/Integrations: 2 supported, 1 required\.\s+Required: Salesforce\.\s+Supported: Files\.com\./);
    await expect.poll(() => timezone.locator('a', { hasText: 'Salesforce' }).getAttribute('href')).toBe('integrations/salesforce.html');

    // The reference is one long page: the screenshot shows the field checked.
    await timezone.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'reference-createUser-timezone', false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('coverage matrix: createUser shows timezone as required for Salesforce, supported by Files.com, unknown to the rest', async () => {
    const { page, problems } = await openPage(browser, server.origin, 'coverage/createUser.html');
    const matrix = await readMatrix(page);
    const row = Object.fromEntries(matrix.columns.map((slug) => [slug, matrix.cells.get(`body timezone ${slug}`)]));
    expect(row).toEqual({
      activecampaign: 'unsupported',
      ciscomeraki: 'unsupported',
      filescom: 'supported',
      googleworkspace: 'unsupported',
      okta: 'unsupported',
      salesforce: 'required',
    });
    const cell = page.locator('tbody[data-part="body"] tr[data-field="timezone"] td[data-integration="salesforce"]');
    expect(await cell.innerText()).toBe('R');
    expect(await cell.getAttribute('title')).toBe('Salesforce: required');

    await screenshot(page, 'coverage-createUser');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("integration page: Salesforce's lists exactly Salesforce's required createUser fields", async () => {
    const { page, problems } = await openPage(browser, server.origin, 'integrations/salesforce.html');
    const createUser = (await readIntegrationPage(page)).operations.get('createUser');
    const expected = salesforceRequiredCreateFields();
    expect(expected).toEqual(['emails', 'first_name', 'last_name', 'roles', 'timezone']);
    expect(createUser?.required.get('body')).toEqual(expected);
    expect(createUser?.required.get('query')).toEqual(['integrated_account_id']);
    const section = page.locator('section[data-operation="createUser"]');
    expect(await section.innerText()).toContain('To create a user in Salesforce you must send');
    const [head, body] = (await section.locator('pre.minimal-request').innerText()).split('\n\n');
    expect(head!.split('\n')).toEqual([
      'POST https://api.truto.one/unified/user-directory/users?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d',
      'Authorization: Bearer <your_api_token>',
      'Accept: application/json',
      'Content-Type: application/json',
    ]);
    expect(Object.keys(JSON.parse(body!) as Record<string, unknown>)).toEqual(expected);

    // Its own OpenAPI document, to download: the one `npm run openapi -- --integration salesforce` writes.
    const download = page.locator('p.document a[download]');
    expect(await download.getAttribute('download')).toBe('salesforce.openapi.json');
    const served = await (await fetch(new URL((await download.getAttribute('href'))!, page.url()))).text();
    const spec = bundledSpec();
    expect(served).toBe(documentText(integrationDocument(spec, buildModel(spec), 'salesforce')));

    await screenshot(page, 'integration-salesforce');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the reference and the coverage pages link to each other', async () => {
    const { page, problems } = await openPage(browser, server.origin, 'reference.html#operation/createUser');
    await settle(page);
    // Reference -> coverage matrix, from the operation's block.
    await page.getByRole('link', { name: 'coverage matrix' }).first().click();
    await page.waitForURL(`${server.origin}/coverage/createUser.html`);
    // Matrix -> reference, at the operation.
    await page.getByRole('link', { name: 'reference', exact: true }).click();
    // Redoc takes `#operation/createUser` to its own route for the operation.
    await expect.poll(() => page.url(), REDOC_RENDERS).toBe(`${server.origin}/reference.html#/users/createuser`);
    await expect.poll(() => page.locator('h1, h2').filter({ hasText: /^Create a user$/ }).count(), REDOC_RENDERS).toBeGreaterThan(0);
    // Reference -> integration page, from a field's block.
    const timezone = page.locator('.schema-property-item').filter({ has: page.locator('.schema-name', { hasText: /^timezone$/ }) }).first();
    await timezone.getByRole('link', { name: 'Salesforce' }).click();
    await page.waitForURL(`${server.origin}/integrations/salesforce.html`);
    expect(await page.locator('h1').innerText()).toBe('Salesforce');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('every page loads without errors or outside requests, and every link leads to a page of the site', async () => {
    const files = listPages(site);
    const pages = files.filter((path) => path.endsWith('.html'));
    const integrations = Object.keys(bundledSpec()['x-integrations'] as object).length;
    expect(pages.length).toBe(2 + 2 + integrations);
    expect(files.filter((path) => path.startsWith('openapi/') && path.endsWith('.json'))).toHaveLength(integrations);
    const broken: string[] = [];
    const linked = new Map<string, string>(); // path -> a page linking to it
    const page = await browser.context.newPage();
    const problems = watchPage(page, server.origin);
    for (const path of pages) {
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
      if (path === 'reference.html') await settle(page);
      else if (path === 'index.html') await screenshot(page, 'index');
      for (const target of await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))) {
        const url = new URL(target);
        if (url.origin === server.origin && !linked.has(url.pathname)) linked.set(url.pathname, path);
      }
      broken.push(...problems.splice(0).map((problem) => `${path}: ${problem}`));
    }
    await page.close();
    for (const [target, from] of linked) {
      const response = await fetch(`${server.origin}${target}`, { method: 'HEAD' });
      if (!response.ok) broken.push(`${from}: link to ${target} is ${response.status}`);
    }
    expect(broken).toEqual([]);
    // Every page and document is linked from another: nothing is reachable only by typing its address.
    expect(files.filter((path) => path !== 'index.html' && !linked.has(`/${path}`))).toEqual([]);
  });

  it("every operation's page and every integration's page is at most two clicks from the index", async () => {
    const page = await browser.context.newPage();
    const linksOf = async (path: string) => {
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
      const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      return hrefs.map((href) => new URL(href)).filter((url) => url.origin === server.origin).map((url) => url.pathname.slice(1));
    };
    const oneClick = new Set(await linksOf('index.html'));
    const twoClicks = new Set(oneClick);
    for (const path of oneClick) if (path.endsWith('.html') && path !== 'reference.html') for (const link of await linksOf(path)) twoClicks.add(link);
    await page.close();
    const wanted = listPages(site).filter((path) => path.startsWith('coverage/') || path.startsWith('integrations/'));
    expect(wanted.length).toBeGreaterThan(40);
    expect(wanted.filter((path) => !twoClicks.has(path))).toEqual([]);
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px, no page is wider than the screen`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      const problems = watchPage(page, server.origin);
      const wider: string[] = [];
      for (const path of ['index.html', 'coverage/updateUser.html', 'coverage/createUser.html', 'integrations/salesforce.html', 'integrations/ciscomeraki.html', 'reference.html']) {
        await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
        if (path === 'reference.html') await settle(page);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        if (scrollWidth > clientWidth) wider.push(`${path}: ${scrollWidth} px in a ${clientWidth} px window`);
        if (path !== 'reference.html') await screenshot(page, `${width}-${path.replace(/\W+/g, '-')}`);
      }
      expect(wider).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`at ${width} px, the updateUser matrix scrolls inside its box with its header row and field column in view`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${server.origin}/coverage/updateUser.html`, { waitUntil: 'load' });
      const box = page.locator('.matrix-box');
      const size = await box.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, scrollHeight: element.scrollHeight, clientHeight: element.clientHeight }));
      // 44 integrations do not fit: the table scrolls in its box, which fits the screen.
      expect(await page.locator('table.matrix thead th[data-integration]').count()).toBe(44);
      expect(size.scrollWidth).toBeGreaterThan(size.clientWidth);
      expect(size.scrollHeight).toBeGreaterThan(size.clientHeight);

      await box.evaluate((element) => element.scrollTo(element.scrollWidth, element.scrollHeight));
      await box.scrollIntoViewIfNeeded();
      const inView = await page.evaluate(() => {
        const box = document.querySelector('.matrix-box')!.getBoundingClientRect();
        const header = document.querySelector('table.matrix thead th[data-integration="wordpress"]')!;
        const field = document.querySelector('table.matrix tbody:last-of-type tr:last-child th.field')!;
        const visible = (element: Element) => {
          const rect = element.getBoundingClientRect();
          const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
          return { top: Math.round(rect.top - box.top), left: Math.round(rect.left - box.left), hit: hit !== null && element.contains(hit) };
        };
        return { header: visible(header), field: visible(field) };
      });
      // The last integration's header sits at the top of the box, the last field's name at its left, both on top.
      expect(inView.header).toMatchObject({ top: expect.closeTo(1, 0), hit: true });
      expect(inView.field).toMatchObject({ left: expect.closeTo(1, 0), hit: true });
      await screenshot(page, `${width}-matrix-scrolled`, false);
      await page.close();
    });
  }

  it("publishes no note for the spec's authors, in the reference or in any integration's document", () => {
    const published = listPages(site).filter((path) => path === 'reference.html' || path.startsWith('openapi/'));
    for (const path of published) {
      const text = readFileSync(join(site, path), 'utf8');
      expect({ path, inferred: text.includes('Inferred:'), note: text.includes('x-spec-note') }).toEqual({ path, inferred: false, note: false });
    }
    // They stay in the spec.
    expect(JSON.stringify(bundledSpec())).toContain('"x-spec-note":"Inferred: the create page lists this block');
  });
});

/** The site's pages: its files but the generator's marker (`.generated-by-codegen`). */
function listPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
