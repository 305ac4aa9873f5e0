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
export declare function mediaKind(mediaType: string): MediaKind;
/** `Application/JSON; charset=utf-8` -> `application/json`. */
export declare function essenceOf(mediaType: string): string;
/** Of the media types an operation offers, the one used when the caller does not choose: the first JSON one, else the first. */
export declare function preferredMediaType<T extends string>(mediaTypes: readonly T[]): T | undefined;
//# sourceMappingURL=media.d.ts.map
