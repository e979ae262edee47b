/** What a shopper's browser sends (api.md, "Customer endpoints"); see ./fields.ts for why apart. */
import * as z from 'zod/mini';
import { EVIDENCE_KINDS } from '../domain/policy/book.js';
import { reasonSchema, safeId, trimmed, whole } from './fields.js';

export const sessionInputSchema = z.strictObject({
  orderNumber: trimmed(1, 64),
  email: trimmed(3, 254),
});

export const idempotencyKeySchema = z.string().check(z.regex(/^[\x21-\x7E]{8,64}$/, 'must be 8-64 printable characters'));

export const createRmaSchema = z.strictObject({
  orderId: safeId,
  reason: reasonSchema,
  lines: z.array(z.strictObject({ lineId: safeId, quantity: whole(1, 10_000) })).check(z.minLength(1), z.maxLength(100)),
  explanation: z.string().check(z.trim(), z.maxLength(4000)),
  preferredResolution: z.enum(['refund', 'exchange']),
});

export const evidenceRequestSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  contentType: z.string().check(z.minLength(1), z.maxLength(100)),
  fileName: trimmed(1, 200),
  size: whole(1),
});

export const inquirySchema = z.strictObject({ message: trimmed(1, 2000) });

// ---- Ops ----
