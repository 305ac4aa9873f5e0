/**
 * The first step of `npm test`: the docs' browser tests need Chromium. Finds one; where there is
 * none and this is a Debian machine run as root (CI), installs Debian's `chromium` with apt-get;
 * otherwise stops with one line saying what to do.
 */
import { execFileSync } from 'node:child_process';
import { BROWSER_ENV, findBrowser, HOW_TO_GET_ONE } from './browser.ts';

function canInstall(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const first = findBrowser();
if (!('path' in first)) {
  // A browser named by hand that is not there is a mistake to report, not a reason to install another.
  if (!process.env[BROWSER_ENV] && canInstall()) {
    console.log(`npm test: ${first.problem}; installing Debian's chromium for the docs' browser tests (apt-get)...`);
    const options = { stdio: ['ignore', 'ignore', 'inherit'] as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    try {
      execFileSync('apt-get', ['update', '-qq'], { ...options, stdio: [...options.stdio] });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { ...options, stdio: [...options.stdio] });
    } catch {
      // Reported below, with what to do.
    }
  }
  const second = findBrowser();
  if (!('path' in second)) {
    console.error(`npm test needs Chromium for the docs' browser tests: ${second.problem}; ${HOW_TO_GET_ONE}.`);
    process.exit(1);
  }
}
