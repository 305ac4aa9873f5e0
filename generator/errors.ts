/**
 * An error a user can act on: what is wrong and where. The CLI prints `message` alone, without a
 * stack trace; anything else that escapes is a bug in the generator and keeps its stack.
 */
export class GeneratorError extends Error {
  constructor(message: string, readonly details: string[] = []) {
    super(details.length ? `${message}\n${details.map((line) => `  - ${line}`).join('\n')}` : message);
    this.name = 'GeneratorError';
  }
}

/** `['paths', '/users/{id}', 'patch']` -> `#/paths/~1users~1{id}/patch` */
export function pointer(segments: readonly (string | number)[]): string {
  return '#/' + segments.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}
