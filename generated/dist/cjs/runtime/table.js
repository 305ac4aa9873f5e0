"use strict";
/**
 * The shape of the runtime tables the generator writes for each operation. The client reads them to
 * build the request and to check it against its integration's rules before sending; the package's
 * types are derived from the same tables, so the two cannot disagree.
 */
Object.defineProperty(exports, "__esModule", { value: true });
