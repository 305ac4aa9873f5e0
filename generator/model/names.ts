/**
 * Turning spec names into TypeScript names. An operationId may be anything a spec author typed;
 * what cannot become an identifier stops generation with a message naming the operation, rather
 * than producing code that does not compile (or, worse, code that says something else).
 */

export const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof new null return super switch this throw true try ' +
    'typeof var void while with implements interface let package private protected public static yield ' +
    'await any boolean number string symbol never unknown object undefined').split(' '),
);

/** Names the client itself uses: an operation cannot take them (`then` would make it a thenable). */
const CLIENT_MEMBERS = new Set(['raw', 'forIntegration', 'use', 'eject', 'then']);

export class NameError extends Error {}

/** `create-user`, `create_user`, `CreateUser` -> `createUser`. */
export function toMethodName(operationId: string, where: string): string {
  const words = operationId.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) {
    throw new NameError(`${where}: operationId ${JSON.stringify(operationId)} has no letters or digits to make a method name from`);
  }
  const name = words.map((word, index) => (index === 0 ? lowerFirst(word) : upperFirst(word))).join('');
  if (!/^[A-Za-z_$]/.test(name)) {
    throw new NameError(`${where}: operationId ${JSON.stringify(operationId)} starts with a digit and cannot become a method name; rename it`);
  }
  if (CLIENT_MEMBERS.has(name)) {
    throw new NameError(`${where}: operationId ${JSON.stringify(operationId)} becomes "${name}", which the client already uses; rename it`);
  }
  if (RESERVED.has(name)) {
    throw new NameError(`${where}: operationId ${JSON.stringify(operationId)} is a reserved word in TypeScript; rename it`);
  }
  return name;
}

/** `createUser` -> `CreateUser`. */
export function toTypeName(methodName: string): string {
  return upperFirst(methodName);
}

/** An operation without an operationId is named from its method and path: `get /pets/{id}` -> `getPetsId`. */
export function operationIdFromRoute(method: string, route: string): string {
  const words = route.split(/[^A-Za-z0-9]+/).filter(Boolean).map(upperFirst);
  return method.toLowerCase() + words.join('');
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}
