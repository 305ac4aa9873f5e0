/**
 * Packages generated from fixture specs once per test run (vitest's `globalSetup`), for the tests
 * and type fixtures that need a client of another spec than the shipped one: test/fixtures/types/
 * imports them by path, so they must exist before any compiler reads the fixtures. They live in
 * `.tmp/fixture-packages/<name>/` (ignored by git), where the repository's `node_modules` resolves
 * `openapi-fetch` for them.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateToDisk } from '../../generator/pipeline.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const FIXTURE_PACKAGES = join(ROOT, '.tmp', 'fixture-packages');

/** Fixture spec (test/fixtures/specs/) by package name. */
const SPECS = { wire: 'wire.yaml', 'wire-unified': 'wire-unified.yaml' };

export function fixturePackage(name: keyof typeof SPECS): string {
  return join(FIXTURE_PACKAGES, name);
}

/** vitest's global set-up: every fixture package, generated afresh. */
export default async function setup(): Promise<void> {
  for (const [name, file] of Object.entries(SPECS)) {
    const out = join(FIXTURE_PACKAGES, name);
    rmSync(out, { recursive: true, force: true });
    await generateToDisk({ specPath: join(ROOT, 'test/fixtures/specs', file), outDir: out });
  }
}
