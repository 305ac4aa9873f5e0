import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConnectionError,
  RequestValidationError,
  TimeoutError,
  UnifiedApiError,
} from '../../templates/runtime/index.js';

const request = new Request('https://api.truto.one/unified/user-directory/users/u1?integrated_account_id=acc', {
  method: 'PATCH',
  headers: { Authorization: 'Bearer tok_secret' },
});

describe('errors', () => {
  it('share one base class and carry their own names', () => {
    const errors = [
      new ApiError({ operationId: 'op', method: 'get', route: '/x' }, new Response(null, { status: 500 }), undefined),
      new RequestValidationError([]),
      new TimeoutError(request, 10),
      new ConnectionError(request, new Error('boom')),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(UnifiedApiError);
      expect(error).toBeInstanceOf(Error);
    }
    expect(errors.map((error) => error.name)).toEqual([
      'ApiError',
      'RequestValidationError',
      'TimeoutError',
      'ConnectionError',
    ]);
  });

  it('name the operation, method and route of an API error', () => {
    const response = new Response('{}', { status: 404, statusText: 'Not Found' });
    const error = new ApiError(
      { operationId: 'updateUser', method: 'patch', route: '/unified/user-directory/users/{id}' },
      response,
      {},
    );
    expect(error.message).toBe('updateUser: PATCH /unified/user-directory/users/{id} answered 404 Not Found');
  });

  it('describe a request by method and URL, without its query or headers', () => {
    expect(new TimeoutError(request, 60_000).message).toBe(
      'PATCH https://api.truto.one/unified/user-directory/users/u1 timed out after 60000 ms',
    );
    expect(Object.values(new TimeoutError(request, 1))).not.toContain(request);
  });

  it('list every validation issue, one a line', () => {
    const error = new RequestValidationError([
      { path: 'integration', code: 'unknown_integration', message: '"x" is not a known integration' },
    ]);
    expect(error.message).toBe(
      'Invalid request, not sent (1 issue):\n  - integration (unknown_integration): "x" is not a known integration',
    );
  });
});
