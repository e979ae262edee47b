/**
 * The one typed description of the system: each function with its entry, size, triggers and
 * what it is bound to. The CDK stacks (infra/) and the local stack (local/) are both generated
 * from it, and the env contract of each function is derived from its bindings, so infra and
 * runtime cannot drift. Pure data: no CDK, no SDK.
 */
import type { EnvKey } from './config/env.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * - `none`: public.
 * - `storefront`: HMAC signature, verified by the function.
 * - `customer`: session bearer token, verified by the function.
 * - `ops`: Cognito JWT, verified by the API's JWT authorizer (the local gateway locally);
 *   the function checks the `rma-ops` group.
 */
export type AuthScheme = 'none' | 'storefront' | 'customer' | 'ops';

/** Who a route is for: the OpenAPI document's tags. */
export type Audience = 'storefront' | 'customer' | 'ops' | 'meta';

export interface HttpRoute {
  readonly method: HttpMethod;
  readonly path: string;
  /** Stable and readable: clients generated from the document name their methods after it. */
  readonly operationId: string;
  readonly audience: Audience;
  readonly auth: AuthScheme;
  readonly summary: string;
}

export type Trigger =
  | { readonly kind: 'http'; readonly routes: readonly HttpRoute[] }
  | { readonly kind: 's3'; readonly event: 'ObjectCreated'; readonly prefix: string }
  | {
      readonly kind: 'dynamodbStream';
      readonly filter: 'outboxInserts';
      readonly batchSize: number;
      /** Retries of a failed record before it goes to the on-failure DLQ. */
      readonly retryAttempts: number;
    }
  /** Invoked by one-time deadline schedules that the notifier creates. */
  | { readonly kind: 'schedule' }
  /** Invoked every `minutes` by a recurring EventBridge Scheduler `rate()` schedule. */
  | { readonly kind: 'rate'; readonly minutes: number };

export interface Bindings {
  readonly table?: 'read' | 'readWrite';
  /**
   * `upload`: signs presigned POSTs (PutObject only); `read`: presigned GETs; `readWrite`: reads,
   * tags and deletes uploaded objects (the verifier).
   */
  readonly bucket?: 'upload' | 'read' | 'readWrite';
  /** Creates, updates and deletes schedules that target the deadline function. */
  readonly scheduler?: boolean;
  readonly email?: boolean;
  readonly storefrontSecret?: boolean;
  /** Signs and checks shoppers' session tokens (a secret of its own). */
  readonly sessionKey?: boolean;
  /** Puts events on the RMA event bus (EventBridge). */
  readonly eventBus?: boolean;
  /** Registers or calls webhook endpoints: bound to the URL policy (events.md, "Delivery"). */
  readonly webhooks?: boolean;
}

export interface FunctionSpec {
  readonly id: FunctionId;
  readonly description: string;
  /** Lambda entry, relative to the project root. */
  readonly entry: string;
  readonly memoryMiB: number;
  readonly timeoutSeconds: number;
  readonly bindings: Bindings;
  readonly trigger: Trigger;
}

export const FUNCTION_IDS = ['storefrontApi', 'customerApi', 'opsApi', 'evidenceVerifier', 'deadline', 'notifier', 'outboxRelay'] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** Object keys of evidence uploads; S3 notifications are filtered to this prefix. */
export const EVIDENCE_PREFIX = 'evidence/';
/**
 * Uploads carry this tag until verified; the bucket's lifecycle rule expires objects still
 * pending after 2 days (uploads that were never verified, or whose verification failed to run).
 */
export const EVIDENCE_STATUS_TAG = { key: 'rma-evidence-status', pending: 'pending', verified: 'verified' } as const;
/** Outbox items' partition keys start with this; the notifier's stream filter matches it. */
export const OUTBOX_PK_PREFIX = 'OUTBOX#';

/**
 * What browsers on the storefront origins may do (rma:storefrontOrigins in AWS; any
 * http://localhost:<port> or http://127.0.0.1:<port>, or RMA_LOCAL_ORIGINS, locally): the HTTP
 * API's CORS and the evidence bucket's, one definition for the CDK stacks and the local stack.
 */
export const CORS = {
  api: {
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    headers: ['authorization', 'content-type', 'idempotency-key'],
    exposeHeaders: ['retry-after'],
    maxAgeSeconds: 3600,
  },
  bucket: { methods: ['POST'], headers: ['*'], exposeHeaders: [] as string[], maxAgeSeconds: 3000 },
} as const;

export const topology: Readonly<Record<FunctionId, FunctionSpec>> = {
  storefrontApi: {
    id: 'storefrontApi',
    description: 'Storefront server API: orders, deliveries (HMAC-signed)',
    entry: 'functions/storefront-api/index.ts',
    memoryMiB: 512,
    timeoutSeconds: 10,
    bindings: { table: 'readWrite', storefrontSecret: true, sessionKey: true },
    trigger: {
      kind: 'http',
      routes: [
        { method: 'PUT', path: '/v1/storefront/orders/{orderId}', operationId: 'putOrder', audience: 'storefront', auth: 'storefront', summary: 'Create or update an order' },
        { method: 'POST', path: '/v1/storefront/orders/{orderId}/delivery', operationId: 'recordDelivery', audience: 'storefront', auth: 'storefront', summary: 'Record the delivery of an order' },
        { method: 'POST', path: '/v1/storefront/sessions', operationId: 'createStorefrontSession', audience: 'storefront', auth: 'storefront', summary: 'A session for a shopper signed in at the shop' },
      ],
    },
  },
  customerApi: {
    id: 'customerApi',
    description: 'Shopper API and public meta endpoints',
    entry: 'functions/customer-api/index.ts',
    memoryMiB: 512,
    timeoutSeconds: 10,
    bindings: { table: 'readWrite', bucket: 'upload', sessionKey: true },
    trigger: {
      kind: 'http',
      routes: [
        { method: 'GET', path: '/v1/health', operationId: 'getHealth', audience: 'meta', auth: 'none', summary: 'Liveness' },
        { method: 'GET', path: '/v1/policy', operationId: 'getPolicy', audience: 'meta', auth: 'none', summary: 'The return policy in force' },
        { method: 'GET', path: '/v1/openapi.json', operationId: 'getOpenApi', audience: 'meta', auth: 'none', summary: 'This API as OpenAPI 3.1' },
        { method: 'POST', path: '/v1/sessions', operationId: 'signIn', audience: 'customer', auth: 'none', summary: 'Sign in with order number and email' },
        { method: 'GET', path: '/v1/orders/{orderId}', operationId: 'getOrder', audience: 'customer', auth: 'customer', summary: 'The order and what can be returned' },
        { method: 'POST', path: '/v1/rmas', operationId: 'openRma', audience: 'customer', auth: 'customer', summary: 'Open a return (idempotency-key required)' },
        { method: 'GET', path: '/v1/rmas', operationId: 'listRmas', audience: 'customer', auth: 'customer', summary: "The session's order's returns" },
        { method: 'GET', path: '/v1/rmas/{rmaId}', operationId: 'getRma', audience: 'customer', auth: 'customer', summary: 'One return' },
        { method: 'POST', path: '/v1/rmas/{rmaId}/cancel', operationId: 'cancelRma', audience: 'customer', auth: 'customer', summary: 'Withdraw a return before it is shipped' },
        { method: 'POST', path: '/v1/rmas/{rmaId}/evidence', operationId: 'requestEvidenceUpload', audience: 'customer', auth: 'customer', summary: 'A presigned upload for a photo, video or test report' },
        { method: 'POST', path: '/v1/rmas/{rmaId}/submit', operationId: 'submitRma', audience: 'customer', auth: 'customer', summary: 'Submit the return with its evidence' },
        { method: 'POST', path: '/v1/rmas/{rmaId}/shipment', operationId: 'reportShipment', audience: 'customer', auth: 'customer', summary: 'Report the shipment with its tracking number' },
        { method: 'POST', path: '/v1/rmas/{rmaId}/inquiries', operationId: 'askAboutRefund', audience: 'customer', auth: 'customer', summary: 'Ask about a refund not yet received' },
      ],
    },
  },
  opsApi: {
    id: 'opsApi',
    description: 'Ops staff API (Cognito JWT, group rma-ops)',
    entry: 'functions/ops-api/index.ts',
    memoryMiB: 512,
    timeoutSeconds: 10,
    bindings: { table: 'readWrite', bucket: 'read', webhooks: true },
    trigger: {
      kind: 'http',
      routes: [
        { method: 'GET', path: '/v1/ops/rmas', operationId: 'listOpsRmas', audience: 'ops', auth: 'ops', summary: 'The queue, oldest first, by status and SLA breach' },
        { method: 'GET', path: '/v1/ops/rmas/{rmaId}', operationId: 'getOpsRma', audience: 'ops', auth: 'ops', summary: 'One return with its customer and evidence downloads' },
        { method: 'POST', path: '/v1/ops/rmas/{rmaId}/decision', operationId: 'decideRma', audience: 'ops', auth: 'ops', summary: 'Approve (with the return method) or reject' },
        { method: 'POST', path: '/v1/ops/rmas/{rmaId}/collection', operationId: 'recordCollection', audience: 'ops', auth: 'ops', summary: 'Record the pickup of a collected return' },
        { method: 'POST', path: '/v1/ops/rmas/{rmaId}/receipt', operationId: 'recordReceipt', audience: 'ops', auth: 'ops', summary: 'Record that the warehouse has the item' },
        { method: 'POST', path: '/v1/ops/rmas/{rmaId}/inspection', operationId: 'recordInspection', audience: 'ops', auth: 'ops', summary: 'Record the inspection result' },
        { method: 'POST', path: '/v1/ops/rmas/{rmaId}/resolution', operationId: 'resolveRma', audience: 'ops', auth: 'ops', summary: 'Refund (at most what was paid) or exchange' },
        { method: 'GET', path: '/v1/ops/summary', operationId: 'getOpsSummary', audience: 'ops', auth: 'ops', summary: 'Counts per state, open SLA breaches, median time to resolution' },
        { method: 'GET', path: '/v1/ops/reports/returns', operationId: 'getReturnsReport', audience: 'ops', auth: 'ops', summary: 'Returns of a period by reason and SKU, median times, SLA compliance' },
        { method: 'GET', path: '/v1/ops/reports/rmas', operationId: 'exportOpsRmas', audience: 'ops', auth: 'ops', summary: 'Every RMA opened in a period, a page at a time (the CSV export)' },
        { method: 'GET', path: '/v1/ops/outbox', operationId: 'listOutbox', audience: 'ops', auth: 'ops', summary: 'Side effects (emails, timer changes) that failed, or still wait' },
        { method: 'POST', path: '/v1/ops/outbox/{messageId}/retry', operationId: 'retryOutboxMessage', audience: 'ops', auth: 'ops', summary: 'Deliver a failed side effect again, once' },
        { method: 'POST', path: '/v1/ops/webhook-endpoints', operationId: 'createWebhookEndpoint', audience: 'ops', auth: 'ops', summary: 'Register a webhook endpoint (its secret is shown once)' },
        { method: 'GET', path: '/v1/ops/webhook-endpoints', operationId: 'listWebhookEndpoints', audience: 'ops', auth: 'ops', summary: 'The webhook endpoints, without secrets' },
        { method: 'DELETE', path: '/v1/ops/webhook-endpoints/{endpointId}', operationId: 'deleteWebhookEndpoint', audience: 'ops', auth: 'ops', summary: 'Delete an endpoint; its pending deliveries are dropped' },
        { method: 'POST', path: '/v1/ops/webhook-endpoints/{endpointId}/rotate-secret', operationId: 'rotateWebhookSecret', audience: 'ops', auth: 'ops', summary: 'A new secret; the old one signs beside it for 24 h' },
        { method: 'POST', path: '/v1/ops/webhook-endpoints/{endpointId}/test', operationId: 'testWebhookEndpoint', audience: 'ops', auth: 'ops', summary: 'Send one webhook.test event' },
        { method: 'POST', path: '/v1/ops/webhook-endpoints/{endpointId}/enable', operationId: 'enableWebhookEndpoint', audience: 'ops', auth: 'ops', summary: 'Enable an endpoint that was disabled after failing for 3 days' },
        { method: 'GET', path: '/v1/ops/webhook-endpoints/{endpointId}/deliveries', operationId: 'listWebhookDeliveries', audience: 'ops', auth: 'ops', summary: "The endpoint's deliveries, newest first" },
        { method: 'POST', path: '/v1/ops/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry', operationId: 'retryWebhookDelivery', audience: 'ops', auth: 'ops', summary: 'Deliver a failed delivery again, once' },
      ],
    },
  },
  evidenceVerifier: {
    id: 'evidenceVerifier',
    description: 'Verifies evidence uploads (S3 object-created)',
    entry: 'functions/evidence-verifier/index.ts',
    memoryMiB: 1024,
    timeoutSeconds: 120,
    bindings: { table: 'readWrite', bucket: 'readWrite' },
    trigger: { kind: 's3', event: 'ObjectCreated', prefix: EVIDENCE_PREFIX },
  },
  deadline: {
    id: 'deadline',
    description: 'Acts on due deadlines (EventBridge Scheduler target)',
    entry: 'functions/deadline/index.ts',
    memoryMiB: 512,
    timeoutSeconds: 30,
    bindings: { table: 'readWrite' },
    trigger: { kind: 'schedule' },
  },
  notifier: {
    id: 'notifier',
    description: 'Delivers new outbox messages: schedules, emails, events, webhooks (DynamoDB stream, the fast path)',
    entry: 'functions/notifier/index.ts',
    memoryMiB: 512,
    timeoutSeconds: 60,
    bindings: { table: 'readWrite', scheduler: true, email: true, eventBus: true, webhooks: true },
    trigger: { kind: 'dynamodbStream', filter: 'outboxInserts', batchSize: 10, retryAttempts: 10 },
  },
  outboxRelay: {
    id: 'outboxRelay',
    description: 'Re-delivers pending outbox messages whose attempt has come (every minute)',
    entry: 'functions/outbox-relay/index.ts',
    memoryMiB: 512,
    timeoutSeconds: 60,
    bindings: { table: 'readWrite', scheduler: true, email: true, eventBus: true, webhooks: true },
    trigger: { kind: 'rate', minutes: 1 },
  },
};

/**
 * How long a delivery's claim on an outbox message holds: the longest either delivering function
 * can run, plus a margin. A holder that crashed is taken over once it expires, and a claim taken
 * at any moment of an invocation outlives that invocation.
 */
export const OUTBOX_CLAIM_MS = (Math.max(topology.notifier.timeoutSeconds, topology.outboxRelay.timeoutSeconds) + 30) * 1000;

export const functionSpecs: readonly FunctionSpec[] = FUNCTION_IDS.map((id) => topology[id]);

export function httpRoutes(spec: FunctionSpec): readonly HttpRoute[] {
  return spec.trigger.kind === 'http' ? spec.trigger.routes : [];
}

export function routeKey(route: Pick<HttpRoute, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/** The env variables a function receives, derived from its bindings and triggers. */
export function envKeysFor(id: FunctionId): readonly EnvKey[] {
  const spec = topology[id];
  const keys: EnvKey[] = [];
  if (spec.bindings.table) keys.push('tableName');
  if (spec.bindings.bucket) keys.push('bucketName');
  if (spec.bindings.scheduler) keys.push('scheduleGroup', 'schedulerRoleArn', 'deadlineFunctionArn', 'schedulerDlqArn');
  if (spec.bindings.email) keys.push('senderEmail', 'sesConfigurationSet');
  if (spec.bindings.storefrontSecret) keys.push('storefrontSecretId');
  if (spec.bindings.sessionKey) keys.push('sessionKeyId');
  if (spec.bindings.eventBus) keys.push('eventBusName');
  if (spec.bindings.webhooks) keys.push('webhookUrlPolicy');
  if (httpRoutes(spec).some((r) => r.auth === 'ops')) keys.push('opsGroup');
  return keys;
}
