/** What ops staff's console sends (api.md, "Ops endpoints"); see ./fields.ts for why apart. */
import * as z from 'zod/mini';
import { RETURN_METHODS } from '../domain/policy/book.js';
import { RMA_STATUSES } from '../domain/rma-status.js';
import { MESSAGE_ID } from '../adapters/outbox.js';
import { RMA_EVENT_TYPES } from '../domain/events.js';
import { ULID } from '../domain/ids.js';
import { carrierSchema, currencySchema, day, described, isoInstant, rmaIdParam, shipmentSchema, trackingNumberSchema, trimmed, whole } from './fields.js';

/** An RMA named by its id or by the number every email shows (ops). */
export const rmaRefParam = z.union([rmaIdParam, z.string().check(z.regex(/^RMA-\d{4}-\d{6,}$/))], { error: 'must be an RMA id or an RMA number' });

const note = trimmed(1, 2000);

/** Page size of a listing: a whole number 1-100, 25 when not given. */
const pageLimit = z._default(z.coerce.number<string>().check(z.int('must be a whole number'), z.minimum(1), z.maximum(100)), 25);

const pageCursor = z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a cursor from a previous page')));

export const rmaNumberParam = z.string().check(z.regex(/^RMA-\d{4}-\d{6,}$/, 'must be an RMA number such as RMA-2026-000042'));

const SEARCH_KEYS = ['number', 'orderNumber', 'email'] as const;

/**
 * Query of the ops queue. Without `status` the queue holds every open (non-terminal) RMA. Or one
 * exact lookup (`number`, `orderNumber` or `email`), alone: it answers every match on one page.
 */
export const opsQueueQuerySchema = z
  .strictObject({
    status: z.optional(z.enum(RMA_STATUSES)),
    slaBreached: described(z.optional(z.enum(['true', 'false'])), 'only RMAs whose refund SLA was (not) breached'),
    limit: pageLimit,
    cursor: pageCursor,
    number: described(z.optional(rmaNumberParam), 'exact lookup by the RMA number every email shows'),
    orderNumber: described(z.optional(trimmed(1, 64)), 'exact lookup: the RMAs of the order(s) with this number'),
    email: described(z.optional(z.email().check(z.maxLength(254))), "exact lookup, case-insensitive: the RMAs of this customer's orders"),
  })
  .check(
    z.superRefine((query, context) => {
      const searches = SEARCH_KEYS.filter((key) => query[key] !== undefined);
      const others = (['status', 'slaBreached', 'cursor'] as const).filter((key) => query[key] !== undefined);
      if (searches.length > 1 || (searches.length === 1 && others.length > 0)) {
        context.addIssue({ code: 'custom', path: [searches.at(-1)!], message: `a lookup by ${searches.join(', ')} takes no other filter or cursor` });
      }
    }),
  );

// ---- Ops: reports ----

const MAX_PERIOD_DAYS = 366;

const period = {
  from: described(day, "the period's first day, in the policy's time zone"),
  to: described(day, "the period's last day (included), in the policy's time zone"),
};

const periodCheck = z.superRefine((query: { from: string; to: string }, context) => {
  const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
  if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  else if (days >= MAX_PERIOD_DAYS) context.addIssue({ code: 'custom', path: ['to'], message: `a period is at most ${MAX_PERIOD_DAYS} days` });
});

/** A report's period: RMAs opened from `from` to `to`. */
export const reportQuerySchema = z.strictObject(period).check(periodCheck);

export const rmaExportQuerySchema = z.strictObject({ ...period, limit: pageLimit, cursor: pageCursor }).check(periodCheck);

export const messageIdParam = z.string().check(z.regex(MESSAGE_ID, 'must be an outbox message id'));

export const opsOutboxQuerySchema = z.strictObject({
  status: described(z._default(z.enum(['failed', 'pending']), 'failed'), 'failed (gave up; default) or pending (waiting for an attempt)'),
  limit: pageLimit,
  cursor: pageCursor,
});

export const decisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('approve'),
    returnMethod: described(z.optional(z.enum(RETURN_METHODS)), 'required when the reason allows more than one method'),
    note,
    shipBy: described(z.optional(isoInstant), 'method ship only: a later ship-by than the policy gives'),
  }),
  z.strictObject({ decision: z.literal('reject'), note }),
]);

export const collectionSchema = shipmentSchema;

export const receiptSchema = z.strictObject({ note: z.optional(note) });

export const inspectionSchema = z.strictObject({
  result: z.enum(['pass', 'fail']),
  note,
  intact: described(z.optional(z.boolean()), 'required for reason `other` (R-INSPECTION)'),
});

const reference = trimmed(1, 100);

export const resolutionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('refund'),
    amount: described(whole(1), 'minor units, above 0 and at most what was paid for the returned units'),
    currency: currencySchema,
    reference,
  }),
  z.strictObject({
    type: z.literal('exchange'),
    reference,
    carrier: carrierSchema,
    trackingNumber: trackingNumberSchema,
  }),
]);

// ---- Ops: webhook endpoints (events.md) ----

export const endpointIdParam = z.string().check(z.regex(ULID, 'must be a webhook endpoint id'));

export const deliveryIdParam = z.string().check(z.regex(MESSAGE_ID, 'must be a webhook delivery id'));

export const subscribable = z.enum(RMA_EVENT_TYPES);

export const webhookEndpointInputSchema = z.strictObject({
  url: described(z.string().check(z.maxLength(2048)), 'https://, to a public address (http://localhost:<port> also on the local stack)'),
  events: described(
    z.optional(
      z
        .array(subscribable)
        .check(
          z.minLength(1),
          z.maxLength(RMA_EVENT_TYPES.length),
          z.refine((types) => new Set(types).size === types.length, 'must not repeat a type'),
        ),
    ),
    'the event types to send; leave out for every type, present and future',
  ),
  description: z.optional(trimmed(1, 200)),
});

export const deliveriesQuerySchema = z.strictObject({
  status: z.optional(z.enum(['pending', 'delivered', 'failed'])),
  limit: pageLimit,
  cursor: pageCursor,
});
