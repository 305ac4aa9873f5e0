/**
 * The docs of a hostile spec (test/fixtures/specs/hostile.yaml: names and descriptions that try to
 * close tags, open scripts, break strings) render as text: no page runs any of it, and each page
 * still loads without errors.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolders } from '../generator/helpers.ts';
import { buildSite, openBrowser, openPage, serveSite, settle, type Browser, type SiteServer } from './site.ts';

const scratch = scratchFolders();
let site: string;
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  site = scratch('docs-hostile');
  await buildSite(site, 'test/fixtures/specs/hostile.yaml');
  server = await serveSite(site);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the docs of a hostile spec', () => {
  it('run none of its text, on any page', async () => {
    const pages = readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => `${entry.parentPath.slice(site.length + 1)}/${entry.name}`.replace(/^\//, ''));
    expect(pages.sort()).toEqual(['coverage/createThing.html', 'index.html', 'integrations/obriencorp.html', 'integrations/plain.html', 'reference.html']);
    for (const path of pages) {
      const { page, problems } = await openPage(browser, server.origin, path);
      if (path === 'reference.html') await settle(page);
      const pwned = await page.evaluate(() => Object.keys(globalThis).filter((key) => key.startsWith('pwned')));
      expect({ path, pwned, problems }).toEqual({ path, pwned: [], problems: [] });
      await page.close();
    }
  });

  it('show the names as written', async () => {
    const { page } = await openPage(browser, server.origin, 'integrations/obriencorp.html');
    expect(await page.locator('h1').innerText()).toBe('O\'Brien "Corp" */ `${}` \\');
    await page.close();
  });
});
