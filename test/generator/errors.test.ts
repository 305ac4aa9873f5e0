/**
 * A spec the generator cannot use stops the run with a message a user can act on: what is wrong and
 * where (file, line, JSON pointer), as the README promises.
 */
import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { generate } from '../../generator/pipeline.js';
import { runCli, spec } from './helpers.js';
import { toMethodName } from '../../generator/model/names.js';

/** The error a generation from `specPath` fails with. */
async function failure(specPath: string): Promise<Error> {
  return generate({ specPath, outDir: '.tmp/never-written' }).then(
    () => expect.fail(`${specPath} generated without an error`),
    (error: Error) => error,
  );
}

describe('errors a user can act on', () => {
  it('a spec file that does not exist: the CLI names it and exits 2, without a stack trace', async () => {
    const missing = spec('no-such-spec.yaml');
    const result = await runCli(['--spec', missing, '--out', '.tmp/never-written']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(missing);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('invalid YAML: names the file, line and column', async () => {
    const error = await failure(spec('invalid/invalid-yaml.yaml'));

    expect(error.message).toContain('invalid/invalid-yaml.yaml');
    expect(error.message).toMatch(/\(12:5\)|:12:5/);
  });

  it('invalid YAML is reported like any other spec problem (a GeneratorError: exit 2, no stack)', async () => {
    expect(await failure(spec('invalid/invalid-yaml.yaml'))).toBeInstanceOf(GeneratorError);
  });

  it('a $ref to nothing: names the file, the line and the pointer of the reference', async () => {
    const error = await failure(spec('invalid/dangling-ref.yaml'));

    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toContain('invalid/dangling-ref.yaml:15:');
    expect(error.message).toContain('#/paths/~1pets/get/responses/200/content/application~1json/schema');
    expect(error.message).toMatch(/resolve \$ref/);
  });

  it('an operationId that starts with a digit: names the operation and the id', async () => {
    const error = await failure(spec('invalid/operation-id-digits.yaml'));

    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toContain('#/paths/~1pets/get');
    expect(error.message).toContain('operationId "123"');
  });

  it('an operationId every object already has (toJSON): names the operation, the id and why it cannot work', async () => {
    const error = await failure(spec('invalid/operation-id-object-member.yaml'));

    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toContain('#/paths/~1serialised/get');
    expect(error.message).toContain('operationId "toJSON"');
    expect(error.message).toContain('JSON.stringify() calls `toJSON`');
  });

  it('two operationIds that become the same method: names both operations and the method', async () => {
    const error = await failure(spec('invalid/operation-id-collision.yaml'));

    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toContain('#/paths/~1pets/get');
    expect(error.message).toContain('#/paths/~1animals/get');
    expect(error.message).toContain('"listPets"');
  });

  it('an operationId the client already uses (raw): names the operation and the id', async () => {
    const error = await failure(spec('invalid/operation-id-client-member.yaml'));

    expect(error.message).toContain('#/paths/~1raw/get');
    expect(error.message).toContain('operationId "raw"');
  });

  it.each(['use', 'eject', 'forIntegration'])('an operationId the client already uses (%s) is refused by name', (operationId) => {
    expect(() => toMethodName(operationId, '#/paths/~1x/get')).toThrow(`#/paths/~1x/get: operationId "${operationId}" becomes the method "${operationId}", which cannot work: the client already has \`${operationId}\``);
  });

  it('an operationId that cannot become a name: names the spec file as well', async () => {
    expect((await failure(spec('invalid/operation-id-digits.yaml'))).message).toContain('operation-id-digits.yaml');
  });

  it('an integration the spec does not declare: names the file, the pointer and the slug', async () => {
    const error = await failure(spec('invalid/undeclared-integration.yaml'));

    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toContain('invalid/undeclared-integration.yaml:9:');
    expect(error.message).toContain('#/paths/~1users/post/x-supported/1');
    expect(error.message).toContain('"gamma"');
  });

  it('x-required naming an integration outside x-supported: names the file, the pointer and the slug', async () => {
    const error = await failure(spec('invalid/required-outside-supported.yaml'));

    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toContain('invalid/required-outside-supported.yaml:19:');
    expect(error.message).toContain('#/paths/~1users/post/requestBody/content/application~1json/schema/properties/name/x-required/0');
    expect(error.message).toContain('"beta"');
  });

  it('Swagger 2.0: says so, and what is supported instead', async () => {
    const error = await failure(spec('invalid/swagger2.yaml'));

    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toContain('invalid/swagger2.yaml');
    expect(error.message).toMatch(/Swagger 2\.0.*OpenAPI 3\.0 and 3\.1/);
  });
});
