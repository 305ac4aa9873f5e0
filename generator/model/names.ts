/**
 * Turning spec names into TypeScript names. An operationId may be anything a spec author typed;
 * what cannot become an identifier stops generation with a message naming the operation, rather
 * than producing code that does not compile (or, worse, code that says something else).
 */

/**
 * Words a variable cannot be named (the package README names one after a slug). Method names may
 * be any of them: `client.delete()` and `{ delete: ... }` are valid, and code-first specs name
 * operations after methods such as `delete`. Type names never are one: each has a suffix
 * (`DeleteRequest`).
 */
export const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof new null return super switch this throw true try ' +
    'typeof var void while with implements interface let package private protected public static yield ' +
    'await arguments eval').split(' '),
);

/**
 * Method names that cannot work, and why. The client is a plain object whose methods send
 * requests: a method under one of these names would be called by the language or by the tools
 * every program uses, and would send a request, or break the object, when no one asked it to.
 */
const UNUSABLE_METHOD_NAMES = new Map<string, string>([
  ['raw', 'the client already has `raw`, the openapi-fetch client'],
  ['forIntegration', 'the client already has `forIntegration`'],
  ['use', 'the client already has `use`, which adds middleware'],
  ['eject', 'the client already has `eject`, which removes middleware'],
  ['then', '`await` and Promise.resolve() call a `then` method: awaiting the client would send a request'],
  ['toJSON', 'JSON.stringify() calls `toJSON`: serialising the client would send a request'],
  ['toString', 'string conversion calls `toString` (`${client}`, logging): it would send a request'],
  ['valueOf', 'conversion to a number or string calls `valueOf`: it would send a request'],
  ['toLocaleString', 'formatting calls `toLocaleString`: it would send a request'],
  ['constructor', 'every object has `constructor`, which inspection (console.log, util.inspect) reads to name it'],
  ['hasOwnProperty', 'code asking the client about its own keys calls `hasOwnProperty`: it would send a request'],
  ['isPrototypeOf', 'every object has `isPrototypeOf`; code asking about prototypes would send a request'],
  ['propertyIsEnumerable', 'every object has `propertyIsEnumerable`; code that walks keys would send a request'],
]);

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
  const unusable = UNUSABLE_METHOD_NAMES.get(name);
  if (unusable) {
    throw new NameError(`${where}: operationId ${JSON.stringify(operationId)} becomes the method "${name}", which cannot work: ${unusable}; rename it`);
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
