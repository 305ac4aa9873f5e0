import type { ValidationIssue } from './errors.js';
import type { OperationTable } from './table.js';
/** A request as the client methods take it, before any check. */
export interface OperationRequest {
    integration?: string | undefined;
    path?: object | undefined;
    query?: object | undefined;
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
 */
export declare function validateRequest(table: OperationTable, request: OperationRequest, knownIntegrations?: readonly string[]): ValidationIssue[];
//# sourceMappingURL=validate.d.ts.map
