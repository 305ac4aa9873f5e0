"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mediaKind = mediaKind;
exports.essenceOf = essenceOf;
exports.preferredMediaType = preferredMediaType;
const TEXT_TYPES = new Set(['application/sdp', 'application/x-ndjson', 'application/javascript', 'application/graphql', 'application/x-yaml']);
function mediaKind(mediaType) {
    const essence = essenceOf(mediaType);
    const [type = '', subtype = ''] = essence.split('/');
    if (essence === '*' || (subtype === '*' && (type === '*' || type === 'application')))
        return 'any';
    if (type === 'application' && (subtype === 'json' || subtype.endsWith('+json')))
        return 'json';
    if (essence === 'application/x-www-form-urlencoded')
        return 'form';
    if (essence === 'multipart/form-data')
        return 'multipart';
    if (type === 'text' || TEXT_TYPES.has(essence))
        return 'text';
    if (type === 'application' && /^(?:xml|yaml)$|\+(?:xml|yaml)$/.test(subtype))
        return 'text';
    return 'binary';
}
/** `Application/JSON; charset=utf-8` -> `application/json`. */
function essenceOf(mediaType) {
    return mediaType.split(';')[0].trim().toLowerCase();
}
/** Of the media types an operation offers, the one used when the caller does not choose: the first JSON one, else the first. */
function preferredMediaType(mediaTypes) {
    return mediaTypes.find((type) => mediaKind(type) === 'json') ?? mediaTypes[0];
}
