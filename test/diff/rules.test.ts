/**
 * The change report's rules (CONTRACT.md section 6), one pair of specs each: the base spec of
 * spec-pairs.ts and a copy with one change. Each change is named by integration, operation and
 * field, and says whether it breaks that integration's callers.
 */
import { describe, expect, it } from 'vitest';
import { baseSpec, changed, changesBetween, createBody, createUser, user, type Json } from './spec-pairs.ts';

const diff = (change: (spec: Json) => void) => changesBetween(baseSpec(), changed(change));

describe('the change report', () => {
  it('reports nothing for a spec against itself', () => {
    expect(changesBetween(baseSpec(), baseSpec())).toEqual([]);
  });

  describe('operations', () => {
    it('an operation an integration had is gone for it: breaking; one it gains: not', () => {
      expect(diff((spec) => (createUser(spec)['x-supported'] = ['alpha', 'beta']))).toEqual(['gamma createUser operation breaking operation-removed']);
      expect(diff((spec) => (spec.paths['/users/{id}'].patch['x-supported'] = ['alpha', 'beta', 'gamma']))).toEqual([
        'gamma updateUser operation ok operation-added',
      ]);
      expect(diff((spec) => delete spec.paths['/users/{id}'])).toEqual([
        'alpha updateUser operation breaking operation-removed',
        'beta updateUser operation breaking operation-removed',
      ]);
    });

    it('a new endpoint, or a request body that becomes required, breaks', () => {
      expect(diff((spec) => (spec.paths['/users/{id}'].put = spec.paths['/users/{id}'].patch) && delete spec.paths['/users/{id}'].patch)).toEqual([
        'alpha updateUser operation breaking endpoint-changed',
        'beta updateUser operation breaking endpoint-changed',
      ]);
      expect(diff((spec) => (spec.paths['/users/{id}'].patch.requestBody.required = true))).toEqual([
        'alpha updateUser operation breaking body-required',
        'beta updateUser operation breaking body-required',
      ]);
    });
  });

  describe('parameters and fields', () => {
    it('one an integration accepted is gone for it: breaking; one it gains: not, unless it must send it', () => {
      expect(diff((spec) => (createUser(spec).parameters[1]['x-supported'] = ['alpha']))).toEqual(['beta createUser query.org breaking field-removed']);
      expect(diff((spec) => (createUser(spec).parameters[1]['x-supported'] = ['alpha', 'beta', 'gamma']))).toEqual(['gamma createUser query.org ok field-added']);
      expect(diff((spec) => (createBody(spec).properties.timezone['x-supported'] = ['alpha', 'beta', 'gamma']) && (createBody(spec).properties.timezone['x-required'] = ['beta']))).toEqual([
        'beta createUser body.timezone breaking field-added-required',
      ]);
      expect(diff((spec) => delete createBody(spec).properties.age)).toEqual([
        'alpha createUser body.age breaking field-removed',
        'beta createUser body.age breaking field-removed',
        'gamma createUser body.age breaking field-removed',
      ]);
    });

    it('optional -> required for an integration breaks it alone; required -> optional breaks nobody', () => {
      expect(diff((spec) => (createBody(spec).properties.timezone['x-required'] = ['gamma']))).toEqual(['gamma createUser body.timezone breaking required']);
      expect(diff((spec) => delete createUser(spec).parameters[1]['x-required'])).toEqual(['alpha createUser query.org ok optional']);
    });

    it('plain `required` counts for every integration that has the field', () => {
      expect(diff((spec) => createBody(spec).required.push('age'))).toEqual([
        'alpha createUser body.age breaking required',
        'beta createUser body.age breaking required',
        'gamma createUser body.age breaking required',
      ]);
      expect(diff((spec) => createBody(spec).required.push('emails'))).toEqual(['alpha createUser body.emails breaking required', 'beta createUser body.emails breaking required']);
    });

    it('nested fields count at their own path, in array items and oneOf branches alike', () => {
      // Email is the items of `emails` (Alpha and Beta) and a branch of `contact` (everyone).
      expect(diff((spec) => (spec.components.schemas.Email.properties.email['x-required'] = ['beta']))).toEqual([
        'beta createUser body.emails.email breaking required',
        'beta createUser body.contact.email breaking required',
      ]);
      expect(diff((spec) => delete spec.components.schemas.Email.properties.primary)).toEqual([
        'alpha createUser body.emails.primary breaking field-removed',
        'alpha createUser body.contact.primary breaking field-removed',
        'beta createUser body.emails.primary breaking field-removed',
        'beta createUser body.contact.primary breaking field-removed',
        'gamma createUser body.contact.primary breaking field-removed',
      ]);
      expect(diff((spec) => (spec.components.schemas.Email.properties.label = { type: 'string', 'x-supported': ['beta'] }))).toEqual([
        'beta createUser body.emails.label ok field-added',
        'beta createUser body.contact.label ok field-added',
      ]);
    });

    it('a recursive schema (a group of groups) is compared to its first repetition and no further', () => {
      const withGroups = (spec: Json) => {
        spec.components.schemas.Group = { type: 'object', properties: { name: { type: 'string' }, subgroups: { type: 'array', items: { $ref: '#/components/schemas/Group' } } } };
        createBody(spec).properties.group = { $ref: '#/components/schemas/Group', 'x-supported': ['alpha'] };
      };
      const base = changed(withGroups);
      const head = changed((spec) => {
        withGroups(spec);
        spec.components.schemas.Group.required = ['name'];
      });
      expect(changesBetween(base, head)).toEqual(['alpha createUser body.group.name breaking required', 'alpha createUser body.group.subgroups.name breaking required']);
    });
  });

  describe('enums', () => {
    it('a value an integration accepted is gone for it: breaking; values added: not', () => {
      expect(diff((spec) => (createBody(spec).properties.status['x-supported-values'].beta = ['active']))).toEqual(['beta createUser body.status breaking values-removed']);
      expect(diff((spec) => (createBody(spec).properties.status['x-supported-values'].alpha = ['active']))).toEqual(['alpha createUser body.status breaking values-removed']);
      // Beta's narrower list holds; the others accept the new value.
      expect(diff((spec) => createBody(spec).properties.status.enum.push('invited'))).toEqual([
        'alpha createUser body.status ok values-added',
        'gamma createUser body.status ok values-added',
      ]);
      expect(diff((spec) => delete createBody(spec).properties.status['x-supported-values'])).toEqual(['beta createUser body.status ok values-added']);
    });

    it('an enum on a field that had none narrows it: breaking', () => {
      expect(diff((spec) => (createBody(spec).properties.timezone.enum = ['UTC']))).toEqual([
        'alpha createUser body.timezone breaking enum-added',
        'gamma createUser body.timezone breaking enum-added',
      ]);
    });
  });

  describe('types', () => {
    it('a changed type, a narrowed format or a removed oneOf branch breaks; widening does not', () => {
      const everyone = (where: string, verdict: string) => ['alpha', 'beta', 'gamma'].map((slug) => `${slug} createUser ${where} ${verdict} type-changed`);
      expect(diff((spec) => (createBody(spec).properties.age.type = 'string'))).toEqual(everyone('body.age', 'breaking'));
      expect(diff((spec) => (createBody(spec).properties.age.type = 'number'))).toEqual(everyone('body.age', 'ok'));
      expect(diff((spec) => (createBody(spec).properties.age.format = 'int64'))).toEqual(everyone('body.age', 'ok'));
      expect(diff((spec) => (createBody(spec).properties.name.format = 'email'))).toEqual(everyone('body.name', 'breaking'));
      expect(diff((spec) => delete createBody(spec).properties.age.format)).toEqual(everyone('body.age', 'ok'));
      expect(diff((spec) => createBody(spec).properties.contact.oneOf.pop())).toEqual(everyone('body.contact', 'breaking'));
      expect(diff((spec) => createBody(spec).properties.contact.oneOf.push({ type: 'integer' }))).toEqual(everyone('body.contact', 'ok'));
    });

    it('in a response, a type that widens breaks, and one that narrows does not', () => {
      const both = (where: string, verdict: string) => [
        `alpha createUser ${where} ${verdict} type-changed`,
        `alpha updateUser ${where} ${verdict} type-changed`,
        `beta createUser ${where} ${verdict} type-changed`,
        `beta updateUser ${where} ${verdict} type-changed`,
        `gamma createUser ${where} ${verdict} type-changed`,
      ];
      expect(diff((spec) => (user(spec).properties.id.type = ['string', 'null']))).toEqual(both('response.id', 'breaking'));
      expect(diff((spec) => delete user(spec).properties.created_at.format)).toEqual(both('response.created_at', 'breaking'));
      expect(diff((spec) => (user(spec).properties.created_at.type = ['string']))).toEqual([]);
    });
  });

  describe('responses', () => {
    it('a field an integration returned is gone for it: breaking; a new one: not; no longer always there: breaking', () => {
      expect(diff((spec) => (user(spec).properties.name['x-supported'] = ['alpha']))).toEqual([
        'beta createUser response.name breaking field-removed',
        'beta updateUser response.name breaking field-removed',
      ]);
      expect(diff((spec) => (user(spec).properties.bio = { type: 'string', 'x-supported': ['gamma'] }))).toEqual(['gamma createUser response.bio ok field-added']);
      expect(diff((spec) => (user(spec).required = []))).toEqual([
        'alpha createUser response.id breaking optional',
        'alpha updateUser response.id breaking optional',
        'beta createUser response.id breaking optional',
        'beta updateUser response.id breaking optional',
        'gamma createUser response.id breaking optional',
      ]);
    });
  });

  describe('integrations', () => {
    const everywhere = (spec: Json, from: string, to: string | undefined) => {
      for (const operation of [createUser(spec), spec.paths['/users/{id}'].patch]) {
        operation['x-supported'] = operation['x-supported'].flatMap((slug: string) => (slug === from ? (to ? [to] : []) : [slug]));
      }
      for (const node of [createUser(spec).parameters[1], createBody(spec).properties.emails, createBody(spec).properties.timezone, user(spec).properties.name]) {
        for (const key of ['x-supported', 'x-required']) {
          if (node[key]) node[key] = node[key].flatMap((slug: string) => (slug === from ? (to ? [to] : []) : [slug]));
        }
      }
    };

    it('a removed integration breaks each operation it had; a new one breaks nothing', () => {
      expect(
        diff((spec) => {
          delete spec['x-integrations'].gamma;
          everywhere(spec, 'gamma', undefined);
        }),
      ).toEqual(['gamma createUser operation breaking integration-removed']);
      expect(
        diff((spec) => {
          spec['x-integrations'].delta = { name: 'Delta' };
          createUser(spec)['x-supported'].push('delta');
        }),
      ).toEqual(['delta createUser operation ok integration-added']);
    });

    it('a renamed integration (new slug, same support) breaks requests with the old slug; a new display name with the same slug does not', () => {
      expect(
        diff((spec) => {
          delete spec['x-integrations'].alpha;
          spec['x-integrations'].alphatwo = { name: 'Alpha Two' };
          everywhere(spec, 'alpha', 'alphatwo');
        }),
      ).toEqual(['alpha createUser operation breaking integration-renamed', 'alpha updateUser operation breaking integration-renamed']);
      expect(diff((spec) => (spec['x-integrations'].alpha = { name: 'ALPHA' }))).toEqual(['alpha  operation ok integration-renamed']);
    });
  });
});
