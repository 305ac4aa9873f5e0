// Builds the Redocly plugin that redocly.yaml files load: redocly/plugin.ts, its rules and
// extensions/ bundled by esbuild into one self-contained ES module, redocly/dist/plugin.mjs.
//
// Redocly's CLI imports plugins with Node's own loader, which cannot load TypeScript: `npx redocly
// lint`, the Redocly editor extension and other repositories' redocly.yaml need JavaScript. The
// bundle is checked in, so that any of them can use it without building anything (copy the one file,
// or point at it), and test/lint/plugin-bundle.test.ts fails when it no longer matches the sources.
//
//   npm run build:plugin            writes redocly/dist/plugin.mjs
//   npm run build:plugin -- --check exits 1 when the file on disk is not what the sources give
import { build } from 'esbuild';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PLUGIN_BUNDLE = fileURLToPath(new URL('./dist/plugin.mjs', import.meta.url));

/** The bundle's text, as the sources give it now. */
export async function bundlePlugin() {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('./plugin.ts', import.meta.url))],
    outfile: PLUGIN_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node18',
    write: false,
    logLevel: 'error',
    banner: {
      js: '// The unified-API extension rules for Redocly, built from redocly/plugin.ts by `npm run build:plugin`. Do not edit.\n// List this file under `plugins:` in a redocly.yaml and enable the rules as unified/<rule>.',
    },
  });
  return outputFiles[0].text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const code = await bundlePlugin();
  let current;
  try {
    current = readFileSync(PLUGIN_BUNDLE, 'utf8');
  } catch {
    current = undefined;
  }
  if (process.argv.includes('--check')) {
    if (current !== code) {
      console.error('redocly/dist/plugin.mjs is stale; run npm run build:plugin');
      process.exitCode = 1;
    }
  } else if (current !== code) {
    const temporary = `${PLUGIN_BUNDLE}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, PLUGIN_BUNDLE);
    console.log('Wrote redocly/dist/plugin.mjs');
  }
}
