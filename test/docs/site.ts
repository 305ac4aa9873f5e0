/**
 * Shared by the docs tests: building the site with the real command, serving it on loopback, and a
 * headless Chromium (Debian's, driven by playwright-core) that records everything a page does wrong.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../generator/helpers.ts';
import { browserPath } from '../support/browser.ts';

export { ROOT };

const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

/** `npm run docs` into `out`, as CI runs it. */
export async function buildSite(out: string, spec = 'spec/openapi.yaml'): Promise<{ stdout: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [TSX_CLI, 'docs-build/build-docs.ts', '--spec', spec, '--out', out], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { stdout };
}

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

/** A static file server for `dir` on 127.0.0.1; anything outside `dir` or missing is a 404. */
export async function serveSite(dir: string): Promise<SiteServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(dir)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium (test/support/browser.ts finds it), headless, offline-friendly, with a fresh profile. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'docs-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The fresh --user-data-dir is `profile`: Playwright passes it itself and refuses it in `args`.
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `path` on the site and records what goes wrong: console errors, uncaught exceptions, failed
 * requests, error statuses, and any request that leaves the site (the docs must need nothing else).
 */
export async function openPage(browser: Browser, origin: string, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  const problems = watchPage(page, origin);
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  return { page, problems };
}

/** Records the page's problems from now on, into the array returned (empty it to start afresh). */
export function watchPage(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Redoc starts its search workers from blob: URLs; leaving the page cancels them, which is no fault.
    if (request.url().startsWith('blob:') && error === 'net::ERR_ABORTED') return;
    problems.push(`failed request: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith(`blob:${origin}/`)) problems.push(`outside request: ${url}`);
  });
  return problems;
}

/** Redoc renders after load: wait until it has settled, then give late requests a moment to fail. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/** A screenshot under `.tmp/screenshots/` (ignored by git), for a person to look at: the whole page, or what is in view. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  const dir = join(ROOT, '.tmp', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/** The spec Redoc renders, as build-docs embedded it in the reference page. */
export function embeddedDefinition(referenceHtml: string): Record<string, unknown> {
  const match = /const __redoc_definition = (.*);\s*const __redoc_options/s.exec(referenceHtml);
  if (!match) throw new Error('reference.html holds no __redoc_definition');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

/** The bundled spec the docs are built from (checked in, kept current by `npm test`). */
export function bundledSpec(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'generated', 'openapi.json'), 'utf8')) as Record<string, unknown>;
}
