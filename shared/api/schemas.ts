/**
 * Request and response schemas of the HTTP API. They validate at the boundary (unknown fields
 * are refused) and generate the OpenAPI document, so the two cannot disagree.
 *
 * Written with `zod/mini`: the same validators and messages as classic zod, as functions that a
 * bundle keeps only when it uses them (classic zod was 140 KiB of every API function, issue 13).
 * `check(...)` adds constraints in order; `z.describe(...)` is what the document says of a field.
 */
import * as z from 'zod/mini';
import { EVIDENCE_KINDS, REASONS, RETURN_METHODS } from '../domain/policy/book.js';
import { RMA_STATUSES } from '../domain/rma-status.js';
import { MESSAGE_ID } from '../adapters/outbox.js';
import { EVENT_TYPES, RMA_EVENT_TYPES } from '../domain/events.js';
import { SHOP_ID, ULID } from '../domain/ids.js';
import { defaultPolicy } from '../domain/policy/default-policy.js';

/** `schema`, described for the document. */
export const described = <S extends z.ZodMiniType>(schema: S, description: string): S => schema.check(z.describe(description)) as S;
/** A string trimmed, then `min`-`max` characters long. */
const trimmed = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
/** A whole number within `min`-`max`. */
const whole = (min: number, max?: number) => z.int().check(z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));
const count = z.int().check(z.nonnegative());

export const isoInstant = described(z.iso.datetime(), 'ISO 8601 UTC instant');
const safeId = z.string().check(z.regex(SHOP_ID, 'must be 1-40 characters of A-Z a-z 0-9 _ -'));

export const orderIdParam = safeId;

export const orderLineSchema = z.strictObject({
  lineId: safeId,
  sku: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  quantity: whole(1, 10_000),
  unitPrice: described(z.int().check(z.minimum(0)), 'minor units of the order currency'),
});

/** Whether `tag` is a well-formed BCP 47 language tag (as the runtime's Intl reads them). */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** ISO 4217 currency codes (as the runtime's ICU knows them): `XYZ` is not money. */
export const currencySchema = z.enum(Intl.supportedValuesOf('currency') as [string, ...string[]], { error: 'must be an ISO 4217 currency code' });

export const orderInputSchema = z.strictObject({
  orderNumber: trimmed(1, 64),
  customer: z.strictObject({
    email: z.email().check(z.maxLength(254)),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    locale: described(
      z.optional(z.string().check(z.maxLength(35), z.refine(isLanguageTag, 'must be a BCP 47 language tag, e.g. en or zh-CN'))),
      "the shopper's language (BCP 47), e.g. zh-CN",
    ),
  }),
  currency: currencySchema,
  invoicedAt: described(isoInstant, 'not in the future, not before 2000'),
  lines: z.array(orderLineSchema).check(z.minLength(1), z.maxLength(500)),
  updatedAt: described(
    z.optional(isoInstant),
    "the shop's last-modified time of the order: an update older than the one applied is refused with 409 stale_update",
  ),
});

export const deliveryInputSchema = z.strictObject({ deliveredAt: isoInstant });

export const orderSchema = z.extend(orderInputSchema, {
  orderId: safeId,
  deliveredAt: z.nullable(isoInstant),
  acceptanceClosesAt: described(z.nullable(isoInstant), 'end of the 7-day acceptance window (R-ACCEPTANCE)'),
  acceptedAt: z.nullable(isoInstant),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

const check = z.enum(['ok', 'unavailable']);
/** This API's own description (OpenAPI 3.1); only its version member is fixed here. */
export const openApiDocumentSchema = z.looseObject({ openapi: z.string() });

export const healthSchema = z.strictObject({
  status: described(check, 'ok when every dependency checked answers'),
  checks: z.strictObject({ table: described(check, 'the DynamoDB table answers a read') }),
});

export const opsSummarySchema = z.strictObject({
  countsByStatus: z.record(z.enum(RMA_STATUSES), count),
  openSlaBreaches: z.strictObject({ refund: count, decision: count }),
  medianSubmissionToResolutionHours: z.nullable(z.number().check(z.nonnegative())),
});

export const reasonSchema = z.enum(REASONS);

export const sessionInputSchema = z.strictObject({
  orderNumber: trimmed(1, 64),
  email: trimmed(3, 254),
});

export const storefrontSessionInputSchema = z.strictObject({ orderId: safeId });

export const sessionSchema = z.strictObject({
  token: described(z.string(), 'bearer token for the customer endpoints, bound to this order'),
  expiresAt: isoInstant,
  orderId: safeId,
});

const reasonEligibilitySchema = z.strictObject({
  eligible: z.boolean(),
  closesAt: z.nullable(isoInstant),
  code: z.optional(z.enum(['window_closed', 'order_not_delivered', 'fully_returned'])),
});

export const customerOrderSchema = z.strictObject({
  orderId: safeId,
  orderNumber: z.string(),
  invoicedAt: isoInstant,
  deliveredAt: z.nullable(isoInstant),
  lines: z.array(
    z.strictObject({
      lineId: safeId,
      sku: z.string(),
      name: z.string(),
      quantity: z.int(),
      returnableQuantity: count,
      reasons: z.strictObject({
        faulty: reasonEligibilitySchema,
        damaged_in_transit: reasonEligibilitySchema,
        incorrect_item: reasonEligibilitySchema,
        other: reasonEligibilitySchema,
      }),
    }),
  ),
});

export const idempotencyKeySchema = z.string().check(z.regex(/^[\x21-\x7E]{8,64}$/, 'must be 8-64 printable characters'));
export const rmaIdParam = z.string().check(z.regex(ULID, 'must be an RMA id'));
/** An RMA named by its id or by the number every email shows (ops). */
export const rmaRefParam = z.union([rmaIdParam, z.string().check(z.regex(/^RMA-\d{4}-\d{6,}$/))], { error: 'must be an RMA id or an RMA number' });

export const createRmaSchema = z.strictObject({
  orderId: safeId,
  reason: reasonSchema,
  lines: z.array(z.strictObject({ lineId: safeId, quantity: whole(1, 10_000) })).check(z.minLength(1), z.maxLength(100)),
  explanation: z.string().check(z.trim(), z.maxLength(4000)),
  preferredResolution: z.enum(['refund', 'exchange']),
});

const nullableInstant = z.nullable(isoInstant);

export const evidenceItemSchema = z.strictObject({
  evidenceId: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  status: z.enum(['pending', 'verified', 'rejected']),
  contentType: z.string(),
  size: z.int(),
});

export const rmaSchema = z.strictObject({
  rmaId: z.string(),
  number: z.string().check(z.regex(/^RMA-\d{4}-\d{6}$/)),
  orderId: safeId,
  status: z.enum(RMA_STATUSES),
  reason: reasonSchema,
  lines: z.array(z.strictObject({ lineId: safeId, quantity: z.int() })),
  explanation: z.string(),
  preferredResolution: z.enum(['refund', 'exchange']),
  policyVersion: z.string(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  deadlines: z.strictObject({
    evidenceBy: nullableInstant,
    shipBy: nullableInstant,
    decisionDueBy: nullableInstant,
    resolutionDueBy: nullableInstant,
  }),
  returnInstructions: z.nullable(z.strictObject({ method: z.enum(RETURN_METHODS), address: z.nullable(z.string()), shipBy: nullableInstant })),
  shipment: z.nullable(z.strictObject({ carrier: z.string(), trackingNumber: z.string(), at: isoInstant })),
  evidence: z.array(evidenceItemSchema),
  resolution: z.nullable(
    z.union([
      z.strictObject({ type: z.literal('refund'), amount: z.int(), currency: z.string(), reference: z.string(), at: isoInstant }),
      z.strictObject({
        type: z.literal('exchange'),
        reference: z.string(),
        carrier: z.string(),
        trackingNumber: z.string(),
        at: isoInstant,
      }),
    ]),
  ),
  slaBreached: z.boolean(),
  decisionSlaBreached: z.boolean(),
  timeline: z.array(
    z.object({
      at: isoInstant,
      actor: z.enum(['customer', 'ops', 'system']),
      type: z.string(),
      data: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});

export const rmaListSchema = z.strictObject({ items: z.array(rmaSchema) });

export const evidenceRequestSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  contentType: z.string().check(z.minLength(1), z.maxLength(100)),
  fileName: trimmed(1, 200),
  size: whole(1),
});

export const evidenceUploadSchema = z.strictObject({
  evidenceId: z.string(),
  status: z.literal('pending'),
  maxBytes: z.int(),
  upload: z.strictObject({
    url: z.url(),
    fields: described(z.record(z.string(), z.string()), 'post these form fields, then the file as `file`'),
    expiresAt: isoInstant,
  }),
});

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
const carrierSchema = trimmed(1, 60);

export const shipmentSchema = z.strictObject({ carrier: carrierSchema, trackingNumber: trackingNumberSchema });

export const inquirySchema = z.strictObject({ message: trimmed(1, 2000) });

// ---- Ops ----

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

const day = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'),
  z.refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'must be a date of the calendar'),
);
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

const fraction = described(z.number().check(z.minimum(0), z.maximum(1)), '0 to 1, three decimals');
const sla = z.strictObject({
  measured: described(count, 'RMAs whose clock ran out or stopped: done in time, or flagged breached'),
  met: count,
  compliance: described(z.nullable(fraction), 'met / measured; null when nothing was measured'),
});

export const returnsReportSchema = z.strictObject({
  from: day,
  to: day,
  timeZone: described(z.string(), "the policy's time zone, in which the period's days are counted"),
  total: described(count, 'RMAs opened in the period'),
  byReason: z.array(z.strictObject({ reason: reasonSchema, count, share: described(fraction, 'of all RMAs of the period') })),
  bySku: described(
    z.array(z.strictObject({ sku: z.string(), name: z.string(), returns: described(count, 'RMAs with a line of this SKU'), units: count, share: described(fraction, 'of all RMAs of the period') })),
    'most returned first',
  ),
  medianHoursToDecision: described(z.nullable(z.number()), 'submission to approval or rejection'),
  medianHoursToResolution: described(z.nullable(z.number()), 'submission to refund or exchange'),
  sla: z.strictObject({
    decision: described(sla, 'decided within 48 hours of submission (R-DECISION-SLA)'),
    refund: described(sla, 'refunded within 2 days of a passed inspection (R-REFUND-SLA)'),
  }),
});

// ---- Ops: the outbox ----

export const messageIdParam = z.string().check(z.regex(MESSAGE_ID, 'must be an outbox message id'));

export const opsOutboxQuerySchema = z.strictObject({
  status: described(z._default(z.enum(['failed', 'pending']), 'failed'), 'failed (gave up; default) or pending (waiting for an attempt)'),
  limit: pageLimit,
  cursor: pageCursor,
});

export const outboxMessageSchema = z.strictObject({
  messageId: z.string(),
  kind: z.enum(['email', 'schedule', 'event']),
  rmaId: described(z.nullable(z.string()), 'the RMA it belongs to; null for an order timer'),
  status: z.enum(['pending', 'failed']),
  attempts: count,
  lastError: z.nullable(z.string()),
  nextAttemptAt: described(z.nullable(isoInstant), 'when the next attempt is due; null once failed'),
  createdAt: isoInstant,
});

const nextCursor = (which = 'next') => described(z.nullable(z.string()), `pass as \`cursor\` for the ${which} page; null on the last page`);

export const opsOutboxSchema = z.strictObject({
  items: z.array(outboxMessageSchema),
  nextCursor: nextCursor(),
});

export const outboxRetrySchema = z.strictObject({
  messageId: z.string(),
  status: z.literal('pending'),
  nextAttemptAt: described(isoInstant, 'due now: the relay delivers it within a minute'),
});

const opsTimelineEntrySchema = z.object({
  at: isoInstant,
  actor: z.enum(['customer', 'ops', 'system']),
  actorId: described(z.optional(z.string()), 'ops: the JWT sub'),
  actorEmail: z.optional(z.nullable(z.string())),
  type: z.string(),
  data: z.optional(z.record(z.string(), z.unknown())),
});

/** The RMA as ops see it: plus the customer, the evidence downloads, who did what, and the refund cap. */
export const opsRmaSchema = z.extend(rmaSchema, {
  customer: z.strictObject({ name: z.string(), email: z.string() }),
  evidence: z.array(
    z.extend(evidenceItemSchema, {
      fileName: z.string(),
      sha256: z.nullable(z.string()),
      downloadUrl: described(z.nullable(z.url()), 'presigned GET of the verified version, 15 minutes; null unless verified'),
      downloadExpiresAt: z.nullable(isoInstant),
    }),
  ),
  decisionNote: z.nullable(z.string()),
  inspection: z.nullable(z.strictObject({ result: z.enum(['pass', 'fail']), note: z.string(), intact: z.nullable(z.boolean()), at: isoInstant })),
  maxRefund: described(z.strictObject({ amount: z.int(), currency: z.string() }), 'what was paid for the returned units (R-RESOLUTION)'),
  order: described(
    z.strictObject({
      orderNumber: z.string(),
      currency: z.string(),
      invoicedAt: isoInstant,
      deliveredAt: z.nullable(isoInstant),
      lines: z.array(z.strictObject({ lineId: safeId, sku: z.string(), name: z.string(), quantity: z.int(), unitPrice: described(z.int(), 'minor units') })),
    }),
    "the RMA's order as the shop reported it: what was bought, when, at what price",
  ),
  timeline: z.array(opsTimelineEntrySchema),
});

export const opsQueueSchema = z.strictObject({
  items: z.array(rmaSchema),
  nextCursor: nextCursor(),
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

const subscribable = z.enum(RMA_EVENT_TYPES);

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

export const webhookEndpointSchema = z.strictObject({
  endpointId: z.string(),
  url: z.string(),
  events: described(z.nullable(z.array(subscribable)), 'null: every type'),
  description: z.nullable(z.string()),
  status: z.enum(['enabled', 'disabled']),
  createdAt: isoInstant,
  failingSince: described(z.nullable(isoInstant), 'since when every delivery attempt failed; null while deliveries succeed'),
  disabledAt: described(z.nullable(isoInstant), 'when it was disabled after failing for 3 days'),
});

export const createdWebhookEndpointSchema = z.extend(webhookEndpointSchema, {
  secret: described(z.string(), 'whsec_…: shown only now; verify deliveries with it (Standard Webhooks)'),
});

export const webhookEndpointListSchema = z.strictObject({ items: z.array(webhookEndpointSchema) });

export const webhookSecretSchema = z.strictObject({
  secret: described(z.string(), 'the new whsec_… secret, shown only now; the old one keeps signing beside it for 24 h'),
  previousSecretExpiresAt: described(isoInstant, 'when the old secret stops signing'),
});

export const webhookTestSchema = z.strictObject({
  eventId: described(z.string(), 'the webhook-id of the test delivery'),
  deliveryId: z.string(),
});

export const deliveriesQuerySchema = z.strictObject({
  status: z.optional(z.enum(['pending', 'delivered', 'failed'])),
  limit: pageLimit,
  cursor: pageCursor,
});

export const webhookDeliverySchema = z.strictObject({
  deliveryId: z.string(),
  eventId: z.string(),
  type: z.enum(EVENT_TYPES),
  rmaId: z.nullable(z.string()),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: count,
  lastStatusCode: z.nullable(z.int()),
  lastError: z.nullable(z.string()),
  nextAttemptAt: z.nullable(isoInstant),
  deliveredAt: z.nullable(isoInstant),
  createdAt: isoInstant,
});

export const webhookDeliveriesSchema = z.strictObject({
  items: z.array(webhookDeliverySchema),
  nextCursor: nextCursor('next (older)'),
});

export const deliveryRetrySchema = z.strictObject({
  deliveryId: z.string(),
  status: z.literal('pending'),
  nextAttemptAt: described(isoInstant, 'due now: delivered within a minute'),
});
