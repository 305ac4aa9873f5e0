import type { ValidationIssue } from './errors.js';
import type { OperationTable } from './table.js';
/** A request as the client methods take it, before any check. */
export interface OperationRequest {
    integration?: string | undefined;
    path?: object | undefined;
    query?: object | undefined;
    header?: object | undefined;
    cookie?: object | undefined;
    /** The media type to send the body as, one of the operation's; its default when left out. */
    contentType?: string | undefined;
    body?: unknown;
}
/**
 * Checks a request against its operation's table and the rules of its integration, and returns every
 * issue found (empty when the request may be sent), each with a message that names the integration
 * whose rule it breaks ("okta does not support password"): an integration that is unknown or lacks the
 * operation, keys the operation or the integration does not support, required keys that are missing,
 * values outside the integration's enum. `knownIntegrations` (every slug of the API) tells an unknown
 * integration from one that merely lacks this operation.
 *
 * Without a usable integration (the spec names none, or the request's is wrong) only what holds for
 * every integration is checked: unknown keys, plainly required keys, the spec's enums.
 *
 * The body's fields are checked when it is sent in the operation's default media type, whose schema
 * the table holds, as an object (not a `Blob` or text the caller wrote): another media type's schema
 * is the API's to judge. A `contentType` the operation does not take is an issue of its own.
 */
export declare function validateRequest(table: OperationTable, request: OperationRequest, knownIntegrations?: readonly string[]): ValidationIssue[];
//# sourceMappingURL=validate.d.ts.map
