/**
 * The spec against the two seed pages it was written from (CONTRACT.md section 1): the test reads
 * the pages itself, bundles the spec from `spec/` (the source of truth), and compares them fact by
 * fact, in both directions. A mismatch names the operation, the field and the slug.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareSpecToPages, resolve, splitGlued } from './compare-spec.ts';
import {
  CREATE_PAGE_FILE,
  CREATE_PAGE_NAMELESS_BLOCKS,
  loadSeedPages,
  SEEDS,
  UPDATE_PAGE_FILE,
  type PageField,
  type PartName,
  type SeedPage,
  type SeedPages,
} from './seed-pages.ts';

type Json = Record<string, unknown>;

const ROOT = join(import.meta.dirname, '..', '..');
const SPEC_ENTRY = join(ROOT, 'spec', 'openapi.yaml');
const GENERATED_SPEC = join(ROOT, 'generated', 'openapi.json');

let spec: Json;
let pages: SeedPages;
let allPages: SeedPage[];

beforeAll(async () => {
  const result = await bundle({ ref: SPEC_ENTRY, config: await createConfig({}), dereference: false });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(errors.map((problem) => problem.message)).toEqual([]);
  spec = result.bundle.parsed as Json;
  if (!SEEDS.path) return;
  pages = loadSeedPages();
  allPages = [pages.update, pages.create];
});

const readSeed = (file: string) => readFileSync(join(SEEDS.path!, file), 'utf8');
/** The suites that read the pages: skipped, with the reason, where ../shared/seeds is not there. */
const describeSeeds = (title: string, suite: () => void) =>
  SEEDS.path ? describe(title, suite) : describe.skip(`${title} (${SEEDS.skipReason})`, suite);
const topLevel = (page: SeedPage, part: PartName, name: string): PageField => {
  const field = page.parts[part].find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${page.file}: no ${part}.${name}`);
  return field;
};

describeSeeds('the seed pages, as parsed', () => {
  it('update page: PATCH /unified/user-directory/users/{id}, 44 integrations', () => {
    expect(`${pages.update.method} ${pages.update.path}`).toBe('PATCH /unified/user-directory/users/{id}');
    expect(pages.update.integrations).toHaveLength(44);
  });

  it('update page: every support block is read whole (pairs and required marks, counted on the raw text)', () => {
    const text = readSeed(UPDATE_PAGE_FILE);
    const announced = [...text.matchAll(/^(\d+) supported(?:(\d+) required)?/gm)];
    const fields = Object.values(pages.update.parts).flat().filter((field) => field.hasSupportBlock);
    expect(fields).toHaveLength(announced.length);
    const sum = (numbers: number[]) => numbers.reduce((total, n) => total + n, 0);
    expect(sum(fields.map((field) => field.supported.length))).toBe(sum(announced.map((match) => Number(match[1]))));
    expect(sum(fields.map((field) => field.requiredBy.length))).toBe(sum(announced.map((match) => Number(match[2] ?? 0))));
    expect(sum(fields.map((field) => field.requiredBy.length))).toBe([...text.matchAll(/^required$/gm)].length);
  });

  it('update page: the top-level request-body fields with a type are exactly the keys of its curl sample', () => {
    // The sample is independent evidence for the rule that tells nested fields from top-level ones.
    const sample = /-d '(\{[\s\S]*?\n\})'/.exec(readSeed(UPDATE_PAGE_FILE));
    const keys = Object.keys(JSON.parse(sample![1]!) as Json).sort();
    const typed = pages.update.parts.body.filter((field) => field.type !== undefined).map((field) => field.name);
    expect(typed.sort()).toEqual(keys);
  });

  it('update page: only object[] fields have nested fields, and every one has some', () => {
    for (const field of Object.values(pages.update.parts).flat()) {
      expect(field.children.length > 0, `${field.name} (${field.type})`).toBe(field.type === 'object[]');
    }
    expect(topLevel(pages.update, 'body', 'phones').children.map((child) => child.name)).toEqual(['number', 'type', 'extension']);
    expect(topLevel(pages.update, 'response', 'remote_data').hasSupportBlock).toBe(false);
    expect(topLevel(pages.update, 'response', 'status_changed_at').hasSupportBlock).toBe(false);
  });

  it('update page: per-integration values and notes', () => {
    expect(topLevel(pages.update, 'body', 'status').values).toEqual({
      BigPanda: 'activeinactive',
      BlackLine: 'activeinactive',
      Freshcaller: 'deletedactive',
      'SolarWinds Service Desk': 'activeinactive',
    });
    expect(topLevel(pages.update, 'query', 'organization_id').notes).toEqual({
      ClickUp: 'The ID of the organization to update the user in',
      Trello: 'The unique identifier for the organization',
    });
  });

  it('create page: POST /unified/user-directory/users, 6 integrations, and its lists name no others', () => {
    expect(`${pages.create.method} ${pages.create.path}`).toBe('POST /unified/user-directory/users');
    expect(pages.create.integrations).toHaveLength(6);
    expect(pages.create.namedIntegrations).toEqual(pages.create.integrations);
  });

  it('create page: every "- Name" line lands in one field list', () => {
    const text = readSeed(CREATE_PAGE_FILE);
    const listed = [...text.matchAll(/^- /gm)].length - pages.create.integrations.length;
    const read = Object.values(pages.create.parts).flat().reduce((total, field) => total + field.supported.length, 0);
    expect(read).toBe(listed);
  });

  it('create page: the blocks without name or description are named by the table of inferences', () => {
    const inferred = Object.entries(pages.create.parts).flatMap(([part, fields]) =>
      fields.filter((field) => field.nameInferred).map((field) => `${part}.${field.name}`),
    );
    expect(inferred).toEqual(CREATE_PAGE_NAMELESS_BLOCKS.map((entry) => `${entry.part}.${entry.name}`));
  });

  it('splits glued enum values into known values', () => {
    expect(splitGlued('activeinactive', ['inactive', 'active'])).toEqual(['active', 'inactive']);
    expect(splitGlued('admingroup_admin', ['admin', 'group_admin'])).toEqual(['admin', 'group_admin']);
    expect(splitGlued('activeunknown', ['active'])).toBeNull();
  });
});

describeSeeds('the spec agrees with the seed pages', () => {
  // One `it` per subject, so that a failure says where; each lists every mismatch it found.
  const mismatches = (prefix: string) => compareSpecToPages(spec, allPages).filter((line) => line.startsWith(prefix));

  it('root x-integrations: exactly the integrations the pages name, with their display names', () => {
    expect(mismatches('x-integrations')).toEqual([]);
  });

  it('updateUser (seed 000): operation, parameters, request body and response, fact by fact', () => {
    expect(operationId(pages.update)).toBe('updateUser');
    expect(mismatches('updateUser')).toEqual([]);
  });

  it('createUser (seed 004): operation, parameters, request body and response, fact by fact', () => {
    expect(operationId(pages.create)).toBe('createUser');
    expect(mismatches('createUser')).toEqual([]);
  });

  it('nothing else: every mismatch belongs to one of the subjects above', () => {
    const all = compareSpecToPages(spec, allPages);
    expect(all.filter((line) => !/^(x-integrations|updateUser|createUser)\b/.test(line))).toEqual([]);
  });
});

describeSeeds('the comparison bites', () => {
  it('reports exactly the slugs added to or dropped from a field or an operation', () => {
    const baseline = compareSpecToPages(spec, allPages);
    const mutated = structuredClone(spec);
    slugList(field(mutated, 'updateUser', 'body', 'timezone'), 'x-supported').push('webex');
    withoutSlug(field(mutated, 'createUser', 'response', 'avatar'), 'x-supported', 'googleworkspace');
    withoutSlug(operation(mutated, 'updateUser'), 'x-supported', 'airtable');

    expect(newLines(compareSpecToPages(mutated, allPages), baseline)).toEqual([
      'updateUser x-supported: page has airtable, spec lacks it',
      'updateUser body.timezone x-supported: spec has webex, page lacks it',
      'createUser response.avatar x-supported: page has googleworkspace, spec lacks it',
    ]);
    expect(newLines(baseline, compareSpecToPages(mutated, allPages))).toEqual([]);
  });

  it('reports changed requirements, per-integration values, notes, fields and integrations', () => {
    const baseline = compareSpecToPages(spec, allPages);
    const mutated = structuredClone(spec);
    withoutSlug(field(mutated, 'createUser', 'body', 'emails'), 'x-required', 'salesforce');
    (field(mutated, 'updateUser', 'body', 'status')['x-supported-values'] as Json).freshcaller = ['active', 'deleted'];
    delete (field(mutated, 'updateUser', 'query', 'organization_id')['x-integration-notes'] as Json).trello;
    delete (resolve(mutated, bodySchema(mutated, 'updateUser', 'response')).properties as Json).bio;
    delete field(mutated, 'createUser', 'response', 'remote_data').description;
    (mutated['x-integrations'] as Json).okta = { name: 'OKTA' };

    expect(newLines(compareSpecToPages(mutated, allPages), baseline)).toEqual([
      'x-integrations.okta.name: page "Okta", spec "OKTA"',
      'updateUser query.organization_id x-integration-notes.trello: page has "The unique identifier for the organization", spec has nothing',
      'updateUser body.status x-supported-values.freshcaller: page has "deletedactive", spec has ["active","deleted"]',
      'updateUser response.bio: page has the field, spec lacks it',
      'createUser body.emails x-required: page has salesforce, spec lacks it',
      'createUser response.remote_data description: page has "Raw data returned from the remote API call.", spec has none',
    ]);
  });
});

describe('generated/openapi.json', () => {
  it.skipIf(!existsSync(GENERATED_SPEC))('is the bundle of spec/', () => {
    expect(JSON.parse(readFileSync(GENERATED_SPEC, 'utf8'))).toEqual(spec);
  });
});

// -------------------------------------------------------------------------------------------------
// Finding things in a bundled spec, to mutate them

/** The operation a page documents is the spec's operation at the page's method and path. */
function operationId(page: SeedPage): unknown {
  return asJson(asJson(asJson(spec.paths)[page.path])[page.method.toLowerCase()]).operationId;
}

function operation(document: Json, id: string): Json {
  for (const pathItem of Object.values(asJson(document.paths))) {
    for (const candidate of Object.values(asJson(pathItem))) {
      if (asJson(candidate).operationId === id) return asJson(candidate);
    }
  }
  throw new Error(`no operation ${id}`);
}

function bodySchema(document: Json, id: string, part: 'body' | 'response'): unknown {
  const op = operation(document, id);
  const holder = part === 'body' ? resolve(document, op.requestBody) : resolve(document, Object.values(asJson(op.responses))[0]);
  return asJson(asJson(holder.content)['application/json']).schema;
}

function field(document: Json, id: string, part: PartName, name: string): Json {
  if (part === 'body' || part === 'response') {
    return resolve(document, asJson(resolve(document, bodySchema(document, id, part)).properties)[name]);
  }
  const parameters = (operation(document, id).parameters as unknown[]).map((raw) => resolve(document, raw));
  const found = parameters.find((parameter) => parameter.name === name && parameter.in === part);
  if (!found) throw new Error(`${id}: no ${part} parameter ${name}`);
  return found;
}

function slugList(node: Json, key: string): string[] {
  const list = node[key];
  if (!Array.isArray(list)) throw new Error(`no ${key} list`);
  return list as string[];
}

function withoutSlug(node: Json, key: string, slug: string): void {
  const list = slugList(node, key);
  if (!list.includes(slug)) throw new Error(`${key} lacks ${slug} already`);
  node[key] = list.filter((item) => item !== slug);
}

function newLines(lines: string[], baseline: string[]): string[] {
  return lines.filter((line) => !baseline.includes(line));
}

function asJson(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}
