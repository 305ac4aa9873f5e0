import { describe, expect, it } from 'vitest';
import { findingsOf, lintSource, spec } from './lint-fixture.ts';

const RULE = 'unified/integration-names-distinct';

const integrations = (entries: string) => spec(`paths: {}\nx-integrations:\n${entries}`);

describe(RULE, () => {
  it('refuses a name that differs from another only by a lookalike character (a Cyrillic О in Okta)', async () => {
    const findings = findingsOf(await lintSource(integrations('  okta: { name: Okta }\n  kta: { name: Оkta }\n')), RULE);

    expect(findings).toEqual([
      expect.objectContaining({
        pointer: '#/x-integrations/kta/name',
        message: 'x-integrations "kta" is named "Оkta", which looks like "Okta" ("okta") but is written with other characters (U+041E); names must tell integrations apart at a glance',
      }),
    ]);
  });

  it('refuses lookalikes made of ASCII and of compatibility forms as well (rn for m, a fullwidth letter)', async () => {
    const findings = findingsOf(
      await lintSource(integrations('  ramp: { name: Ramp }\n  rarnp: { name: Rarnp }\n  zoom: { name: Zoom }\n  zoom2: { name: "Zoom2" }\n  ｚoom: { name: Ｚoom }\n')),
      RULE,
    );

    expect(findings.map((finding) => finding.pointer)).toEqual(['#/x-integrations/rarnp/name', '#/x-integrations/ｚoom/name']);
  });

  it('refuses characters that show as nothing or reorder text (zero-width space, right-to-left override)', async () => {
    const findings = findingsOf(await lintSource(integrations('  zendesk: { name: "Zen\\u200Bdesk" }\n  box: { name: "Bo\\u202Ex" }\n')), RULE);

    expect(findings.map((finding) => [finding.pointer, finding.message.match(/U\+[0-9A-F]+/)?.[0]])).toEqual([
      ['#/x-integrations/zendesk/name', 'U+200B'],
      ['#/x-integrations/box/name', 'U+202E'],
    ]);
  });

  it('accepts names that merely share letters', async () => {
    const findings = findingsOf(await lintSource(integrations('  okta: { name: Okta }\n  oktapreview: { name: Okta Preview }\n  box: { name: Box }\n  dropbox: { name: Dropbox }\n')), RULE);

    expect(findings).toEqual([]);
  });
});
