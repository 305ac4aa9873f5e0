import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel, CredentialName, SecuritySchemeModel } from '../model/types.js';
import { docs } from './docs.js';
import { objectKey, stringLiteral, valueLiteral } from './literal.js';
import type { Verbatim } from './verbatim.js';

/**
 * The client's credentials, from the spec's `securitySchemes`: the options `ClientOptions` takes and the
 * `security` table the runtime authenticates each request by (templates/runtime/auth.ts).
 */

/** How the docs name the client's credentials: "a token" / "the token", "an API key", "a credential". */
export function credentialWords(model: ApiModel): { a: string; one: string; never: string } {
  const names = Object.keys(model.auth.credentials);
  if (names.length === 1 && names[0] === 'token') return { a: 'a token', one: 'token', never: 'The token never' };
  if (names.length === 1 && names[0] === 'apiKey') return { a: 'an API key', one: 'API key', never: 'The API key never' };
  return { a: 'a credential', one: 'credential', never: 'No credential ever' };
}

/**
 * `ClientOptions` (the connection's options and the credentials the API's schemes take, each
 * required when no operation can do without it) and `security`, the schemes and requirements the
 * runtime authenticates each request by.
 */
export function authStatements(model: ApiModel, verbatim: Verbatim): StatementStructures[] {
  const { schemes, declared, credentials, security } = model.auth;
  const required = (Object.keys(credentials) as CredentialName[]).filter((name) => credentials[name] === 'required');
  const schemeLines = schemes.map((scheme) => `    ${objectKey(scheme.name)}: ${schemeLiteral(scheme)},`);
  return [
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'ClientOptions',
      docs: docs('How to reach the API, and the credentials to send.'),
      extends: ['ConnectionOptions'],
      properties: (['token', 'apiKey', 'username', 'password'] as const)
        .filter((name) => credentials[name] !== undefined)
        .map((name) => ({
          name,
          hasQuestionToken: credentials[name] !== 'required',
          type: 'string',
          docs: docs(credentialDocs(name, schemes, declared)),
        })),
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: docs(
        declared
          ? `How the API authenticates (its \`securitySchemes\`), what an operation needs unless it says otherwise${model.auth.implied ? ' (the spec requires none, so any scheme it declares is sent when its credentials are given)' : ''}, and which credentials every operation needs.`
          : 'The spec declares no security scheme: a token is sent as a bearer token when given.',
      ),
      declarations: [
        {
          name: 'security',
          type: 'Security',
          initializer: verbatim(
            `{\n  schemes: {\n${schemeLines.join('\n')}\n  },\n  security: ${requirementsLiteral(security)},\n  required: ${valueLiteral(required, '  ')},\n}`,
          ),
        },
      ],
    },
  ];
}

/** `[['a'], ['b', 'c']]`, one alternative per line when long. */
function requirementsLiteral(requirements: string[][]): string {
  const alternatives = requirements.map((names) => `[${names.map(stringLiteral).join(', ')}]`);
  const inline = `[${alternatives.join(', ')}]`;
  return inline.length <= 80 ? inline : `[\n${alternatives.map((alternative) => `    ${alternative},`).join('\n')}\n  ]`;
}

function schemeLiteral(scheme: SecuritySchemeModel): string {
  if (scheme.kind !== 'apiKey') return `{ type: ${stringLiteral(scheme.kind)} }`;
  return `{ type: 'apiKey', in: ${stringLiteral(scheme.in!)}, name: ${stringLiteral(scheme.parameterName!)} }`;
}

/** What an option's doc comment says: how each scheme that takes it sends it. */
function credentialDocs(name: CredentialName, schemes: SecuritySchemeModel[], declared: boolean): string {
  const named = (scheme: SecuritySchemeModel) => (declared ? ` (\`${scheme.name}\`${scheme.description ? `: ${scheme.description.trim().replace(/\.$/, '')}` : ''})` : '');
  switch (name) {
    case 'token':
      return schemes
        .filter((scheme) => scheme.kind === 'bearer')
        .map((scheme) => `Sent as \`Authorization: Bearer <token>\`${named(scheme)}.`)
        .join('\n\n');
    case 'apiKey': {
      const places = schemes
        .filter((scheme) => scheme.kind === 'apiKey')
        .map((scheme) => `${scheme.in === 'header' ? 'the header' : scheme.in === 'query' ? 'the query parameter' : 'the cookie'} \`${scheme.parameterName}\`${named(scheme)}`);
      return places.length === 1 ? `Sent as ${places[0]}.` : `Sent where the operation's scheme says:\n\n${places.map((place) => `- ${place}`).join('\n')}`;
    }
    case 'username':
      return schemes
        .filter((scheme) => scheme.kind === 'basic')
        .map((scheme) => `Basic authentication's user name, sent with \`password\` as \`Authorization: Basic ...\`${named(scheme)}.`)
        .join('\n\n');
    case 'password':
      return "Basic authentication's password; empty when left out.";
  }
}
