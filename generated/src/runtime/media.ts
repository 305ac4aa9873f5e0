/**
 * What a media type means to the client: how a request body of that type is written, and how an
 * answer of that type is read. The generator reads the same function when it types bodies, so the
 * types and the wire cannot disagree.
 *
 * - `json`: `application/json` and every `+json` type (`application/merge-patch+json`), with
 *   parameters (`application/json; charset=utf-8`, `application/json;stream=watch`);
 * - `form`: `application/x-www-form-urlencoded`;
 * - `multipart`: `multipart/form-data`;
 * - `text`: `text/*`, XML and YAML (`application/xml`, `+xml`, `application/yaml`, `+yaml`), and a few
 *   other text formats (`application/sdp`, `application/x-ndjson`, `application/javascript`);
 * - `any`: a wildcard that says nothing of the format: any type and subtype, or `application/*`;
 * - `binary`: anything else (`application/octet-stream`, `image/png`, `application/zip`).
 */
export type MediaKind = 'json' | 'form' | 'multipart' | 'text' | 'binary' | 'any';

const TEXT_TYPES = new Set(['application/sdp', 'application/x-ndjson', 'application/javascript', 'application/graphql', 'application/x-yaml']);

export function mediaKind(mediaType: string): MediaKind {
  const essence = essenceOf(mediaType);
  const [type = '', subtype = ''] = essence.split('/');
  if (essence === '*' || (subtype === '*' && (type === '*' || type === 'application'))) return 'any';
  if (type === 'application' && (subtype === 'json' || subtype.endsWith('+json'))) return 'json';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  if (essence === 'multipart/form-data') return 'multipart';
  if (type === 'text' || TEXT_TYPES.has(essence)) return 'text';
  if (type === 'application' && /^(?:xml|yaml)$|\+(?:xml|yaml)$/.test(subtype)) return 'text';
  return 'binary';
}

/** `Application/JSON; charset=utf-8` -> `application/json`. */
export function essenceOf(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/** Of the media types an operation offers, the one used when the caller does not choose: the first JSON one, else the first. */
export function preferredMediaType<T extends string>(mediaTypes: readonly T[]): T | undefined {
  return mediaTypes.find((type) => mediaKind(type) === 'json') ?? mediaTypes[0];
}
