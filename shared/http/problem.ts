/**
 * The one place where errors become HTTP (RFC 9457 problem+json, api.md "Errors").
 * Messages are exposed only below 500; a 5xx says nothing about internals.
 */
import { DependencyUnavailableError } from '../adapters/errors.js';
import { ConcurrentUpdateError, DomainError, type ErrorCode } from '../domain/errors.js';

const STATUS_AND_TITLE: Record<ErrorCode, readonly [number, string]> = {
  validation_failed: [400, 'Request is not valid'],
  unauthorized: [401, 'Authentication required'],
  invalid_signature: [401, 'Signature not valid'],
  forbidden: [403, 'Not allowed'],
  not_found: [404, 'Not found'],
  order_not_found: [404, 'Order not found'],
  invalid_state: [409, 'Not possible in the current state'],
  order_not_delivered: [409, 'Order not delivered yet'],
  awaiting_instructions: [409, 'Wait for return instructions'],
  evidence_limit_reached: [409, 'Evidence limit reached'],
  idempotency_conflict: [409, 'Request with this key is in progress'],
  order_locked: [409, 'Order is locked by its returns'],
  file_too_large: [413, 'File too large'],
  unsupported_media_type: [415, 'Unsupported media type'],
  window_closed: [422, 'Return window closed'],
  quantity_exceeds_returnable: [422, 'Quantity exceeds what can be returned'],
  evidence_incomplete: [422, 'Evidence incomplete'],
  refund_exceeds_paid: [422, 'Refund exceeds the amount paid'],
  idempotency_key_reused: [422, 'Idempotency key reused with another request'],
  rate_limited: [429, 'Too many requests'],
  stale_update: [409, 'Older than the update already applied'],
  unavailable: [503, 'Service unavailable'],
};

/** How long a client should wait before retrying after a dependency did not answer. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const PROBLEM_TYPE_BASE = 'https://errors.rma.dev/';

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly [extension: string]: unknown;
}

export function statusOf(code: ErrorCode): number {
  return STATUS_AND_TITLE[code][0];
}

export function problemFromError(error: unknown, requestId?: string): Problem {
  if (error instanceof DomainError) {
    const { code, details, message } = error as DomainError;
    const [status, title] = STATUS_AND_TITLE[code];
    return { ...details, type: PROBLEM_TYPE_BASE + code, title, status, code, detail: message };
  }
  if (error instanceof DependencyUnavailableError) {
    // The outcome of a write is unknown: the same request (same idempotency key) is safe to repeat.
    return problemFromError(
      new DomainError('unavailable', 'A service this request needs did not answer in time. Retry the same request (with the same idempotency key) shortly.', {
        retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
      }),
    );
  }
  if (error instanceof ConcurrentUpdateError) {
    // Still losing after the use case's own retries: the client may simply try again.
    return problemFromError(new DomainError('invalid_state', 'The resource changed concurrently; try again.'));
  }
  return {
    type: PROBLEM_TYPE_BASE + 'internal_error',
    title: 'Internal error',
    status: 500,
    code: 'internal_error',
    detail: 'The request could not be completed. Try again later.',
    ...(requestId ? { requestId } : {}),
  };
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Response headers a problem calls for: `retry-after` where it says when to retry. */
export function problemHeaders(problem: Problem): Record<string, string> {
  return typeof problem.retryAfterSeconds === 'number' ? { 'retry-after': String(problem.retryAfterSeconds) } : {};
}
