/**
 * Single-table keys (docs/data-model.md). Every item has `pk`, `sk` and `type`; GSI attributes
 * are set only on the items that belong in the index.
 */
import { normalise } from '../domain/session.js';
import { OUTBOX_PK_PREFIX } from '../topology.js';

export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds after which DynamoDB may delete the item (housekeeping only). */
  ttlAttribute: 'ttl',
  /** Ops queue: RMAs by status, oldest first. */
  byStatus: { name: 'byStatus', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** Sparse: the open RMAs, oldest first (the ops queue without a status: one query a page). */
  byOpen: { name: 'byOpen', partitionKey: 'gsi6pk', sortKey: 'gsi6sk' },
  /**
   * Sparse: the RMAs whose refund SLA was breached, oldest first, the open ones in one partition
   * and the others by status: a breached queue reads only breached RMAs.
   */
  byBreached: { name: 'byBreached', partitionKey: 'gsi7pk', sortKey: 'gsi7sk' },
  /** Shopper sign-in and ops search: orders by normalised order number. */
  byOrderNumber: { name: 'byOrderNumber', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  /** Ops search: orders by normalised customer email, with the ids of their RMAs. */
  byCustomerEmail: { name: 'byCustomerEmail', partitionKey: 'gsi4pk', sortKey: 'gsi4sk', projection: ['rmaIds'] },
  /**
   * Sparse: outbox messages that are pending (the relay's work) or failed (ops' list), oldest
   * first. Delivered messages leave it. Projects only what the relay and the list read.
   */
  byOutboxStatus: {
    name: 'byOutboxStatus',
    partitionKey: 'gsi3pk',
    sortKey: 'gsi3sk',
    projection: ['messageId', 'kind', 'rmaId', 'status', 'attempts', 'lastError', 'nextAttemptAt', 'createdAt'],
  },
  /** A webhook endpoint's delivery log, newest first: what its deliveries list shows. */
  byWebhookEndpoint: {
    name: 'byWebhookEndpoint',
    partitionKey: 'gsi5pk',
    sortKey: 'gsi5sk',
    projection: ['messageId', 'eventId', 'eventType', 'rmaId', 'status', 'attempts', 'lastStatusCode', 'lastError', 'nextAttemptAt', 'deliveredAt', 'createdAt'],
  },
} as const;

/** The table's global secondary indexes, for infra, the local table and IAM grants. */
export const GLOBAL_INDEXES = [
  TABLE.byStatus,
  TABLE.byOrderNumber,
  TABLE.byOutboxStatus,
  TABLE.byCustomerEmail,
  TABLE.byWebhookEndpoint,
  TABLE.byOpen,
  TABLE.byBreached,
] as const;

export const keys = {
  order: (orderId: string) => ({ pk: `ORDER#${orderId}`, sk: 'ORDER' }),
  orderNumberIndex: (orderNumber: string) => `ORDERNO#${normalise(orderNumber)}`,
  customerEmailIndex: (email: string) => `EMAIL#${normalise(email)}`,
  rma: (rmaId: string) => ({ pk: `RMA#${rmaId}`, sk: 'RMA' }),
  /** The RMA number every email shows (`RMA-2026-000042`) → its id; written with the RMA, unique. */
  rmaNumber: (number: string) => ({ pk: `RMANO#${number}`, sk: 'RMANO' }),
  /** Ops queue position: oldest first within a status. */
  statusSort: (createdAt: string, rmaId: string) => `${createdAt}#${rmaId}`,
  /** Idempotency keys are scoped to the session's order: one shopper can never replay another's. */
  idempotency: (orderId: string, key: string) => ({ pk: `IDEMPOTENCY#${orderId}#${key}`, sk: 'IDEMPOTENCY' }),
  counter: (name: string) => ({ pk: `COUNTER#${name}`, sk: 'COUNTER' }),
  /** Outbox messages live in their channel's partition, sorted by sequence (`<channel>.<seq>`). */
  outbox: (channel: string, seq: string) => ({ pk: `${OUTBOX_PK_PREFIX}${channel}`, sk: seq }),
  /** The status index's partitions: `OUTBOX#pending` (the backend's effects), `OUTBOX#webhook-pending` (webhook deliveries). */
  outboxStatusIndex: (status: 'pending' | 'failed', queue: 'effects' | 'webhooks') => `${OUTBOX_PK_PREFIX}${queue === 'webhooks' ? 'webhook-' : ''}${status}`,
  /** Webhook endpoints: one partition, a handful of items, read by a query. */
  webhookEndpoint: (endpointId: string) => ({ pk: keys.webhookEndpoints, sk: `ENDPOINT#${endpointId}` }),
  webhookEndpoints: 'WEBHOOK_ENDPOINTS',
  /** Which endpoints want which events: one item beside the endpoints, read with an RMA's order in one call. */
  webhookRoutes: { pk: 'WEBHOOK_ENDPOINTS', sk: 'ROUTES' },
  /** An endpoint's deliveries, newest first (byWebhookEndpoint). */
  webhookDeliveries: (endpointId: string) => `WEBHOOK#${endpointId}`,
  statusIndex: (status: string) => `STATUS#${status}`,
  openIndex: 'OPEN',
  /** `BREACHED#OPEN` while the RMA is open, then `BREACHED#<its final status>`. */
  breachedIndex: (status: string | 'OPEN') => `BREACHED#${status}`,
  /** The ops summary's counters, sharded so that changes of different RMAs rarely meet on one item. */
  summaryShard: (part: 'counts' | 'resolved', shard: number) => ({ pk: 'SUMMARY', sk: `${part.toUpperCase()}#${String(shard).padStart(2, '0')}` }),
  summary: 'SUMMARY',
  /** Failed sign-ins per normalised order number, or per source address. */
  signInFailures: (scope: 'orderNumber' | 'source', value: string) => ({ pk: `${scope === 'orderNumber' ? 'SIGNIN' : 'SIGNIN_SOURCE'}#${value}`, sk: 'FAILURES' }),
} as const;

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
