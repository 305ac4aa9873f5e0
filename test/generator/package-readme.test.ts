/**
 * The generated package's README as a reader of a large public API meets it: a few worked examples
 * and a table of every method, with the spec's words unable to break out of their cells.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { scratchFolders, spec } from './helpers.js';

const scratch = scratchFolders();

/** A plain spec of `count` GET operations; the first one's summary is `firstSummary`. */
function specWithOperations(count: number, firstSummary: string, title = 'Things'): string {
  const paths = Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `/things${index}`,
      {
        get: {
          operationId: `listThings${index}`,
          ...(index === 0 ? { summary: firstSummary } : { description: `<p>Lists things of kind ${index}.</p> More words follow here.` }),
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    ]),
  );
  const file = join(scratch('readme'), 'openapi.json');
  writeFileSync(file, JSON.stringify({ openapi: '3.1.0', info: { title, version: '1.0.0' }, paths }));
  return file;
}

describe("the generated package's README", () => {
  it('shows an example of each operation of a small API, and no table', async () => {
    const { files } = await generate({ specPath: spec('petstore.yaml'), outDir: '.tmp/never-written' });
    const readme = files.get('README.md')!;

    for (const method of ['listPets', 'createPet', 'getPet', 'deletePet']) expect(readme).toContain(`const result = await client.${method}(`);
    expect(readme).not.toContain('### Every operation');
  });

  it('shows three examples of a large API and lists every method in a table, the summary or first sentence of each', async () => {
    const { files } = await generate({ specPath: specWithOperations(40, 'List the first things'), outDir: '.tmp/never-written' });
    const readme = files.get('README.md')!;

    expect(readme.match(/^const result = await client\./gm)).toHaveLength(3);
    expect(readme).toContain("The client has a method for each of the spec's 40 operations");
    const rows = readme.split('\n').filter((line) => line.startsWith('| `listThings'));
    expect(rows).toHaveLength(40);
    expect(rows[0]).toBe('| `listThings0` | `GET /things0` | List the first things |');
    expect(rows[39]).toBe('| `listThings39` | `GET /things39` | Lists things of kind 39. |');
  });

  it("keeps a hostile title and summary inside their heading, line and table cell", async () => {
    const hostile = 'Pipes | split <script>alert(1)</script>\n\n# A heading of its own';
    const { files } = await generate({ specPath: specWithOperations(20, hostile, `Evil** <img src=x onerror=alert(1)>`), outDir: '.tmp/never-written' });
    const readme = files.get('README.md')!;

    expect(readme).not.toContain('<script>');
    expect(readme).not.toMatch(/(?<!\\)<img/);
    expect(readme).toContain('A typed client for **Evil\\*\\* \\<img src=x onerror=alert\\(1\\)\\>**');
    expect(readme).not.toMatch(/^# A heading of its own/m);
    const row = readme.split('\n').find((line) => line.startsWith('| `listThings0`'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5); // three cells between four unescaped pipes
    expect(readme).toMatch(/^### `listThings0`: Pipes \\\| split \\<script\\>/m);
  });
});
