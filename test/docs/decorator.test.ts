/**
 * The integration facts on a multi-file spec built to reach its corners: `$ref`s shared by
 * operations whose support differs, a `$ref` with sibling extensions, a nested property with support
 * of its own, a name with Markdown in it, values and notes that try to break out of the Markdown,
 * and a second run.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decorateSpec } from '../../docs-build/decorate-spec.ts';
import { fieldBlock } from '../../docs-build/decorator/facts-markdown.ts';
import { loadSpec } from '../../generator/load-spec.ts';

const FIXTURE = fileURLToPath(new URL('fixtures/decorator/openapi.yaml', import.meta.url));

type Json = Record<string, any>;

async function decorate(path: string): Promise<string> {
  const { document, model } = await loadSpec(path);
  return decorateSpec(document, model);
}

async function decorated(path = FIXTURE): Promise<Json> {
  return JSON.parse(await decorate(path)) as Json;
}

describe('the integration facts in the reference', () => {
  it("describes an operation's integrations, by display name, linked to their pages and to the matrix", async () => {
    const spec = await decorated();
    expect(spec.paths['/things'].get.description).toBe(
      '**Integrations: 3 supported:** [Alpha](integrations/alpha.html), [Foo\\*Bar](integrations/foobar.html), [Gamma](integrations/gamma.html). ' +
        'See the [coverage matrix](coverage/listThings.html) for what each one requires.',
    );
  });

  it('lists who requires and who supports a field, with notes, after its own description', async () => {
    const cursor = (await decorated()).paths['/things'].get.parameters[0];
    expect(cursor.description).toBe(
      'Where to start.\n\n' +
        '**Integrations: 2 supported, 1 required.** Required: [Foo\\*Bar](integrations/foobar.html). Supported: [Alpha](integrations/alpha.html).\n\n' +
        '**Note for Foo\\*Bar:** Opaque; pass it back as given.',
    );
  });

  it('gives a field shared by operations whose support differs a wording true for each', async () => {
    const [account, trace] = (await decorated()).paths['/things'].parameters;
    expect(account.description).toBe('The account to act for.\n\n**Integrations: every integration of the operation, required by each.**');
    expect(trace.description).toBe('**Integrations: every integration of the operation.**');
  });

  it("counts a field's inherited support when one operation has it", async () => {
    const spec = await decorated();
    expect(spec.components.schemas.ThingList.properties.items.description).toBe('The things.\n\n**Integrations: every integration of the operation (3).**');
    expect(spec.components.schemas.MakeThingBody.properties.name.description).toBe(
      "The thing's name.\n\n**Integrations: every integration of the operation (1), required by each.**",
    );
  });

  it('describes a $ref with its own extensions on the $ref, leaving the shared target as it was', async () => {
    const spec = await decorated();
    const status = spec.components.schemas.MakeThingBody.properties.status;
    expect(status.description).toBe(
      'A shared status shape.\n\n**Integrations: 1 supported.** Supported: [Alpha](integrations/alpha.html).\n\n' +
        '**Values by integration:** Alpha: `open`, `` `odd` one ``.',
    );
    expect(spec.components.schemas.Status.description).toBe('A shared status shape.');
    expect(spec.components.parameters.account.description).toBe('The account to act for.');
  });

  it('describes nested properties that carry extensions, and says when nobody supports a field yet', async () => {
    const spec = await decorated();
    expect(spec.components.schemas.ThingList.properties.items.items.properties.colour.description).toBe(
      'Nested, with support of its own.\n\n**Integrations: 1 supported.** Supported: [Gamma](integrations/gamma.html).',
    );
    expect(spec.components.schemas.ThingList.properties.items.items.properties.name.description).toBeUndefined();
    expect(spec.components.schemas.MakeThingBody.properties.none_yet.description).toBe('**Integrations: 0 supported.** No integration supports it yet.');
  });

  it('links the coverage pages from the API description', async () => {
    expect((await decorated()).info.description).toContain('[Integration coverage](index.html)');
  });

  it('adds nothing on a second run over its own output', async () => {
    const once = await decorate(FIXTURE);
    const dir = mkdtempSync(join(tmpdir(), 'decorated-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), once);
      expect(await decorate(join(dir, 'openapi.json'))).toBe(once);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not describe $refs in OpenAPI 3.0, which ignores their siblings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decorated-'));
    try {
      cpSync(dirname(FIXTURE), dir, { recursive: true });
      writeFileSync(join(dir, 'openapi.yaml'), readFileSync(FIXTURE, 'utf8').replace('openapi: 3.1.0', 'openapi: 3.0.3'));
      const spec = await decorated(join(dir, 'openapi.yaml'));
      expect(spec.paths['/things'].parameters[0]).toEqual({ $ref: '#/components/parameters/account' });
      expect(spec.components.schemas.MakeThingBody.properties.status.description).toBeUndefined();
      expect(spec.paths['/things'].get.parameters[0].description).toContain('**Integrations: 2 supported, 1 required.**');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the facts block', () => {
  const naming = { names: new Map([['a', 'A_1'], ['b', 'B <b>']]), links: {} };

  it('escapes what would be Markdown or HTML in a display name, and links nothing without link options', () => {
    expect(fieldBlock({ supported: ['a', 'b'], required: ['b'] }, naming)).toBe('**Integrations: 2 supported, 1 required.** Required: B \\<b\\>. Supported: A\\_1.');
  });

  it('counts plain `required` as required by every integration that supports the field', () => {
    expect(fieldBlock({ supported: ['a', 'b'], required: true }, naming)).toBe('**Integrations: 2 supported, 2 required.** Required: A\\_1, B \\<b\\>.');
  });

  it('shows notes as plain text', () => {
    expect(fieldBlock({ supported: ['a'], notes: { a: 'Use <b>one</b> *only*' } }, naming)).toContain('**Note for A\\_1:** Use \\<b\\>one\\</b\\> \\*only\\*');
  });

  it('fences values that contain backticks, and writes non-strings as JSON', () => {
    expect(fieldBlock({ supported: ['a'], values: { a: ['x`y', 1, null, true] } }, naming)).toContain('**Values by integration:** A\\_1: `` x`y ``, `1`, `null`, `true`.');
  });

  it('keeps a value, a note or a name with line breaks on one line: a blank line cannot end the block and start HTML', () => {
    const hostile = { names: new Map([['a', 'A\n\n<img src=x onerror=alert(1)>']]), links: {} };
    const block = fieldBlock(
      { supported: ['a'], values: { a: ['ok', 'x\n\n<img src=x onerror=alert(2)>', 'tab\there', '', '`\n`'] }, notes: { a: 'one\r\n\r\n# two <script>alert(3)</script>\u2028three' } },
      hostile,
    );
    expect(block).toBe(
      '**Integrations: 1 supported.** Supported: A \\<img src=x onerror=alert\\(1\\)\\>.\n\n' +
        '**Values by integration:** A \\<img src=x onerror=alert\\(1\\)\\>: `ok`, `"x\\n\\n<img src=x onerror=alert(2)>"`, `"tab\\there"`, `""`, `` "`\\n`" ``.\n\n' +
        '**Note for A \\<img src=x onerror=alert\\(1\\)\\>:** one \\# two \\<script\\>alert\\(3\\)\\</script\\> three',
    );
    // Only the block's own paragraph breaks; none comes from the spec's text.
    expect(block.split('\n\n')).toHaveLength(3);
  });
});
