/**
 * The built docs, served on loopback and opened in headless Chromium with no network: they load
 * without errors or outside requests, the reference shows createUser's `timezone` as required for
 * Salesforce, the coverage matrix says the same, the Salesforce page lists exactly Salesforce's
 * required createUser fields, and the pages link to each other. Screenshots of each page checked go
 * to .tmp/screenshots/.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolders } from '../generator/helpers.ts';
import { readIntegrationPage, readMatrix } from './rendered-facts.ts';
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
    const minimal = JSON.parse((await section.locator('pre.minimal-request').innerText()).split('\n\n')[1]!) as Record<string, unknown>;
    expect(Object.keys(minimal)).toEqual(expected);

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
    const pages = listPages(site);
    expect(pages.length).toBe(2 + 2 + Object.keys(bundledSpec()['x-integrations'] as object).length);
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
    // Every page is linked from another: nothing is reachable only by typing its address.
    expect(pages.filter((path) => path !== 'index.html' && !linked.has(`/${path}`))).toEqual([]);
  });
});

/** The site's pages: its files but the generator's marker (`.generated-by-codegen`). */
function listPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
