/**
 * The generated package's types, as a user of TypeScript 5 meets them: each fixture in
 * test/fixtures/types/ compiles with zero diagnostics, and each `// @ts-expect-error` in it fails for
 * the reason it names (see compile-fixtures.ts). One program checks every fixture.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileFixtures, fixtureNames, generatedDir, type CompiledFixtures } from './compile-fixtures.js';

/** What each fixture proves, as a test name. */
const fixtures = {
  'integrations.ts': 'Integration names every slug; each operation names the integrations it supports',
  'create-user.ts': 'createUser takes exactly the fields each integration supports and requires those it requires',
  'update-user.ts': 'updateUser requires path.id and takes exactly the fields each integration supports and requires',
  'enums.ts': 'enum values are narrowed to those the integration accepts',
  'responses.ts': 'responses carry exactly the fields the integration returns',
  'unions.ts': 'the request unions are discriminated by integration and accepted by the methods',
  'for-integration.ts': 'forIntegration has only the operations the integration supports, with the account filled in',
  'client.ts': 'client options, error classes and the raw client are typed',
  'call-options.ts': "each call's options, withResponse, middleware and the errors are typed",
  'wrappers.ts': 'generic wrappers over the client compile, check what they pass on and return the integration\'s response',
  'messages.ts': 'the messages for the common mistakes name the integration',
  'wire-bodies.ts': 'request bodies are typed by media type (forms, multipart, JSON Patch, bytes) and answers by theirs',
  'wire-parameters.ts': 'header and cookie parameters, credentials named after the security schemes, reserved words as methods',
  'wire-defaults.ts': 'a request field with a default stays optional; the response has it',
  'wire-unified.ts': 'header and cookie parameters and media types follow the per-integration rules',
};

let compiled: CompiledFixtures;

beforeAll(() => {
  if (!existsSync(join(generatedDir, 'dist', 'index.d.ts'))) throw new Error('generated/dist is missing: run `npm run generate`');
  compiled = compileFixtures();
});

describe('generated types, with TypeScript 5', () => {
  for (const [file, behaviour] of Object.entries(fixtures)) {
    it(`${behaviour} (${file})`, () => {
      expect(compiled.problems.get(file)).toEqual([]);
    });
  }

  it("checks the fixtures against generated/dist's declarations, which compile under strict settings with skipLibCheck off", () => {
    const declarations = compiled.files.filter((file) => file.startsWith(join(generatedDir, 'dist')));
    expect(declarations).toContain(join(generatedDir, 'dist', 'index.d.ts'));
    expect(declarations).toContain(join(generatedDir, 'dist', 'operations', 'createUser.d.ts'));
    expect(compiled.elsewhere).toEqual([]);
    expect(compiled.problems.get('expect.ts')).toEqual([]);
  });

  it('has a test for every fixture file', () => {
    expect(fixtureNames()).toEqual([...Object.keys(fixtures), 'expect.ts'].sort());
  });
});
