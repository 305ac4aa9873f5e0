/**
 * What the change report gives its readers: the semver level and the version check, the JSON in
 * exactly the contract's shape, and Markdown fit to post as a pull request comment (grouped by
 * integration, long lists folded, names and values that cannot break out of it).
 */
import { describe, expect, it } from 'vitest';
import { jsonReport, specChanges } from '../../diff/compare-specs.ts';
import { markdownReport } from '../../diff/markdown.ts';
import { checkVersion, requiredBump } from '../../diff/semver.ts';
import { baseSpec, changed, createBody, createUser, loaded, type Json } from './spec-pairs.ts';

/** The base spec without any per-integration extension: a plain OpenAPI document. */
function plainSpec(): Json {
  return JSON.parse(JSON.stringify(baseSpec(), (key, value) => (key.startsWith('x-') ? undefined : value)));
}

function report(head: Json, base = baseSpec()) {
  return specChanges(loaded(base), loaded(head), 'git:main', 'spec/openapi.yaml');
}

describe('semver', () => {
  it('is major for a breaking change, minor for any other, patch for text only, none for nothing', () => {
    expect(report(changed((spec) => createBody(spec).required.push('age'))).semver).toBe('major');
    expect(report(changed((spec) => createBody(spec).properties.status.enum.push('invited'))).semver).toBe('minor');
    expect(report(changed((spec) => (createBody(spec).properties.age.description = 'Years.'))).semver).toBe('patch');
    expect(report(changed((spec) => (spec.info.version = '9.9.9'))).semver).toBe('none');
    expect(report(baseSpec()).semver).toBe('none');
    expect(requiredBump([], false)).toBe('none');
  });

  it("checks that the head's version is bumped as far as the changes demand (npm's caret below 1.0.0)", () => {
    const labels = { base: 'base', head: 'head' };
    expect(checkVersion('1.2.3', '2.0.0', 'major', labels)).toEqual({ ok: true, needed: '2.0.0' });
    expect(checkVersion('1.2.3', '1.3.0', 'major', labels)).toEqual({ ok: false, needed: '2.0.0' });
    expect(checkVersion('1.2.3', '1.3.0', 'minor', labels)).toEqual({ ok: true, needed: '1.3.0' });
    expect(checkVersion('1.2.3', '1.2.4', 'minor', labels)).toEqual({ ok: false, needed: '1.3.0' });
    expect(checkVersion('1.2.3', '1.2.4', 'patch', labels)).toEqual({ ok: true, needed: '1.2.4' });
    expect(checkVersion('1.2.3', '1.2.3', 'patch', labels)).toEqual({ ok: false, needed: '1.2.4' });
    expect(checkVersion('1.2.3', '1.2.3', 'none', labels)).toEqual({ ok: true, needed: '1.2.3' });
    expect(checkVersion('0.3.1', '0.4.0', 'major', labels)).toEqual({ ok: true, needed: '0.4.0' });
    expect(checkVersion('0.3.1', '0.3.2', 'major', labels)).toEqual({ ok: false, needed: '0.4.0' });
    expect(checkVersion('0.3.1', '0.3.2', 'minor', labels)).toEqual({ ok: true, needed: '0.3.2' });
    expect(checkVersion('2.0.0-beta.1', '2.0.0', 'patch', labels)).toEqual({ ok: true, needed: '2.0.0' });
    expect(() => checkVersion('1.0', '1.1', 'minor', labels)).toThrow('base: #/info/version "1.0" is not a semantic version');
  });
});

describe('the JSON report', () => {
  it('has exactly the contract shape: { semver, changes: [{ integration, operation, where, breaking, message }] }', () => {
    const json = jsonReport(report(changed((spec) => (createBody(spec).properties.timezone['x-required'] = ['gamma']))));
    expect(json).toEqual({
      semver: 'major',
      changes: [{ integration: 'gamma', operation: 'createUser', where: 'body.timezone', breaking: true, message: 'Gamma: `createUser`: `body.timezone` becomes required.' }],
    });
    expect(Object.keys(json)).toEqual(['semver', 'changes']);
    expect(Object.keys(json.changes[0]!)).toEqual(['integration', 'operation', 'where', 'breaking', 'message']);
  });

  it('names the nested field by its path', () => {
    const json = jsonReport(report(changed((spec) => (spec.components.schemas.Email.properties.email['x-required'] = ['beta']))));
    expect(json.changes.map((change) => change.where)).toEqual(['body.emails.email', 'body.contact.email']);
  });
});

describe('the Markdown report', () => {
  it('groups by integration, breaking first, and merges integrations whose changes are the same', () => {
    const head = changed((spec) => {
      createBody(spec).properties.timezone['x-required'] = ['gamma'];
      createBody(spec).properties.status.enum.push('invited');
    });
    const markdown = markdownReport(report(head));
    expect(markdown).toBe(
      [
        '## Spec changes: breaking for 1 integration, not breaking for 1 more',
        '',
        'Base `git:main` (`1.0.0`) → head `spec/openapi.yaml` (`1.0.0`) · needs a **major** version bump (some callers break)',
        '',
        '### Breaking for 1 integration',
        '',
        '**Gamma** (`gamma`)',
        '',
        '- `createUser`: `body.timezone` becomes required',
        '- `createUser`: `body.status` accepts `invited` (new) _(not breaking)_',
        '',
        '### Not breaking for 1 integration',
        '',
        '**Alpha** (`alpha`)',
        '',
        '- `createUser`: `body.status` accepts `invited` (new)',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing changes, and flags a version that is not bumped enough', () => {
    expect(markdownReport(report(baseSpec()))).toContain('## Spec changes: nothing changes for any integration');
    const result = report(changed((spec) => createBody(spec).required.push('age')));
    const markdown = markdownReport({ ...result, version: checkVersion('1.0.0', '1.0.0', result.semver, { base: 'b', head: 'h' }) });
    expect(markdown).toContain("> [!CAUTION]\n> The head's `info.version` is `1.0.0`; these changes need at least `2.0.0`.");
    expect(markdown).toContain('**3 integrations, the same changes:** Alpha, Beta, Gamma');
  });

  it('reports a spec without integrations as what every caller meets, by the same rules', () => {
    const base = plainSpec();
    const head = plainSpec();
    head.paths['/users'].post.parameters.push({ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string' } });
    head.components.schemas.CreateBody.properties.status.enum.push('invited');
    const result = report(head, base);

    expect(result.semver).toBe('major');
    expect(jsonReport(result).changes).toEqual([
      { integration: '*', operation: 'createUser', where: 'body.status', breaking: false, message: 'Every caller: `createUser`: `body.status` accepts `invited` (new).' },
      {
        integration: '*',
        operation: 'createUser',
        where: 'header.Idempotency-Key',
        breaking: true,
        message: 'Every caller: `createUser`: `header.Idempotency-Key` is new and required.',
      },
    ]);
    const markdown = markdownReport(result);
    expect(markdown).toContain('## Spec changes: breaking for callers');
    expect(markdown).toContain('Neither spec declares integrations (`x-integrations`): the changes below are what every caller meets.');
    expect(markdown).toContain('### Breaking\n\n- `createUser`: `header.Idempotency-Key` is new and required\n- `createUser`: `body.status` accepts `invited` (new) _(not breaking)_');
    expect(markdownReport(report(plainSpec(), plainSpec()))).toContain('## Spec changes: nothing changes');
  });

  it('folds long lists: the first ten changes of a group show, the rest and a long "not breaking" section fold into <details>', () => {
    const manyFields = changed((spec) => {
      for (let i = 0; i < 25; i++) createBody(spec).properties[`extra_${i}`] = { type: 'string', 'x-supported': ['alpha'] };
    });
    const markdown = markdownReport(report(manyFields));
    const visible = markdown.slice(0, markdown.indexOf('<details>', markdown.indexOf('**Alpha**')));
    expect(visible.match(/^- /gm)).toHaveLength(10);
    expect(markdown).toContain('<summary>15 more</summary>');
    expect(markdown).toContain('<summary><strong>Not breaking for 1 integration</strong> (click to show)</summary>');
  });

  it('stays under the size of a GitHub comment however many changes there are', () => {
    const huge = changed((spec) => {
      for (let i = 0; i < 60; i++) spec['x-integrations'][`int${i}`] = { name: `Int${i}` };
      for (let i = 0; i < 300; i++) createBody(spec).properties[`field_${i}_${'x'.repeat(40)}`] = { type: 'string', 'x-supported': Array.from({ length: 60 }, (_, j) => `int${j}`).filter((_, j) => (i + j) % 7 !== 0) };
      createUser(spec)['x-supported'].push(...Array.from({ length: 60 }, (_, j) => `int${j}`));
    });
    const base = changed((spec) => {
      for (let i = 0; i < 60; i++) spec['x-integrations'][`int${i}`] = { name: `Int${i}` };
      createUser(spec)['x-supported'].push(...Array.from({ length: 60 }, (_, j) => `int${j}`));
    });
    const result = report(huge, base);
    expect(result.changes.length).toBeGreaterThan(10_000);
    expect(markdownReport(result).length).toBeLessThanOrEqual(60_000);
  });

  it('keeps hostile names, field names and enum values inert: no line break, HTML or link gets out', () => {
    const head = changed((spec) => {
      spec['x-integrations'].gamma = { name: '`Gam\n\n<m>a*' };
      createBody(spec).properties.status.enum.push('x`\n\n<img src=x onerror=alert(1)>', 'a\u2028b');
      createBody(spec).properties['evil`\n\n# heading <script>'] = { type: 'string', 'x-supported': ['gamma'] };
    });
    const markdown = markdownReport(report(head));
    expect(markdown).toContain('`` "x`\\n\\n<img src=x onerror=alert(1)>" ``');
    expect(markdown).toContain('`"a\\u2028b"`');
    expect(markdown).toContain('`` "body.evil`\\n\\n# heading <script>" ``');
    expect(markdown).toContain('**\\`Gam \\<m\\>a\\*** (`gamma`)');
    expect(markdown).not.toMatch(/^#+ heading/m);
    expect(markdown).not.toMatch(/^<(img|script)/m);
  });
});
