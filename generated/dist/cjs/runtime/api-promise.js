"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApiPromise = void 0;
/**
 * The promise every client method returns: it resolves to the response data, and
 * `.withResponse()` gives the same data with the fetch `Response` it came from, for its status and
 * headers (a request id, rate-limit headers). Both read the one answer: the request is sent once,
 * and its body read once, however the result is taken.
 *
 * Like any promise, it rejects (with the package's errors) when the call fails; nothing is parsed
 * until it is awaited or `.withResponse()` is called.
 */
class ApiPromise extends Promise {
    #result;
    #data;
    constructor(result) {
        // The promise itself is a placeholder: `then`, `catch` and `finally` read the call's result.
        super((resolve) => resolve(undefined));
        this.#result = result;
    }
    /** The data together with the `Response` it was read from. */
    withResponse() {
        return this.#result;
    }
    then(onfulfilled, onrejected) {
        return this.#dataPromise().then(onfulfilled, onrejected);
    }
    catch(onrejected) {
        return this.#dataPromise().catch(onrejected);
    }
    finally(onfinally) {
        return this.#dataPromise().finally(onfinally);
    }
    #dataPromise() {
        this.#data ??= this.#result.then(({ data }) => data);
        return this.#data;
    }
}
exports.ApiPromise = ApiPromise;
