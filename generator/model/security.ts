/**
 * Authentication, from `components.securitySchemes` and the `security` requirements. What the
 * client sends for each kind of scheme, and which of its options carry the credentials:
 *
 * - `http` `bearer`, `oauth2`, `openIdConnect`: `Authorization: Bearer <token>`, option `token`
 *   (an OAuth flow's or OpenID provider's token is a bearer token once obtained);
 * - `http` `basic`: `Authorization: Basic ...`, options `username` and `password`;
 * - `apiKey`: the key under its name in a header, the query or a cookie, option `apiKey`.
 *
 * Other schemes (`mutualTLS`, `http` `digest`) cannot be sent by a fetch client; they are left out,
 * and a requirement that names one is never met.
 */
import { GeneratorError } from '../errors.js';
import { httpNameProblem } from './http-names.js';
import { isPlainObject } from '../../extensions/index.js';
import type { Json } from './resolve.js';
import { text, type SchemaReader } from './schemas.js';
import type { AuthModel, CredentialName, OperationModel, SecuritySchemeModel } from './types.js';

const CREDENTIALS: Record<SecuritySchemeModel['kind'], CredentialName[]> = {
  bearer: ['token'],
  basic: ['username', 'password'],
  apiKey: ['apiKey'],
};

export function readSecuritySchemes(document: Json, reader: SchemaReader): SecuritySchemeModel[] {
  const components = isPlainObject(document.components) ? document.components : {};
  const schemes = isPlainObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.entries(schemes).flatMap(([name, raw]): SecuritySchemeModel[] => {
    const { target: scheme, resolved: pointer } = reader.written(raw, `#/components/securitySchemes/${escape(name)}`);
    const description = text(scheme.description);
    const base = { name, pointer, ...(description === undefined ? {} : { description }) };
    const httpScheme = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : undefined;
    if ((scheme.type === 'http' && httpScheme === 'bearer') || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
      return [{ ...base, kind: 'bearer' }];
    }
    if (scheme.type === 'http' && httpScheme === 'basic') return [{ ...base, kind: 'basic' }];
    if (scheme.type === 'apiKey') {
      if (typeof scheme.name !== 'string' || scheme.name === '' || !['header', 'query', 'cookie'].includes(scheme.in as string)) {
        throw new GeneratorError(`${pointer}: an apiKey scheme needs a "name" and an "in" of header, query or cookie`);
      }
      const nameProblem = scheme.in === 'query' ? undefined : httpNameProblem(scheme.name, scheme.in as 'header' | 'cookie');
      if (nameProblem) throw new GeneratorError(`${pointer}/name: ${nameProblem}`);
      return [{ ...base, kind: 'apiKey', in: scheme.in as 'header' | 'query' | 'cookie', parameterName: scheme.name }];
    }
    return [];
  });
}

/** A `security` list: alternatives, each the names of the schemes it needs together. */
export function readRequirements(value: unknown, where: string): string[][] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new GeneratorError(`${where}: security must be a list of requirement objects`);
  return value.map((requirement, index) => {
    if (!isPlainObject(requirement)) throw new GeneratorError(`${where}/${index}: a security requirement must be an object of scheme names`);
    return Object.keys(requirement);
  });
}

/** What a spec that declares no scheme is read as taking: an optional bearer token. */
const UNDECLARED: SecuritySchemeModel = { name: 'bearer', pointer: '', kind: 'bearer' };

/**
 * The API's default requirements and what the client's options must hold. A spec that declares
 * schemes but requires none anywhere is read as accepting each of them: the client sends whatever
 * credentials it is given, rather than none at all (GitHub's and Kubernetes' specs declare their
 * token that way). A spec that declares none gets an optional bearer token, sent when given.
 */
export function authModel(declaredSchemes: SecuritySchemeModel[], rootSecurity: string[][] | undefined, operations: OperationModel[]): AuthModel {
  const declared = declaredSchemes.length > 0;
  const schemes = declared ? declaredSchemes : [UNDECLARED];
  const implied = declared && rootSecurity === undefined && !operations.some((operation) => operation.ownSecurity);
  const security = !declared ? [[UNDECLARED.name]] : (rootSecurity ?? (implied ? schemes.map((scheme) => [scheme.name]) : []));
  for (const operation of operations) {
    if (!operation.ownSecurity) operation.security = security;
  }
  const credentials = declared ? credentialsOf(schemes, operations) : { token: 'optional' as const };
  return { schemes, declared, security, implied, credentials };
}

/**
 * Every credential some scheme uses is an option; it is required when no operation can be called
 * without it: every operation's every alternative needs it (and there is no `{}` alternative).
 * `password` never is: a basic scheme's key is often the user name alone (Stripe's).
 */
function credentialsOf(schemes: SecuritySchemeModel[], operations: OperationModel[]): AuthModel['credentials'] {
  const byName = new Map(schemes.map((scheme) => [scheme.name, scheme]));
  const needs = (requirement: string[]): Set<CredentialName> =>
    new Set(requirement.flatMap((name) => {
      const scheme = byName.get(name);
      return scheme ? CREDENTIALS[scheme.kind].filter((credential) => credential !== 'password') : [];
    }));
  const credentials: AuthModel['credentials'] = {};
  for (const scheme of schemes) for (const credential of CREDENTIALS[scheme.kind]) credentials[credential] = 'optional';
  for (const credential of Object.keys(credentials) as CredentialName[]) {
    const everywhere =
      operations.length > 0 &&
      operations.every((operation) => operation.security.length > 0 && operation.security.every((requirement) => needs(requirement).has(credential)));
    if (everywhere) credentials[credential] = 'required';
  }
  return credentials;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
