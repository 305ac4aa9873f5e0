import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { GeneratorError } from '../generator/errors.js';
import { REFERENCE_TEMPLATE } from './templates.js';

const CONFIG = fileURLToPath(new URL('redocly.docs.yaml', import.meta.url));
const REDOCLY_CLI = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

/**
 * The reference page: `redocly build-docs` on the decorated spec, with the Redoc bundle inlined
 * (`--inlineBundle`; without it the page loads Redoc from Redocly's CDN), then made self-contained.
 */
export async function referenceHtml(decoratedSpec: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'docs-reference-'));
  try {
    const specFile = join(work, 'openapi.json');
    const output = join(work, 'reference.html');
    writeFileSync(specFile, decoratedSpec);
    const args = [REDOCLY_CLI, 'build-docs', specFile, '--output', output, '--inlineBundle', '--config', CONFIG, '--template', fileURLToPath(REFERENCE_TEMPLATE)];
    try {
      await promisify(execFile)(process.execPath, args, {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NODE_OPTIONS: '' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new GeneratorError('redocly build-docs failed:', [`${stdout ?? ''}${stderr ?? ''}`.trim() || (error as Error).message]);
    }
    return withHashLinks(withoutRemoteLogo(readFileSync(output, 'utf8')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Redoc's sidebar footer ("API docs by Redocly") loads its logo from cdn.redoc.ly once the page is
 * running, and no option turns it off. Offline, or under a strict Content-Security-Policy, that is a
 * failed request and a console error; the same wordmark inline costs nothing.
 */
function withoutRemoteLogo(html: string): string {
  const wordmark = (width: number, text: string) =>
    'data:image/svg+xml,' +
    encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="600" fill="#0044D4">${text}</text></svg>`,
    );
  return html
    .replaceAll('https://cdn.redoc.ly/redoc/logo-mini-full.svg', wordmark(52, 'Redocly'))
    .replaceAll('https://cdn.redoc.ly/redoc/logo-mini.svg', wordmark(16, 'R'));
}

/**
 * Redoc prerenders its sidebar links as paths (`href="/users"`), but routes by hash in the browser
 * (`#/users`). Opened without a hash, the page hydrates without correcting them: clicks work, yet
 * "open in new tab" or a copied link leads to /users, which does not exist. The prerendered markup
 * is given the hash links the browser renders.
 */
function withHashLinks(html: string): string {
  // From the prerendered markup to the hydration script, which holds the spec and the Redoc bundle.
  const start = html.indexOf('<div id="redoc">');
  const end = html.lastIndexOf('<script', html.indexOf('const __redoc_definition'));
  if (start === -1 || end <= start) return html;
  return html.slice(0, start) + html.slice(start, end).replaceAll('href="/', 'href="#/') + html.slice(end);
}
