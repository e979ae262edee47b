/**
 * Request and response schemas of the HTTP API. They validate at the boundary (unknown fields
 * are refused) and generate the OpenAPI document, so the two cannot disagree.
 */
import { z } from 'zod';
import { EVIDENCE_KINDS, REASONS, RETURN_METHODS } from '../domain/policy/schema.js';
import { RMA_STATUSES } from '../domain/rma-status.js';
import { MESSAGE_ID } from '../adapters/outbox.js';
import { EVENT_TYPES, RMA_EVENT_TYPES } from '../domain/events.js';
import { SHOP_ID, ULID } from '../domain/ids.js';
import { defaultPolicy } from '../domain/policy/default-policy.js';

export const isoInstant = z.iso.datetime().describe('ISO 8601 UTC instant');
const safeId = z.string().regex(SHOP_ID, 'must be 1-40 characters of A-Z a-z 0-9 _ -');

export const orderIdParam = safeId;

export const orderLineSchema = z.strictObject({
  lineId: safeId,
  sku: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  quantity: z.int().min(1).max(10_000),
  unitPrice: z.int().min(0).describe('minor units of the order currency'),
});

/** ISO 4217 currency codes (as the runtime's ICU knows them): `XYZ` is not money. */
export const currencySchema = z.enum(Intl.supportedValuesOf('currency') as [string, ...string[]], { error: 'must be an ISO 4217 currency code' });

export const orderInputSchema = z.strictObject({
  orderNumber: z.string().trim().min(1).max(64),
  customer: z.strictObject({ email: z.email().max(254), name: z.string().min(1).max(200) }),
  currency: currencySchema,
  invoicedAt: isoInstant.describe('not in the future, not before 2000'),
  lines: z.array(orderLineSchema).min(1).max(500),
  updatedAt: isoInstant
    .optional()
    .describe("the shop's last-modified time of the order: an update older than the one applied is refused with 409 stale_update"),
});

export const deliveryInputSchema = z.strictObject({ deliveredAt: isoInstant });

export const orderSchema = orderInputSchema.extend({
  orderId: safeId,
  deliveredAt: isoInstant.nullable(),
  acceptanceClosesAt: isoInstant.nullable().describe('end of the 7-day acceptance window (R-ACCEPTANCE)'),
  acceptedAt: isoInstant.nullable(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

const check = z.enum(['ok', 'unavailable']);
/** This API's own description (OpenAPI 3.1); only its version member is fixed here. */
export const openApiDocumentSchema = z.looseObject({ openapi: z.string() });

export const healthSchema = z.strictObject({
  status: check.describe('ok when every dependency checked answers'),
  checks: z.strictObject({ table: check.describe('the DynamoDB table answers a read') }),
});

export const opsSummarySchema = z.strictObject({
  countsByStatus: z.record(z.enum(RMA_STATUSES), z.int().nonnegative()),
  openSlaBreaches: z.strictObject({ refund: z.int().nonnegative(), decision: z.int().nonnegative() }),
  medianSubmissionToResolutionHours: z.number().nonnegative().nullable(),
});

export const reasonSchema = z.enum(REASONS);

export const sessionInputSchema = z.strictObject({
  orderNumber: z.string().trim().min(1).max(64),
  email: z.string().trim().min(3).max(254),
});

export const storefrontSessionInputSchema = z.strictObject({ orderId: safeId });

export const sessionSchema = z.strictObject({
  token: z.string().describe('bearer token for the customer endpoints, bound to this order'),
  expiresAt: isoInstant,
  orderId: safeId,
});

const reasonEligibilitySchema = z.strictObject({
  eligible: z.boolean(),
  closesAt: isoInstant.nullable(),
  code: z.enum(['window_closed', 'order_not_delivered', 'fully_returned']).optional(),
});

export const customerOrderSchema = z.strictObject({
  orderId: safeId,
  orderNumber: z.string(),
  invoicedAt: isoInstant,
  deliveredAt: isoInstant.nullable(),
  lines: z.array(
    z.strictObject({
      lineId: safeId,
      sku: z.string(),
      name: z.string(),
      quantity: z.int(),
      returnableQuantity: z.int().nonnegative(),
      reasons: z.strictObject({
        faulty: reasonEligibilitySchema,
        damaged_in_transit: reasonEligibilitySchema,
        incorrect_item: reasonEligibilitySchema,
        other: reasonEligibilitySchema,
      }),
    }),
  ),
});

export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7E]{8,64}$/, 'must be 8-64 printable characters');
export const rmaIdParam = z.string().regex(ULID, 'must be an RMA id');
/** An RMA named by its id or by the number every email shows (ops). */
export const rmaRefParam = z.union([rmaIdParam, z.string().regex(/^RMA-\d{4}-\d{6,}$/)], { error: 'must be an RMA id or an RMA number' });

export const createRmaSchema = z.strictObject({
  orderId: safeId,
  reason: reasonSchema,
  lines: z.array(z.strictObject({ lineId: safeId, quantity: z.int().min(1).max(10_000) })).min(1).max(100),
  explanation: z.string().trim().max(4000),
  preferredResolution: z.enum(['refund', 'exchange']),
});

const nullableInstant = isoInstant.nullable();

export const evidenceItemSchema = z.strictObject({
  evidenceId: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  status: z.enum(['pending', 'verified', 'rejected']),
  contentType: z.string(),
  size: z.int(),
});

export const rmaSchema = z.strictObject({
  rmaId: z.string(),
  number: z.string().regex(/^RMA-\d{4}-\d{6}$/),
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
  returnInstructions: z
    .strictObject({ method: z.enum(RETURN_METHODS), address: z.string().nullable(), shipBy: nullableInstant })
    .nullable(),
  shipment: z.strictObject({ carrier: z.string(), trackingNumber: z.string(), at: isoInstant }).nullable(),
  evidence: z.array(evidenceItemSchema),
  resolution: z
    .union([
      z.strictObject({ type: z.literal('refund'), amount: z.int(), currency: z.string(), reference: z.string(), at: isoInstant }),
      z.strictObject({
        type: z.literal('exchange'),
        reference: z.string(),
        carrier: z.string(),
        trackingNumber: z.string(),
        at: isoInstant,
      }),
    ])
    .nullable(),
  slaBreached: z.boolean(),
  decisionSlaBreached: z.boolean(),
  timeline: z.array(
    z.object({
      at: isoInstant,
      actor: z.enum(['customer', 'ops', 'system']),
      type: z.string(),
      data: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

export const rmaListSchema = z.strictObject({ items: z.array(rmaSchema) });

export const evidenceRequestSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  contentType: z.string().min(1).max(100),
  fileName: z.string().trim().min(1).max(200),
  size: z.int().min(1),
});

export const evidenceUploadSchema = z.strictObject({
  evidenceId: z.string(),
  status: z.literal('pending'),
  maxBytes: z.int(),
  upload: z.strictObject({
    url: z.url(),
    fields: z.record(z.string(), z.string()).describe('post these form fields, then the file as `file`'),
    expiresAt: isoInstant,
  }),
});

const { tracking } = defaultPolicy;
/** A carrier's tracking number as the policy in force takes it (the lifecycle checks the RMA's own policy). */
export const trackingNumberSchema = z
  .string()
  .trim()
  .min(tracking.minLength)
  .max(tracking.maxLength)
  .regex(new RegExp(tracking.pattern), `must be ${tracking.minLength}-${tracking.maxLength} characters of A-Z, a-z, 0-9 and -`);
const carrierSchema = z.string().trim().min(1).max(60);

export const shipmentSchema = z.strictObject({ carrier: carrierSchema, trackingNumber: trackingNumberSchema });

export const inquirySchema = z.strictObject({ message: z.string().trim().min(1).max(2000) });

// ---- Ops ----

const note = z.string().trim().min(1).max(2000);

/** Page size of a listing: a whole number 1-100, 25 when not given. */
const pageLimit = z.coerce.number<string>().int('must be a whole number').min(1).max(100).default(25);
const pageCursor = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a cursor from a previous page')
  .optional();

export const rmaNumberParam = z.string().regex(/^RMA-\d{4}-\d{6,}$/, 'must be an RMA number such as RMA-2026-000042');

const SEARCH_KEYS = ['number', 'orderNumber', 'email'] as const;

/**
 * Query of the ops queue. Without `status` the queue holds every open (non-terminal) RMA. Or one
 * exact lookup (`number`, `orderNumber` or `email`), alone: it answers every match on one page.
 */
export const opsQueueQuerySchema = z
  .strictObject({
    status: z.enum(RMA_STATUSES).optional(),
    slaBreached: z.enum(['true', 'false']).optional().describe('only RMAs whose refund SLA was (not) breached'),
    limit: pageLimit,
    cursor: pageCursor,
    number: rmaNumberParam.optional().describe('exact lookup by the RMA number every email shows'),
    orderNumber: z.string().trim().min(1).max(64).optional().describe('exact lookup: the RMAs of the order(s) with this number'),
    email: z.email().max(254).optional().describe("exact lookup, case-insensitive: the RMAs of this customer's orders"),
  })
  .superRefine((query, context) => {
    const searches = SEARCH_KEYS.filter((key) => query[key] !== undefined);
    const others = (['status', 'slaBreached', 'cursor'] as const).filter((key) => query[key] !== undefined);
    if (searches.length > 1 || (searches.length === 1 && others.length > 0)) {
      context.addIssue({ code: 'custom', path: [searches.at(-1)!], message: `a lookup by ${searches.join(', ')} takes no other filter or cursor` });
    }
  });

// ---- Ops: the outbox ----

export const messageIdParam = z.string().regex(MESSAGE_ID, 'must be an outbox message id');

export const opsOutboxQuerySchema = z.strictObject({
  status: z.enum(['failed', 'pending']).default('failed').describe('failed (gave up; default) or pending (waiting for an attempt)'),
  limit: pageLimit,
  cursor: pageCursor,
});

export const outboxMessageSchema = z.strictObject({
  messageId: z.string(),
  kind: z.enum(['email', 'schedule', 'event']),
  rmaId: z.string().nullable().describe('the RMA it belongs to; null for an order timer'),
  status: z.enum(['pending', 'failed']),
  attempts: z.int().nonnegative(),
  lastError: z.string().nullable(),
  nextAttemptAt: isoInstant.nullable().describe('when the next attempt is due; null once failed'),
  createdAt: isoInstant,
});

export const opsOutboxSchema = z.strictObject({
  items: z.array(outboxMessageSchema),
  nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null on the last page'),
});

export const outboxRetrySchema = z.strictObject({
  messageId: z.string(),
  status: z.literal('pending'),
  nextAttemptAt: isoInstant.describe('due now: the relay delivers it within a minute'),
});

const opsTimelineEntrySchema = z.object({
  at: isoInstant,
  actor: z.enum(['customer', 'ops', 'system']),
  actorId: z.string().optional().describe('ops: the JWT sub'),
  actorEmail: z.string().nullable().optional(),
  type: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});

/** The RMA as ops see it: plus the customer, the evidence downloads, who did what, and the refund cap. */
export const opsRmaSchema = rmaSchema.extend({
  customer: z.strictObject({ name: z.string(), email: z.string() }),
  evidence: z.array(
    evidenceItemSchema.extend({
      fileName: z.string(),
      sha256: z.string().nullable(),
      downloadUrl: z.url().nullable().describe('presigned GET of the verified version, 15 minutes; null unless verified'),
      downloadExpiresAt: isoInstant.nullable(),
    }),
  ),
  decisionNote: z.string().nullable(),
  inspection: z
    .strictObject({ result: z.enum(['pass', 'fail']), note: z.string(), intact: z.boolean().nullable(), at: isoInstant })
    .nullable(),
  maxRefund: z.strictObject({ amount: z.int(), currency: z.string() }).describe('what was paid for the returned units (R-RESOLUTION)'),
  timeline: z.array(opsTimelineEntrySchema),
});

export const opsQueueSchema = z.strictObject({
  items: z.array(rmaSchema),
  nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null on the last page'),
});

export const decisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('approve'),
    returnMethod: z.enum(RETURN_METHODS).optional().describe("required when the reason allows more than one method"),
    note,
    shipBy: isoInstant.optional().describe('method ship only: a later ship-by than the policy gives'),
  }),
  z.strictObject({ decision: z.literal('reject'), note }),
]);

export const collectionSchema = shipmentSchema;

export const receiptSchema = z.strictObject({ note: note.optional() });

export const inspectionSchema = z.strictObject({
  result: z.enum(['pass', 'fail']),
  note,
  intact: z.boolean().optional().describe('required for reason `other` (R-INSPECTION)'),
});

const reference = z.string().trim().min(1).max(100);

export const resolutionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('refund'),
    amount: z.int().min(1).describe('minor units, above 0 and at most what was paid for the returned units'),
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

export const endpointIdParam = z.string().regex(ULID, 'must be a webhook endpoint id');
export const deliveryIdParam = z.string().regex(MESSAGE_ID, 'must be a webhook delivery id');

const subscribable = z.enum(RMA_EVENT_TYPES);

export const webhookEndpointInputSchema = z.strictObject({
  url: z.string().max(2048).describe('https://, to a public address (http://localhost:<port> also on the local stack)'),
  events: z
    .array(subscribable)
    .min(1)
    .max(RMA_EVENT_TYPES.length)
    .refine((types) => new Set(types).size === types.length, 'must not repeat a type')
    .optional()
    .describe('the event types to send; leave out for every type, present and future'),
  description: z.string().trim().min(1).max(200).optional(),
});

export const webhookEndpointSchema = z.strictObject({
  endpointId: z.string(),
  url: z.string(),
  events: z.array(subscribable).nullable().describe('null: every type'),
  description: z.string().nullable(),
  status: z.enum(['enabled', 'disabled']),
  createdAt: isoInstant,
  failingSince: isoInstant.nullable().describe('since when every delivery attempt failed; null while deliveries succeed'),
  disabledAt: isoInstant.nullable().describe('when it was disabled after failing for 3 days'),
});

export const createdWebhookEndpointSchema = webhookEndpointSchema.extend({
  secret: z.string().describe('whsec_…: shown only now; verify deliveries with it (Standard Webhooks)'),
});

export const webhookEndpointListSchema = z.strictObject({ items: z.array(webhookEndpointSchema) });

export const webhookSecretSchema = z.strictObject({
  secret: z.string().describe('the new whsec_… secret, shown only now; the old one keeps signing beside it for 24 h'),
  previousSecretExpiresAt: isoInstant.describe('when the old secret stops signing'),
});

export const webhookTestSchema = z.strictObject({
  eventId: z.string().describe('the webhook-id of the test delivery'),
  deliveryId: z.string(),
});

export const deliveriesQuerySchema = z.strictObject({
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
  limit: pageLimit,
  cursor: pageCursor,
});

export const webhookDeliverySchema = z.strictObject({
  deliveryId: z.string(),
  eventId: z.string(),
  type: z.enum(EVENT_TYPES),
  rmaId: z.string().nullable(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.int().nonnegative(),
  lastStatusCode: z.int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: isoInstant.nullable(),
  deliveredAt: isoInstant.nullable(),
  createdAt: isoInstant,
});

export const webhookDeliveriesSchema = z.strictObject({
  items: z.array(webhookDeliverySchema),
  nextCursor: z.string().nullable().describe('pass as `cursor` for the next (older) page; null on the last page'),
});

export const deliveryRetrySchema = z.strictObject({
  deliveryId: z.string(),
  status: z.literal('pending'),
  nextAttemptAt: isoInstant.describe('due now: delivered within a minute'),
});
