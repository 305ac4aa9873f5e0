/**
 * A spec is untrusted text. Descriptions with `*\/`, backticks, `${}`, `</script>`, U+2028, quotes and
 * backslashes, property and parameter names with quotes, spaces and dashes, enum values with quotes:
 * the package still transpiles (its type check is in type-check.test.ts), loads, keeps every name and value exactly, and runs none of it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/pipeline.js';
import { readTree, scratchFolders, spec } from './helpers.js';

const scratch = scratchFolders();
let out: string;
let tree: Map<string, Buffer>;

beforeAll(async () => {
  out = join(scratch('hostile'), 'out');
  await generateToDisk({ specPath: spec('hostile.yaml'), outDir: out });
  tree = readTree(out);
});

/** Imports the package's dist in a fresh Node process and runs `body` there; returns what it prints. */
function inNode(body: string): unknown {
  const script = `const pkg = await import(${JSON.stringify(join(out, 'dist/index.js'))});\n${body}`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('a hostile spec', () => {
  it('loads in Node without running any of its text', () => {
    const pwned = inNode('console.log(JSON.stringify(Object.keys(globalThis).filter((key) => key.startsWith("pwned"))));');

    expect(pwned).toEqual([]);
  });

  it('has no code made of spec text: every `pwned` in the output is inside a comment or a string', () => {
    const code = [...tree.keys()].filter((path) => /\.(ts|js)$/.test(path));
    expect(code.length).toBeGreaterThan(10);
    for (const path of code) {
      const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, tree.get(path)!.toString('utf8'));
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token === ts.SyntaxKind.Identifier) expect(scanner.getTokenText(), path).not.toMatch(/^pwned/);
      }
    }
  });

  it('keeps a description that closes a comment inside the comment, escaped', () => {
    const client = tree.get('src/client.ts')!.toString('utf8');

    expect(client).toContain('* *\\/ globalThis.pwned = true; /*');
    expect(client).not.toContain('*/ globalThis.pwned');
    expect(client).not.toMatch(/\u2028|\u2029/);
  });

  it('keeps integration names, property names and enum values exactly as the spec writes them', () => {
    const seen = inNode(`console.log(JSON.stringify({
      names: Object.values(pkg.integrations).map((i) => i.name),
      query: Object.keys(pkg.operations.createThing.parts.query),
      body: Object.keys(pkg.operations.createThing.parts.body),
      mood: pkg.operations.createThing.parts.body.mood,
    }));`);

    expect(seen).toEqual({
      names: ['O\'Brien "Corp" */ `${}` \\', 'Plain'],
      query: ['filter[name]', 'it\'s "quoted"'],
      body: ['quote"d', 'with space', 'dash-name', "it's", 'back\\slash', '*/ globalThis.pwnedKey = true; /*', 'mood'],
      mood: {
        enum: ["it's", 'say "hi"', 'back\\slash', '*/ globalThis.pwnedEnum = true; /*', '${globalThis.pwnedEnumTemplate}', 'line\u2028break'],
        values: { obriencorp: ["it's", 'say "hi"'] },
      },
    });
  });

  it('checks requests against those names and values', () => {
    const issues = inNode(`
      const client = pkg.createClient({ token: 't', baseUrl: 'http://127.0.0.1:1' });
      const error = await client.createThing({
        integration: 'obriencorp',
        path: { 'thing-id': 'x' },
        body: { mood: 'back\\\\slash', 'with space': 'ok' },
      }).catch((e) => e);
      console.log(JSON.stringify(error.issues.map(({ path, code }) => ({ path, code }))));
    `);

    expect(issues).toEqual([
      { path: 'body.mood', code: 'unsupported_value' },
      { path: 'body.quote"d', code: 'missing_required' },
    ]);
  });

  it('writes a package.json that is valid JSON with the title intact', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { name: string; description: string };

    expect(manifest.name).toMatch(/^[a-z0-9-]+$/);
    expect(manifest.description).toContain('Hostile */ API `${globalThis.pwnedTitle = true}` </script>');
  });
});
