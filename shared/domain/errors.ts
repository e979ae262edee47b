/**
 * Domain errors carry a stable machine code from the API contract (api.md, "Errors").
 * They know nothing of HTTP: the edge maps codes to statuses in one place (shared/http/problem.ts).
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'invalid_signature',
  'forbidden',
  'not_found',
  'order_not_found',
  'invalid_state',
  'order_not_delivered',
  'awaiting_instructions',
  'evidence_limit_reached',
  'idempotency_conflict',
  'order_locked',
  'file_too_large',
  'unsupported_media_type',
  'window_closed',
  'quantity_exceeds_returnable',
  'evidence_incomplete',
  'refund_exceeds_paid',
  'idempotency_key_reused',
  'rate_limited',
  'stale_update',
  'unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { readonly errors?: readonly FieldProblem[]; readonly [key: string]: unknown } = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A precondition on stored state failed (a concurrent writer won); the caller may re-read and retry. */
export class ConcurrentUpdateError extends Error {
  override name = 'ConcurrentUpdateError';
}
