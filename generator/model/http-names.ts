import { HEADER_NAME } from '../../templates/runtime/options.js';

/**
 * A header parameter's or an API key's name must be an HTTP token (RFC 9110; RFC 6265 for a
 * cookie's), the same test the client applies on the wire. A spec that names one otherwise describes
 * a request fetch refuses to make (`Headers` throws on every call), or, for a cookie, one whose
 * `Cookie` header the server reads otherwise than the spec means (`session; admin=true`): refused
 * at generation, where the pointer can be named.
 */
export function httpNameProblem(name: string, place: 'header' | 'cookie'): string | undefined {
  if (HEADER_NAME.test(name)) return undefined;
  return `${JSON.stringify(name)} cannot be a ${place} name: HTTP allows letters, digits and !#$%&'*+-.^_\`|~ only`;
}
