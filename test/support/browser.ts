/**
 * The Chromium the docs' browser tests drive (through playwright-core, which brings no browser of its
 * own): the one `CHROMIUM_PATH` names, else the first Chromium or Chrome on the PATH or at the usual
 * places.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const BROWSER_ENV = 'CHROMIUM_PATH';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export type BrowserSearch = { path: string } | { problem: string };

export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserSearch {
  const named = env[BROWSER_ENV];
  if (named) return isExecutable(named) ? { path: named } : { problem: `${BROWSER_ENV}=${named} is not an executable file` };
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => join(dir, name)));
  const path = [...onPath, ...PLACES].find(isExecutable);
  return path ? { path } : { problem: `no Chromium or Chrome found (looked for ${NAMES.join(', ')} on the PATH and in the usual places)` };
}

/** The browser's path, or an error that says what to do. */
export function browserPath(): string {
  const found = findBrowser();
  if ('path' in found) return found.path;
  throw new Error(`${found.problem}: ${HOW_TO_GET_ONE}`);
}

export const HOW_TO_GET_ONE = `install one (Debian/Ubuntu: apt-get install chromium) or set ${BROWSER_ENV} to a Chromium or Chrome binary`;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
