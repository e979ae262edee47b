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
  /** Shopper sign-in: orders by normalised order number. */
  byOrderNumber: { name: 'byOrderNumber', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
} as const;

export const keys = {
  order: (orderId: string) => ({ pk: `ORDER#${orderId}`, sk: 'ORDER' }),
  orderNumberIndex: (orderNumber: string) => `ORDERNO#${normalise(orderNumber)}`,
  rma: (rmaId: string) => ({ pk: `RMA#${rmaId}`, sk: 'RMA' }),
  /** Ops queue position: oldest first within a status. */
  statusSort: (createdAt: string, rmaId: string) => `${createdAt}#${rmaId}`,
  /** Idempotency keys are scoped to the session's order: one shopper can never replay another's. */
  idempotency: (orderId: string, key: string) => ({ pk: `IDEMPOTENCY#${orderId}#${key}`, sk: 'IDEMPOTENCY' }),
  counter: (name: string) => ({ pk: `COUNTER#${name}`, sk: 'COUNTER' }),
  outbox: (messageId: string) => ({ pk: `${OUTBOX_PK_PREFIX}${messageId}`, sk: 'OUTBOX' }),
  statusIndex: (status: string) => `STATUS#${status}`,
  /** Sessions are found by the SHA-256 of their token; the token itself is never stored. */
  session: (tokenHash: string) => ({ pk: `SESSION#${tokenHash}`, sk: 'SESSION' }),
  signInFailures: (normalisedOrderNumber: string) => ({ pk: `SIGNIN#${normalisedOrderNumber}`, sk: 'FAILURES' }),
} as const;

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
