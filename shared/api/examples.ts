/**
 * One example per operation for the OpenAPI document: each request body, and each success
 * answer by its schema. Data, checked against the schemas they illustrate (test/unit/contract).
 */
import type * as z from 'zod/mini';
import { defaultPolicy } from '../domain/policy/default-policy.js';
import { policySchema } from '../domain/policy/schema.js';
import * as s from './schemas.js';

const RMA_ID = '01JD3YQ4X5R8T2N6M9P0K7A1BC';
const EVIDENCE_ID = '01JD3YR8M2C4V6B8N0Q2S4T6WX';
const ORDER_ID = 'so-10482';
const ENDPOINT_ID = '01JD4ZK7P9Q1R3S5T7V9W1X3Y5';

const endpoint: z.input<typeof s.webhookEndpointSchema> = {
  endpointId: ENDPOINT_ID,
  url: 'https://shop.example.com/hooks/returns',
  events: null,
  description: 'Storefront order notes',
  status: 'enabled',
  createdAt: '2026-11-18T09:00:00.000Z',
  failingSince: null,
  disabledAt: null,
};

const delivery: z.input<typeof s.webhookDeliverySchema> = {
  deliveryId: `rma-${RMA_ID}-webhook-${ENDPOINT_ID}.0000000007-001`,
  eventId: '01JD3ZB5N7M9K1J3H5G7F9D1S3',
  type: 'rma.approved',
  rmaId: RMA_ID,
  status: 'failed',
  attempts: 8,
  lastStatusCode: 503,
  lastError: 'ReceiverError: HTTP 503: upstream unavailable',
  nextAttemptAt: null,
  deliveredAt: null,
  createdAt: '2026-11-21T08:30:00.000Z',
};

const rma: z.input<typeof s.rmaSchema> = {
  rmaId: RMA_ID,
  number: 'RMA-2026-000042',
  orderId: ORDER_ID,
  status: 'approved',
  reason: 'faulty',
  lines: [{ lineId: 'L1', quantity: 1 }],
  explanation: 'Does not enumerate over USB; tried two cables and two hosts.',
  preferredResolution: 'refund',
  policyVersion: defaultPolicy.version,
  createdAt: '2026-11-20T02:14:09.000Z',
  updatedAt: '2026-11-21T08:30:00.000Z',
  deadlines: { evidenceBy: null, shipBy: '2026-12-05T15:59:59.999Z', decisionDueBy: null, resolutionDueBy: null },
  returnInstructions: { method: 'ship', address: 'Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100', shipBy: '2026-12-05T15:59:59.999Z' },
  shipment: null,
  evidence: [
    { evidenceId: EVIDENCE_ID, kind: 'photo', status: 'verified', contentType: 'image/jpeg', size: 482113 },
    { evidenceId: '01JD3YRB7F9H1K3M5P7R9T1V3X', kind: 'test_report', status: 'verified', contentType: 'application/pdf', size: 91240 },
  ],
  resolution: null,
  slaBreached: false,
  decisionSlaBreached: false,
  timeline: [
    { at: '2026-11-20T02:14:09.000Z', actor: 'customer', type: 'opened' },
    { at: '2026-11-20T02:20:41.000Z', actor: 'customer', type: 'submitted' },
    { at: '2026-11-21T08:30:00.000Z', actor: 'ops', type: 'approved', data: { method: 'ship' } },
  ],
};

const order: z.input<typeof s.orderSchema> = {
  orderId: ORDER_ID,
  orderNumber: 'SO-10482',
  customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
  currency: 'USD',
  invoicedAt: '2026-11-10T06:00:00.000Z',
  lines: [{ lineId: 'L1', sku: 'STM32F103C8T6', name: 'MCU STM32F103', quantity: 2, unitPrice: 299 }],
  deliveredAt: '2026-11-14T03:00:00.000Z',
  acceptanceClosesAt: '2026-11-21T15:59:59.999Z',
  acceptedAt: null,
  createdAt: '2026-11-10T06:00:02.000Z',
  updatedAt: '2026-11-14T03:00:05.000Z',
};

const reasonOpen = { eligible: true, closesAt: '2026-11-21T15:59:59.999Z' };

/** Success answers, by the schema they are instances of. */
export const RESPONSE_EXAMPLES: ReadonlyMap<z.core.$ZodType, unknown> = new Map<z.core.$ZodType, unknown>([
  [s.healthSchema, { status: 'ok', checks: { table: 'ok' } }],
  [policySchema, defaultPolicy],
  [s.openApiDocumentSchema, { openapi: '3.1.0', info: { title: 'RMA API', version: '1.0.0' }, paths: { '/v1/health': {} } }],
  [s.orderSchema, order],
  [s.sessionSchema, { token: 'hVb0a3Zr6x1wq9P4kYt2mN8sLc5dE7gJ', expiresAt: '2026-11-21T09:00:00.000Z', orderId: ORDER_ID }],
  [
    s.customerOrderSchema,
    {
      orderId: ORDER_ID,
      orderNumber: 'SO-10482',
      invoicedAt: order.invoicedAt,
      deliveredAt: order.deliveredAt,
      lines: [
        {
          lineId: 'L1',
          sku: 'STM32F103C8T6',
          name: 'MCU STM32F103',
          quantity: 2,
          returnableQuantity: 2,
          reasons: {
            faulty: reasonOpen,
            damaged_in_transit: { eligible: true, closesAt: '2026-11-28T15:59:59.999Z' },
            incorrect_item: reasonOpen,
            other: { eligible: false, closesAt: '2026-11-17T15:59:59.999Z', code: 'window_closed' },
          },
        },
      ],
    },
  ],
  [s.rmaSchema, rma],
  [s.rmaListSchema, { items: [rma] }],
  [
    s.evidenceUploadSchema,
    {
      evidenceId: EVIDENCE_ID,
      status: 'pending',
      maxBytes: 10485760,
      upload: {
        url: 'https://rma-evidence.s3.amazonaws.com',
        fields: { key: `evidence/${RMA_ID}/${EVIDENCE_ID}`, 'Content-Type': 'image/jpeg', Policy: '…', 'X-Amz-Signature': '…' },
        expiresAt: '2026-11-20T02:29:09.000Z',
      },
    },
  ],
  [s.opsQueueSchema, { items: [rma], nextCursor: null }],
  [
    s.opsRmaSchema,
    {
      ...rma,
      customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
      evidence: rma.evidence.map((e) => ({
        ...e,
        fileName: `${e.kind}.bin`,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        downloadUrl: 'https://rma-evidence.s3.amazonaws.com/evidence/…?versionId=…&X-Amz-Signature=…',
        downloadExpiresAt: '2026-11-21T08:45:00.000Z',
      })),
      decisionNote: 'Send it back.',
      inspection: null,
      maxRefund: { amount: 299, currency: 'USD' },
      order: { orderNumber: order.orderNumber, currency: order.currency, invoicedAt: order.invoicedAt, deliveredAt: order.deliveredAt, lines: order.lines },
      timeline: rma.timeline.map((t) => (t.actor === 'ops' ? { ...t, actorId: 'ops-lin', actorEmail: 'lin@example.com' } : t)),
    },
  ],
  [
    s.returnsReportSchema,
    {
      from: '2026-11-01',
      to: '2026-11-30',
      timeZone: 'Asia/Shanghai',
      total: 40,
      byReason: [
        { reason: 'faulty', count: 22, share: 0.55 },
        { reason: 'damaged_in_transit', count: 6, share: 0.15 },
        { reason: 'incorrect_item', count: 4, share: 0.1 },
        { reason: 'other', count: 8, share: 0.2 },
      ],
      bySku: [{ sku: 'STM32F103C8T6', name: 'MCU STM32F103', returns: 12, units: 30, share: 0.3 }],
      medianHoursToDecision: 9.5,
      medianHoursToResolution: 61.5,
      sla: { decision: { measured: 38, met: 37, compliance: 0.974 }, refund: { measured: 25, met: 25, compliance: 1 } },
    },
  ],
  [s.opsSummarySchema, { countsByStatus: { awaiting_evidence: 3, submitted: 2, approved: 4, in_transit: 1, received: 0, awaiting_resolution: 1, resolved: 37, rejected: 2, inspection_failed: 1, expired: 5, cancelled: 3 }, openSlaBreaches: { refund: 0, decision: 1 }, medianSubmissionToResolutionHours: 61.5 }],
  [
    s.opsOutboxSchema,
    {
      items: [
        {
          messageId: `rma-${RMA_ID}-email.0000000007-001`,
          kind: 'email',
          rmaId: RMA_ID,
          status: 'failed',
          attempts: 77,
          lastError: 'DependencyUnavailableError: SES did not answer in time or is unavailable',
          nextAttemptAt: null,
          createdAt: '2026-11-21T08:30:00.000Z',
        },
      ],
      nextCursor: null,
    },
  ],
  [s.outboxRetrySchema, { messageId: `rma-${RMA_ID}-email.0000000007-001`, status: 'pending', nextAttemptAt: '2026-11-24T10:00:00.000Z' }],
  [s.createdWebhookEndpointSchema, { ...endpoint, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw6Ydcr9ey9j8=' }],
  [s.webhookEndpointListSchema, { items: [endpoint] }],
  [s.webhookEndpointSchema, endpoint],
  [s.webhookSecretSchema, { secret: 'whsec_2H7Yy2bCxn1a0Qj0hUoJYqGk8rZq3L0m9Vt1wQWZr5A=', previousSecretExpiresAt: '2026-11-25T08:00:00.000Z' }],
  [s.webhookTestSchema, { eventId: '01JD5A1Q2W3E4R5T6Y7U8I9O0P', deliveryId: `endpoint-${ENDPOINT_ID}-webhook-${ENDPOINT_ID}.0000000002-001` }],
  [s.webhookDeliveriesSchema, { items: [delivery], nextCursor: null }],
  [s.deliveryRetrySchema, { deliveryId: delivery.deliveryId, status: 'pending', nextAttemptAt: '2026-11-24T10:00:00.000Z' }],
]);

/** Request bodies, by route key. */
export const REQUEST_EXAMPLES: Readonly<Record<string, unknown>> = {
  'PUT /v1/storefront/orders/{orderId}': {
    orderNumber: order.orderNumber,
    customer: order.customer,
    currency: 'USD',
    invoicedAt: order.invoicedAt,
    lines: order.lines,
    updatedAt: '2026-11-10T06:00:00.000Z',
  },
  'POST /v1/storefront/orders/{orderId}/delivery': { deliveredAt: '2026-11-14T03:00:00.000Z' },
  'POST /v1/storefront/sessions': { orderId: ORDER_ID },
  'POST /v1/sessions': { orderNumber: 'SO-10482', email: 'ada@example.com' },
  'POST /v1/rmas': { orderId: ORDER_ID, reason: 'faulty', lines: [{ lineId: 'L1', quantity: 1 }], explanation: rma.explanation, preferredResolution: 'refund' },
  'POST /v1/rmas/{rmaId}/evidence': { kind: 'photo', contentType: 'image/jpeg', fileName: 'board.jpg', size: 482113 },
  'POST /v1/rmas/{rmaId}/shipment': { carrier: 'SF Express', trackingNumber: 'SF1234567890' },
  'POST /v1/rmas/{rmaId}/inquiries': { message: 'The refund has not reached my card yet.' },
  'POST /v1/ops/rmas/{rmaId}/decision': { decision: 'approve', returnMethod: 'ship', note: 'Send it back.' },
  'POST /v1/ops/rmas/{rmaId}/collection': { carrier: 'SF Express', trackingNumber: 'SF9876543210' },
  'POST /v1/ops/rmas/{rmaId}/receipt': { note: 'One board, bagged.' },
  'POST /v1/ops/rmas/{rmaId}/inspection': { result: 'pass', note: 'USB dead on both hosts.', intact: true },
  'POST /v1/ops/rmas/{rmaId}/resolution': { type: 'refund', amount: 299, currency: 'USD', reference: 'RF-1001' },
  'POST /v1/ops/webhook-endpoints': { url: 'https://shop.example.com/hooks/returns', events: ['rma.approved', 'rma.resolved'], description: 'Storefront order notes' },
};
