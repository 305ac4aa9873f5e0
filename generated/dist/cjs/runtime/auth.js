"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BEARER_TOKEN = void 0;
exports.authentication = authentication;
/** A bearer token, required: what the client sends when an API says nothing else (CONTRACT.md section 4). */
exports.BEARER_TOKEN = { schemes: { bearer: { type: 'bearer' } }, security: [['bearer']], required: ['token'] };
/**
 * The middleware that authenticates each request, the first the client runs: for the operation's
 * requirements (its table's, else the API's, found by method and route; `client.raw` included), the
 * first alternative whose credentials the client has is sent. An operation with `security: []` gets
 * none. A header or query key the request already has is left alone, so that a call's own `headers`
 * (another token, say) win over the client's. When no alternative can be met the request goes
 * without, and the API answers it.
 */
function authentication(security, credentials, operations) {
    const requirements = new Map();
    for (const table of Object.values(operations)) {
        requirements.set(`${table.method.toUpperCase()} ${table.route}`, table.security ?? security.security);
    }
    return {
        async onRequest({ request, schemaPath }) {
            const alternatives = requirements.get(`${request.method} ${schemaPath}`) ?? security.security;
            const chosen = alternatives.find((names) => names.length > 0 && names.every((name) => canSend(schemeNamed(security, name), credentials)));
            let authenticated = request;
            for (const name of chosen ?? [])
                authenticated = await apply(schemeNamed(security, name), credentials, authenticated);
            return authenticated;
        },
    };
}
/** Own keys only: a requirement naming `constructor` must not find Object.prototype's. */
function schemeNamed(security, name) {
    return Object.hasOwn(security.schemes, name) ? security.schemes[name] : undefined;
}
function canSend(scheme, credentials) {
    if (scheme === undefined)
        return false;
    if (scheme.type === 'bearer')
        return credentials.token !== undefined;
    if (scheme.type === 'basic')
        return credentials.username !== undefined;
    return credentials.apiKey !== undefined;
}
async function apply(scheme, credentials, request) {
    const setHeader = (name, value) => {
        if (!request.headers.has(name))
            request.headers.set(name, value);
        return request;
    };
    switch (scheme.type) {
        case 'bearer':
            return setHeader('Authorization', `Bearer ${credentials.token}`);
        case 'basic':
            return setHeader('Authorization', `Basic ${base64(`${credentials.username}:${credentials.password ?? ''}`)}`);
        case 'apiKey': {
            const key = credentials.apiKey;
            if (scheme.in === 'header')
                return setHeader(scheme.name, key);
            if (scheme.in === 'cookie') {
                const cookie = request.headers.get('Cookie');
                const pair = `${scheme.name}=${encodeURIComponent(key)}`;
                if (cookie === null)
                    request.headers.set('Cookie', pair);
                else if (!cookie.split(';').some((part) => part.trim().startsWith(`${scheme.name}=`)))
                    request.headers.set('Cookie', `${cookie}; ${pair}`);
                return request;
            }
            const url = new URL(request.url);
            if (url.searchParams.has(scheme.name))
                return request;
            // Appended to the query as written, so that the rest of it keeps its encoding (brackets).
            url.search = `${url.search === '' ? '' : `${url.search}&`}${encodeURIComponent(scheme.name)}=${encodeURIComponent(key)}`;
            return withUrl(request, url);
        }
    }
}
/**
 * The same request at another URL. Its body is read into memory first: a request made from another
 * one's body stream needs `duplex`, which not every runtime takes.
 */
async function withUrl(request, url) {
    const { method, headers, signal, redirect, credentials, cache, integrity, keepalive, mode, referrer, referrerPolicy } = request;
    const body = request.body === null ? undefined : await request.arrayBuffer();
    return new Request(url, { method, headers, signal, redirect, credentials, cache, integrity, keepalive, mode, referrer, referrerPolicy, body });
}
/** Base64 of the text's UTF-8 bytes (RFC 7617), with what browsers and Node both have. */
function base64(text) {
    let binary = '';
    for (const byte of new TextEncoder().encode(text))
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
