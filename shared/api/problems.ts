/**
 * The problem+json bodies of the contract, one schema per error code, from the same map of
 * extension members the domain raises its errors with (domain/errors.ts ExtensionMembers): a
 * member added there without its schema here, or with another type, does not compile.
 */
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode, type ExtensionMembers } from '../domain/errors.js';
import { statusOf } from '../http/problem.js';

const fieldProblem = z.strictObject({ path: z.string().describe('where in the request, e.g. lines[0].quantity'), message: z.string() });

export const PROBLEM_EXTENSIONS = {
  validation_failed: { errors: z.array(fieldProblem).describe('every problem, by its path') },
  invalid_state: { rmaStatus: z.string().optional().describe('the state the RMA is in') },
  awaiting_instructions: { rmaStatus: z.string().describe('the state the RMA is in') },
  unsupported_media_type: { allowed: z.array(z.string()).describe('the content types that are accepted') },
  file_too_large: { maxBytes: z.int().describe('the largest file of this kind') },
  window_closed: { closesAt: z.iso.datetime().describe('when the window closed') },
  quantity_exceeds_returnable: { errors: z.array(fieldProblem), returnable: z.int().describe('units of the line that can still be returned') },
  evidence_incomplete: { missing: z.array(z.string()).describe('what is still missing, in words') },
  refund_exceeds_paid: { paid: z.int().describe('what was paid for the returned units, minor units') },
  rate_limited: { retryAfterSeconds: z.int().describe('as the retry-after header') },
  stale_update: { appliedUpdatedAt: z.iso.datetime().describe('the updatedAt of the update applied') },
  unavailable: { retryAfterSeconds: z.int().describe('as the retry-after header') },
} as const;

/** Compile-time: the schemas above describe exactly the members the domain raises. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agreed: { [C in keyof ExtensionMembers]: Same<z.output<z.ZodObject<(typeof PROBLEM_EXTENSIONS)[C]>>, ExtensionMembers[C]> } = {
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
  type: z.string().describe('a URI naming the problem type'),
  title: z.string(),
  detail: z.string().describe('what happened, in words'),
};

/** The component name of a code's problem: `window_closed` → `WindowClosedProblem`. */
export function problemName(code: ErrorCode | 'internal_error'): string {
  return `${code.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Problem`;
}

/** The body of a problem of `code`: its status and code fixed, its extension members declared, nothing else. */
export function problemSchema(code: ErrorCode) {
  const extensions = (PROBLEM_EXTENSIONS as Partial<Record<ErrorCode, z.ZodRawShape>>)[code] ?? {};
  return z.strictObject({ ...base, status: z.literal(statusOf(code)), code: z.literal(code), ...extensions }).describe(ERROR_DESCRIPTIONS[code]);
}

/** A 5xx says nothing of internals: a request id to quote, no more. */
export const internalErrorSchema = z
  .strictObject({ ...base, status: z.literal(500), code: z.literal('internal_error'), requestId: z.string().optional() })
  .describe('The request could not be completed; quote requestId when reporting it.');

/** API Gateway's own body for a request its JWT authorizer refused (ops routes), or no route. */
export const gatewayMessageSchema = z.strictObject({ message: z.string() }).describe("API Gateway's own answer (not problem+json): the authorizer refused the token, or no route matched");

export const PROBLEM_SCHEMAS = Object.fromEntries(ERROR_CODES.map((code) => [code, problemSchema(code)])) as Record<ErrorCode, ReturnType<typeof problemSchema>>;
