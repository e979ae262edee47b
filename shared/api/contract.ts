/**
 * What each route takes and returns, by route key. Together with the topology (paths, auth)
 * this is the whole contract; the OpenAPI document is generated from the two.
 */
import type * as z from 'zod/mini';
import { policySchema } from '../domain/policy/schema.js';
import {
  createRmaSchema,
  evidenceRequestSchema,
  evidenceUploadSchema,
  inquirySchema,
  shipmentSchema,
  customerOrderSchema,
  collectionSchema,
  decisionSchema,
  deliveryInputSchema,
  inspectionSchema,
  opsQueueQuerySchema,
  opsQueueSchema,
  opsRmaSchema,
  receiptSchema,
  resolutionSchema,
  healthSchema,
  idempotencyKeySchema,
  openApiDocumentSchema,
  opsSummarySchema,
  reportQuerySchema,
  returnsReportSchema,
  rmaExportQuerySchema,
  messageIdParam,
  opsOutboxQuerySchema,
  opsOutboxSchema,
  outboxRetrySchema,
  createdWebhookEndpointSchema,
  deliveriesQuerySchema,
  deliveryIdParam,
  deliveryRetrySchema,
  endpointIdParam,
  webhookDeliveriesSchema,
  webhookEndpointInputSchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
  webhookSecretSchema,
  webhookTestSchema,
  orderIdParam,
  orderInputSchema,
  orderSchema,
  rmaIdParam,
  rmaRefParam,
  rmaListSchema,
  rmaSchema,
  sessionInputSchema,
  sessionSchema,
  storefrontSessionInputSchema,
} from './schemas.js';

export interface RouteContract {
  readonly pathParams?: Readonly<Record<string, z.core.$ZodType>>;
  /** Request headers the route reads, with the schema that validates them (security headers are schemes). */
  readonly headers?: Readonly<Record<string, { readonly schema: z.core.$ZodType; readonly required: boolean; readonly description: string }>>;
  readonly description?: string;
  /** Query parameters, as one strict object of optional strings. */
  readonly query?: z.ZodMiniObject;
  readonly body?: z.core.$ZodType;
  /** Success responses by status. */
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.core.$ZodType }>>;
  /** Error codes this route may answer with, besides the ones of its auth scheme. */
  readonly errors: readonly string[];
}

export const contract: Readonly<Record<string, RouteContract>> = {
  'GET /v1/health': {
    responses: {
      200: { description: 'The API is up and its table answers', schema: healthSchema },
      503: { description: 'The table does not answer (retry-after)', schema: healthSchema },
    },
    errors: [],
  },
  'GET /v1/policy': {
    responses: { 200: { description: 'The return policy in force', schema: policySchema } },
    errors: [],
  },
  'GET /v1/openapi.json': {
    responses: { 200: { description: 'This document (OpenAPI 3.1)', schema: openApiDocumentSchema } },
    errors: [],
  },
  'PUT /v1/storefront/orders/{orderId}': {
    pathParams: { orderId: orderIdParam },
    body: orderInputSchema,
    responses: {
      201: { description: 'Order created', schema: orderSchema },
      200: { description: 'Order updated (or unchanged)', schema: orderSchema },
    },
    errors: ['validation_failed', 'order_locked', 'stale_update', 'unsupported_media_type'],
  },
  'POST /v1/storefront/orders/{orderId}/delivery': {
    pathParams: { orderId: orderIdParam },
    body: deliveryInputSchema,
    responses: { 200: { description: 'Delivery recorded; the acceptance clock runs', schema: orderSchema } },
    errors: ['validation_failed', 'order_not_found', 'order_locked'],
  },
  'POST /v1/storefront/sessions': {
    body: storefrontSessionInputSchema,
    responses: { 201: { description: 'A session for a shopper signed in at the shop', schema: sessionSchema } },
    errors: ['validation_failed', 'order_not_found'],
  },
  'POST /v1/sessions': {
    body: sessionInputSchema,
    responses: { 201: { description: 'A session for this order (24 h)', schema: sessionSchema } },
    errors: ['validation_failed', 'order_not_found', 'rate_limited'],
  },
  'GET /v1/orders/{orderId}': {
    pathParams: { orderId: orderIdParam },
    responses: { 200: { description: 'The order with what can be returned, per line and reason', schema: customerOrderSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  'POST /v1/rmas': {
    headers: {
      'idempotency-key': {
        schema: idempotencyKeySchema,
        required: true,
        description: 'any 8-64 printable characters, new for each return: the same key and body replay the first answer (also after a 503)',
      },
    },
    body: createRmaSchema,
    responses: { 201: { description: 'The RMA, awaiting evidence (replayed for the same idempotency key and body)', schema: rmaSchema } },
    errors: [
      'validation_failed',
      'not_found',
      'order_not_delivered',
      'window_closed',
      'quantity_exceeds_returnable',
      'idempotency_key_reused',
    ],
  },
  'GET /v1/rmas': {
    responses: { 200: { description: "The returns of the session's order, oldest first", schema: rmaListSchema } },
    errors: [],
  },
  'GET /v1/rmas/{rmaId}': {
    pathParams: { rmaId: rmaIdParam },
    responses: { 200: { description: 'The RMA', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  'POST /v1/rmas/{rmaId}/cancel': {
    pathParams: { rmaId: rmaIdParam },
    responses: { 200: { description: 'The RMA, cancelled', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
  'POST /v1/rmas/{rmaId}/evidence': {
    pathParams: { rmaId: rmaIdParam },
    body: evidenceRequestSchema,
    responses: { 201: { description: 'A presigned S3 POST for exactly this file', schema: evidenceUploadSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state', 'evidence_limit_reached', 'file_too_large', 'unsupported_media_type'],
  },
  'POST /v1/rmas/{rmaId}/submit': {
    pathParams: { rmaId: rmaIdParam },
    responses: { 200: { description: 'The RMA, submitted', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state', 'evidence_incomplete'],
  },
  'POST /v1/rmas/{rmaId}/shipment': {
    pathParams: { rmaId: rmaIdParam },
    body: shipmentSchema,
    responses: { 200: { description: 'The RMA, in transit', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state', 'awaiting_instructions', 'window_closed'],
  },
  'POST /v1/rmas/{rmaId}/inquiries': {
    pathParams: { rmaId: rmaIdParam },
    body: inquirySchema,
    responses: { 202: { description: 'Passed on to the refunds address' } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
  'GET /v1/ops/rmas': {
    query: opsQueueQuerySchema,
    responses: { 200: { description: 'A page of the queue, oldest first', schema: opsQueueSchema } },
    errors: ['validation_failed'],
  },
  'GET /v1/ops/rmas/{rmaId}': {
    pathParams: { rmaId: rmaRefParam },
    responses: { 200: { description: 'The RMA with its customer, evidence downloads (15 min) and actors', schema: opsRmaSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  'POST /v1/ops/rmas/{rmaId}/decision': {
    pathParams: { rmaId: rmaIdParam },
    body: decisionSchema,
    responses: { 200: { description: 'The RMA, approved (or awaiting resolution with method none) or rejected', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
  'POST /v1/ops/rmas/{rmaId}/collection': {
    pathParams: { rmaId: rmaIdParam },
    body: collectionSchema,
    responses: { 200: { description: 'The RMA, in transit', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
  'POST /v1/ops/rmas/{rmaId}/receipt': {
    pathParams: { rmaId: rmaIdParam },
    body: receiptSchema,
    responses: { 200: { description: 'The RMA, received', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
  'POST /v1/ops/rmas/{rmaId}/inspection': {
    pathParams: { rmaId: rmaIdParam },
    body: inspectionSchema,
    responses: { 200: { description: 'The RMA, awaiting resolution or inspection_failed', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
  'POST /v1/ops/rmas/{rmaId}/resolution': {
    pathParams: { rmaId: rmaIdParam },
    body: resolutionSchema,
    responses: { 200: { description: 'The RMA, resolved', schema: rmaSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state', 'refund_exceeds_paid'],
  },
  'GET /v1/ops/reports/returns': {
    query: reportQuerySchema,
    description: 'RMAs opened in the period (days in the policy’s time zone): by reason and by SKU, median times, SLA compliance. Reads the RMAs of the period through the status index, never a scan.',
    responses: { 200: { description: 'The returns report of the period', schema: returnsReportSchema } },
    errors: ['validation_failed'],
  },
  'GET /v1/ops/reports/rmas': {
    query: rmaExportQuerySchema,
    description: 'Every RMA opened in the period, a page at a time (by status, then oldest first): what the console turns into a CSV file.',
    responses: { 200: { description: 'A page of the RMAs of the period', schema: opsQueueSchema } },
    errors: ['validation_failed'],
  },
  'GET /v1/ops/summary': {
    responses: { 200: { description: 'Counts per state and SLA health', schema: opsSummarySchema } },
    errors: [],
  },
  'GET /v1/ops/outbox': {
    query: opsOutboxQuerySchema,
    responses: { 200: { description: 'Side effects that gave up (or still wait), oldest first', schema: opsOutboxSchema } },
    errors: ['validation_failed'],
  },
  'POST /v1/ops/outbox/{messageId}/retry': {
    pathParams: { messageId: messageIdParam },
    responses: { 202: { description: 'The failed message is back in line and is delivered once, within a minute', schema: outboxRetrySchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
  'POST /v1/ops/webhook-endpoints': {
    body: webhookEndpointInputSchema,
    responses: { 201: { description: 'The endpoint, with its secret (shown only here and on rotation)', schema: createdWebhookEndpointSchema } },
    errors: ['validation_failed'],
  },
  'GET /v1/ops/webhook-endpoints': {
    responses: { 200: { description: 'Every endpoint, without secrets', schema: webhookEndpointListSchema } },
    errors: [],
  },
  'DELETE /v1/ops/webhook-endpoints/{endpointId}': {
    pathParams: { endpointId: endpointIdParam },
    responses: { 204: { description: 'Deleted; deliveries still pending to it are dropped' } },
    errors: ['validation_failed', 'not_found'],
  },
  'POST /v1/ops/webhook-endpoints/{endpointId}/rotate-secret': {
    pathParams: { endpointId: endpointIdParam },
    responses: { 200: { description: 'The new secret; deliveries carry both signatures for 24 h', schema: webhookSecretSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  'POST /v1/ops/webhook-endpoints/{endpointId}/test': {
    pathParams: { endpointId: endpointIdParam },
    responses: { 202: { description: 'A webhook.test event is on its way', schema: webhookTestSchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
  'POST /v1/ops/webhook-endpoints/{endpointId}/enable': {
    pathParams: { endpointId: endpointIdParam },
    responses: { 200: { description: 'The endpoint, enabled; retry its failed deliveries one by one', schema: webhookEndpointSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  'GET /v1/ops/webhook-endpoints/{endpointId}/deliveries': {
    pathParams: { endpointId: endpointIdParam },
    query: deliveriesQuerySchema,
    responses: { 200: { description: 'Deliveries to the endpoint, newest first', schema: webhookDeliveriesSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  'POST /v1/ops/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry': {
    pathParams: { endpointId: endpointIdParam, deliveryId: deliveryIdParam },
    responses: { 202: { description: 'The failed delivery is back in line and is attempted once more, within a minute', schema: deliveryRetrySchema } },
    errors: ['validation_failed', 'not_found', 'invalid_state'],
  },
};
