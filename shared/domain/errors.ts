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
  path: string;
  message: string;
}

/**
 * What a problem of each code carries beyond type, title, status, code and detail (api.md,
 * "Extension members"). The HTTP contract declares the same members from this map
 * (shared/api/problems.ts), checked at compile time, so a generated client can read them.
 */
export interface ExtensionMembers {
  validation_failed: { errors: FieldProblem[] };
  /** `rmaStatus`: the state the RMA is in (`status` is the problem's HTTP status). */
  invalid_state: { rmaStatus?: string };
  awaiting_instructions: { rmaStatus: string };
  unsupported_media_type: { allowed: string[] };
  file_too_large: { maxBytes: number };
  window_closed: { closesAt: string };
  quantity_exceeds_returnable: { errors: FieldProblem[]; returnable: number };
  evidence_incomplete: { missing: string[] };
  refund_exceeds_paid: { paid: number };
  rate_limited: { retryAfterSeconds: number };
  stale_update: { appliedUpdatedAt: string };
  unavailable: { retryAfterSeconds: number };
}

export type DetailsOf<C extends ErrorCode> = C extends keyof ExtensionMembers ? ExtensionMembers[C] : Record<string, never>;

export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: C,
    message: string,
    readonly details: DetailsOf<C> = {} as DetailsOf<C>,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A precondition on stored state failed (a concurrent writer won); the caller may re-read and retry. */
export class ConcurrentUpdateError extends Error {
  override name = 'ConcurrentUpdateError';
}
