/**
 * Request and response schemas of the HTTP API. They validate at the boundary (unknown fields
 * are refused) and generate the OpenAPI document, so the two cannot disagree.
 *
 * Here: the responses, and every request schema re-exported, for the contract, the document and
 * the tests. A function imports the requests of its audience from their own module (./fields.ts
 * says why).
 */
import * as z from 'zod/mini';
import { EVIDENCE_KINDS, RETURN_METHODS } from '../domain/policy/book.js';
import { RMA_STATUSES } from '../domain/rma-status.js';
import { EVENT_TYPES } from '../domain/events.js';
import { count, day, described, isoInstant, reasonSchema, safeId } from './fields.js';
import { orderInputSchema } from './storefront-requests.js';
import { subscribable } from './ops-requests.js';

export * from './fields.js';
export * from './storefront-requests.js';
export * from './customer-requests.js';
export * from './ops-requests.js';

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
