import { describe, expect, it } from 'vitest';
import { lintFixture } from './lint-fixture.ts';

describe('a spec that uses every extension correctly', () => {
  it('passes every unified rule', async () => {
    expect(await lintFixture('valid')).toEqual([]);
  });
});
