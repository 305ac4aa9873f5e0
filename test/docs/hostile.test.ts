/**
 * The docs of a hostile spec (test/fixtures/specs/hostile.yaml: names and descriptions that try to
 * close tags, open scripts, break strings) render as text: no page runs any of it, and each page
 * still loads without errors. And a spec whose enum values, notes and names try to end the Markdown
 * the docs write around them (fixtures/markdown-breakout.yaml) gets its text shown, not run.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolders } from '../generator/helpers.ts';
import { buildSite, openBrowser, openPage, serveSite, settle, type Browser, type SiteServer } from './site.ts';

const scratch = scratchFolders();
let site: string;
let server: SiteServer;
let breakout: SiteServer;
let browser: Browser;

beforeAll(async () => {
  site = scratch('docs-hostile');
  const breakoutSite = scratch('docs-breakout');
  await Promise.all([buildSite(site, 'test/fixtures/specs/hostile.yaml'), buildSite(breakoutSite, 'test/docs/fixtures/markdown-breakout.yaml')]);
  server = await serveSite(site);
  breakout = await serveSite(breakoutSite);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await breakout?.close();
});

describe('the docs of a hostile spec', () => {
  it('run none of its text, on any page', async () => {
    const pages = readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => `${entry.parentPath.slice(site.length + 1)}/${entry.name}`.replace(/^\//, ''));
    expect(pages.sort()).toEqual([
      'coverage/createThing.html',
      'index.html',
      'integrations/obriencorp.html',
      'integrations/plain.html',
      'openapi/obriencorp.json',
      'openapi/plain.json',
      'reference.html',
    ]);
    for (const path of pages.filter((page) => page.endsWith('.html'))) {
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

  it('show enum values, notes and names that try to end the Markdown around them as text, in the reference', async () => {
    const { page, problems } = await openPage(browser, breakout.origin, 'reference.html#operation/makeThing');
    await settle(page);
    const mood = page.locator('.schema-property-item').filter({ has: page.locator('.schema-name', { hasText: /^mood$/ }) }).first();
    await expect.poll(() => mood.count(), { timeout: 15_000 }).toBe(1);
    const text = await mood.innerText();
    expect(text).toContain('"x`\\n\\n<img src=y onerror=\\"globalThis.pwnedValue = true\\">"');
    expect(text).toContain('Fine. <img src=z onerror="globalThis.pwnedNote = true"> # Not a heading');
    expect(text).toContain('Ev <img src=x onerror="globalThis.pwnedName = true">il');
    expect(await mood.locator('img, h1, h2, h3, h4').count()).toBe(0);
    const pwned = await page.evaluate(() => Object.keys(globalThis).filter((key) => key.startsWith('pwned')));
    expect({ pwned, problems }).toEqual({ pwned: [], problems: [] });
    await page.close();
  });
});
