/**
 * RFC 9110's `token`: what a header field's name may be made of, and (RFC 6265) a cookie's. A spec
 * that names a header parameter or an API key otherwise describes a request fetch refuses to make
 * (`Headers` throws on every call), or, for a cookie, one whose `Cookie` header the server reads
 * otherwise than the spec means: refused at generation, where the pointer can be named.
 */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function httpNameProblem(name: string, place: 'header' | 'cookie'): string | undefined {
  if (TOKEN.test(name)) return undefined;
  return `${JSON.stringify(name)} cannot be a ${place} name: HTTP allows letters, digits and !#$%&'*+-.^_\`|~ only`;
}
