/**
 * The building blocks of the HTTP API's schemas (./schemas.ts): fields that requests and responses
 * of every audience share.
 *
 * The schemas are split by who sends them (./storefront-requests.ts, ./customer-requests.ts,
 * ./ops-requests.ts; responses in ./schemas.ts, which re-exports them all for the contract and
 * the document): building a zod schema costs at a cold start, and a function builds only the
 * schemas of the modules it imports (storefront API: ~10 ms less, issue 13).
 *
 * Written with `zod/mini`: the same validators and messages as classic zod, as functions that a
 * bundle keeps only when it uses them (classic zod was 140 KiB of every API function, issue 13).
 * `check(...)` adds constraints in order; `z.describe(...)` is what the document says of a field.
 */
import * as z from 'zod/mini';
import { REASONS } from '../domain/policy/book.js';
import { SHOP_ID, ULID } from '../domain/ids.js';
import { defaultPolicy } from '../domain/policy/default-policy.js';

/** `schema`, described for the document. */
export const described = <S extends z.ZodMiniType>(schema: S, description: string): S => schema.check(z.describe(description)) as S;

/** A string trimmed, then `min`-`max` characters long. */
export const trimmed = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** A whole number within `min`-`max`. */
export const whole = (min: number, max?: number) => z.int().check(z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));

export const count = z.int().check(z.nonnegative());

export const isoInstant = described(z.iso.datetime(), 'ISO 8601 UTC instant');

export const safeId = z.string().check(z.regex(SHOP_ID, 'must be 1-40 characters of A-Z a-z 0-9 _ -'));

export const orderIdParam = safeId;

/** ISO 4217 currency codes (as the runtime's ICU knows them): `XYZ` is not money. */
export const currencySchema = z.enum(Intl.supportedValuesOf('currency') as [string, ...string[]], { error: 'must be an ISO 4217 currency code' });

export const reasonSchema = z.enum(REASONS);

export const rmaIdParam = z.string().check(z.regex(ULID, 'must be an RMA id'));

const { tracking } = defaultPolicy;

/** A carrier's tracking number as the policy in force takes it (the lifecycle checks the RMA's own policy). */
export const trackingNumberSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(tracking.minLength),
    z.maxLength(tracking.maxLength),
    z.regex(new RegExp(tracking.pattern), `must be ${tracking.minLength}-${tracking.maxLength} characters of A-Z, a-z, 0-9 and -`),
  );

export const carrierSchema = trimmed(1, 60);

export const shipmentSchema = z.strictObject({ carrier: carrierSchema, trackingNumber: trackingNumberSchema });

export const day = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'),
  z.refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'must be a date of the calendar'),
);
