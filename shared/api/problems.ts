/**
 * The problem+json bodies of the contract, one schema per error code, from the same map of
 * extension members the domain raises its errors with (domain/errors.ts ExtensionMembers): a
 * member added there without its schema here, or with another type, does not compile.
 */
import * as z from 'zod/mini';
import { ERROR_CODES, type ErrorCode, type ExtensionMembers } from '../domain/errors.js';
import { statusOf } from '../http/problem.js';
import { described } from './schemas.js';

const fieldProblem = z.strictObject({ path: described(z.string(), 'where in the request, e.g. lines[0].quantity'), message: z.string() });

export const PROBLEM_EXTENSIONS = {
  validation_failed: { errors: described(z.array(fieldProblem), 'every problem, by its path') },
  invalid_state: { rmaStatus: described(z.optional(z.string()), 'the state the RMA is in') },
  awaiting_instructions: { rmaStatus: described(z.string(), 'the state the RMA is in') },
  unsupported_media_type: { allowed: described(z.array(z.string()), 'the content types that are accepted') },
  file_too_large: { maxBytes: described(z.int(), 'the largest file of this kind') },
  window_closed: { closesAt: described(z.iso.datetime(), 'when the window closed') },
  quantity_exceeds_returnable: { errors: z.array(fieldProblem), returnable: described(z.int(), 'units of the line that can still be returned') },
  evidence_incomplete: { missing: described(z.array(z.string()), 'what is still missing, in words') },
  refund_exceeds_paid: { paid: described(z.int(), 'what was paid for the returned units, minor units') },
  rate_limited: { retryAfterSeconds: described(z.int(), 'as the retry-after header') },
  stale_update: { appliedUpdatedAt: described(z.iso.datetime(), 'the updatedAt of the update applied') },
  unavailable: { retryAfterSeconds: described(z.int(), 'as the retry-after header') },
} as const;

/** Compile-time: the schemas above describe exactly the members the domain raises. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agreed: { [C in keyof ExtensionMembers]: Same<z.output<z.ZodMiniObject<(typeof PROBLEM_EXTENSIONS)[C]>>, ExtensionMembers[C]> } = {
  validation_failed: true,
  invalid_state: true,
  awaiting_instructions: true,
  unsupported_media_type: true,
  file_too_large: true,
  window_closed: true,
  quantity_exceeds_returnable: true,
  evidence_incomplete: true,
  refund_exceeds_paid: true,
  rate_limited: true,
  stale_update: true,
  unavailable: true,
};
void agreed;

/** What each code means, for the people reading the document (and the error descriptions in it). */
export const ERROR_DESCRIPTIONS: Readonly<Record<ErrorCode, string>> = {
  validation_failed: 'The request is not valid: `errors` lists every problem by its path. Nothing changed.',
  unauthorized: 'No valid credentials: a missing, malformed, unknown or expired token.',
  invalid_signature: 'The storefront signature is missing, wrong, or its timestamp is more than 300 s from now.',
  forbidden: 'Authenticated, but not allowed: e.g. an ops token outside the rma-ops group.',
  not_found: 'No such resource, or not yours: another order’s RMA answers exactly as a missing one.',
  order_not_found: 'No order matches (sign-in answers an unknown order and a wrong email alike).',
  invalid_state: 'Not possible in the state the RMA is in (`rmaStatus`); nothing changed.',
  order_not_delivered: 'The order has not been delivered yet.',
  awaiting_instructions: 'A damaged item must not be shipped before ops give instructions.',
  evidence_limit_reached: 'The RMA already holds the most files allowed.',
  idempotency_conflict: 'A request with this idempotency key is still in progress.',
  order_locked: 'The order has returns: its lines, currency, invoice and delivery dates are fixed.',
  file_too_large: 'The file is larger than its kind allows (`maxBytes`).',
  unsupported_media_type: 'The body is not JSON, or the file type is not accepted (`allowed`).',
  window_closed: 'The return window for this reason closed (`closesAt`).',
  quantity_exceeds_returnable: 'More units than can still be returned (`returnable`).',
  evidence_incomplete: 'Evidence the reason requires is missing (`missing`).',
  refund_exceeds_paid: 'The refund is more than was paid for the returned units (`paid`).',
  idempotency_key_reused: 'This idempotency key was used for another request.',
  rate_limited: 'Too many attempts; retry after `retryAfterSeconds` (also the retry-after header).',
  stale_update: 'The update is older than one already applied (`appliedUpdatedAt`); nothing changed.',
  unavailable: 'A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`.',
};

const base = {
  type: described(z.string(), 'a URI naming the problem type'),
  title: z.string(),
  detail: described(z.string(), 'what happened, in words'),
};

/** The component name of a code's problem: `window_closed` → `WindowClosedProblem`. */
export function problemName(code: ErrorCode | 'internal_error'): string {
  return `${code.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Problem`;
}

/** The body of a problem of `code`: its status and code fixed, its extension members declared, nothing else. */
export function problemSchema(code: ErrorCode) {
  const extensions = (PROBLEM_EXTENSIONS as Partial<Record<ErrorCode, z.core.$ZodShape>>)[code] ?? {};
  return described(z.strictObject({ ...base, status: z.literal(statusOf(code)), code: z.literal(code), ...extensions }), ERROR_DESCRIPTIONS[code]);
}

/** A 5xx says nothing of internals: a request id to quote, no more. */
export const internalErrorSchema = described(
  z.strictObject({ ...base, status: z.literal(500), code: z.literal('internal_error'), requestId: z.optional(z.string()) }),
  'The request could not be completed; quote requestId when reporting it.',
);

/** API Gateway's own body for a request its JWT authorizer refused (ops routes), or no route. */
export const gatewayMessageSchema = described(
  z.strictObject({ message: z.string() }),
  "API Gateway's own answer (not problem+json): the authorizer refused the token, or no route matched",
);

export const PROBLEM_SCHEMAS = Object.fromEntries(ERROR_CODES.map((code) => [code, problemSchema(code)])) as Record<ErrorCode, ReturnType<typeof problemSchema>>;
