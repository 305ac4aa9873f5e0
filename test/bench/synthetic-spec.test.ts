/**
 * The benchmark's synthetic spec: valid by the project's own lint rules (so that the benchmark
 * measures a spec the generator accepts), and deterministic (so that runs compare like with like).
 */
import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { minimalRequests } from '../../bench/requests.ts';
import { makeSpec, slugOf } from '../../bench/synthetic-spec.ts';
import plugin from '../../redocly/plugin.ts';

const SMALL = { integrations: 12, operations: 7, fields: 44, density: 0.4, seed: 7 };

/** Every problem, warnings included, under the project's own redocly.yaml (what `npm run lint` runs). */
async function lintProblems(spec: object) {
  const { extends: presets, rules } = parse(readFileSync(new URL('../../redocly.yaml', import.meta.url), 'utf8')) as {
    extends: string[];
    rules: Record<string, 'error' | 'warn' | 'off'>;
  };
  // The plugin passed as an object: inside vitest Redocly cannot import a .ts plugin by path.
  const config = await createConfig({ extends: presets, plugins: [plugin()], rules });
  const problems = await lintFromString({ source: JSON.stringify(spec), absoluteRef: '/bench/spec.json', config });
  return problems.map((problem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`);
}

describe('makeSpec', () => {
  it("passes the project's lint with no error and no warning", async () => {
    expect(await lintProblems(makeSpec(SMALL))).toEqual([]);
  });

  it('is linted for real: a slug the spec does not declare is caught', async () => {
    const spec = makeSpec(SMALL) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const [firstPath] = Object.values(spec.paths);
    Object.values(firstPath!)[0]!['x-supported'] = ['nosuchintegration'];
    expect((await lintProblems(spec)).join('\n')).toContain('unified/integration-declared');
  });

  it('is deterministic: the same seed gives the same bytes, another seed another spec', () => {
    const text = JSON.stringify(makeSpec(SMALL));
    expect(JSON.stringify(makeSpec(SMALL))).toBe(text);
    expect(JSON.stringify(makeSpec({ ...SMALL, seed: 8 }))).not.toBe(text);
  });

  it('has the requested scale and the extensions the benchmark relies on', () => {
    const spec = makeSpec(SMALL) as { paths: Record<string, Record<string, { 'x-supported'?: string[] }>>; 'x-integrations': Record<string, { name: string }> };
    const integrations = Object.entries(spec['x-integrations']);
    expect(integrations).toHaveLength(SMALL.integrations);
    for (const [slug, { name }] of integrations) expect(slugOf(name)).toBe(slug);
    const operations = Object.values(spec.paths).flatMap((item) => Object.values(item).filter((op) => op['x-supported']));
    expect(operations).toHaveLength(SMALL.operations);
    const text = JSON.stringify(spec);
    expect(text).toContain('"x-required"');
    expect(text).toContain('"x-supported-values"');
  });

  it('yields a minimal request for every operation and integration that supports it', () => {
    const operations = minimalRequests(makeSpec(SMALL));
    expect(operations).toHaveLength(SMALL.operations);
    for (const { requests } of operations) {
      expect(requests.size).toBeGreaterThan(0);
      for (const request of requests.values()) expect(request.query?.integrated_account_id).toEqual(expect.any(String));
    }
  });
});
