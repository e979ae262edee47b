/**
 * RMAs in DynamoDB. Every write is one transaction: the RMA (created only if absent, else
 * replaced only at the version read), its order's counters when they change (version-checked,
 * so two RMAs can never over-return a line), the outbox messages, the ops summary's counters, and
 * on creation the idempotency record. A lost condition is `ConcurrentUpdateError`: re-read and
 * decide again.
 */
import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Order } from '../domain/order.js';
import type { Rma } from '../domain/rma.js';
import { RMA_STATUSES, TERMINAL_STATUSES } from '../domain/rma-status.js';
import { epochSeconds, keys, TABLE } from './keys.js';
import { orderPut } from './order-store.js';
import { type OutboxMessage, outboxPuts } from './outbox.js';
import { summaryUpdates } from './rma-summary.js';
import { batchGetAll, type ItemRead } from './batch-get.js';
import { packJson, unpackJson } from './compact.js';
import { retryOnConflict, type TransactItem, transact, versioned } from './transact.js';

/** A completed request, replayed for the same key and body (24 hours). */
export interface IdempotencyRecord {
  readonly orderId: string;
  readonly key: string;
  readonly requestHash: string;
  readonly status: number;
  readonly body: string;
}

const IDEMPOTENCY_HOURS = 24;

export interface RmaWrite {
  readonly rma: Rma;
  /** The RMA as read (written only if still at its version), or `null` for a new RMA. */
  readonly previous: Rma | null;
  readonly order?: { readonly order: Order; readonly expectedVersion: number };
  readonly outbox?: readonly OutboxMessage[];
  readonly idempotency?: IdempotencyRecord;
}

/**
 * The RMA's item: the RMA packed in `body` (every change rewrites the item and its index copies,
 * each charged by the item's size), beside it plainly what conditions, filters and a person
 * reading the table need; its keys; and its places in the indexes: by status always; while open
 * in `byOpen`; once its refund SLA was breached in `byBreached` (open ones together, the others by
 * final status).
 */
export function rmaItem(rma: Rma): Record<string, unknown> {
  const position = keys.statusSort(rma.createdAt, rma.rmaId);
  const open = !TERMINAL_STATUSES.has(rma.status);
  const { rmaId, number, orderId, status, version, createdAt, updatedAt, slaBreached } = rma;
  return {
    rmaId,
    number,
    orderId,
    status,
    version,
    createdAt,
    updatedAt,
    slaBreached,
    body: packJson(rma),
    ...keys.rma(rma.rmaId),
    type: 'rma',
    [READ_MODEL]: READ_MODEL_VERSION,
    [TABLE.byStatus.partitionKey]: keys.statusIndex(rma.status),
    [TABLE.byStatus.sortKey]: position,
    ...(open ? { [TABLE.byOpen.partitionKey]: keys.openIndex, [TABLE.byOpen.sortKey]: position } : {}),
    ...(rma.slaBreached ? { [TABLE.byBreached.partitionKey]: keys.breachedIndex(open ? 'OPEN' : rma.status), [TABLE.byBreached.sortKey]: position } : {}),
  };
}

/**
 * Marks an item counted in the summary's counters and placed in the sparse indexes. Items written
 * before those existed lack it until their next write or `backfillReadModel`.
 */
const READ_MODEL = 'readModel';
const READ_MODEL_VERSION = 1;

/** The domain's RMA from its item (an item written before RMAs were packed is the RMA, plus keys and index attributes). */
export function toRma(item: Record<string, unknown>): Rma {
  if (item.body instanceof Uint8Array) return unpackJson<Rma>(item.body);
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _1, gsi1sk: _2, gsi6pk: _3, gsi6sk: _4, gsi7pk: _5, gsi7sk: _6, [READ_MODEL]: _m, ...rma } = item;
  return rma as unknown as Rma;
}

/** Replaces an RMA only at the version read and as counted (or not) in the read model; creates it only if absent. */
function readAt(previous: Rma | null, counted: boolean) {
  if (previous === null) return versioned(null);
  const { ConditionExpression, ExpressionAttributeValues } = versioned(previous.version);
  return {
    ConditionExpression: `${ConditionExpression} AND ${counted ? 'attribute_exists' : 'attribute_not_exists'}(#readModel)`,
    ExpressionAttributeNames: { '#readModel': READ_MODEL },
    ExpressionAttributeValues,
  };
}

export class RmaStore {
  /** RMAs this store read from items not yet counted in the read model (see READ_MODEL). */
  private readonly uncounted = new WeakSet<Rma>();

  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private fromItem(item: Record<string, unknown>): Rma {
    const rma = toRma(item);
    if (item[READ_MODEL] === undefined) this.uncounted.add(rma);
    return rma;
  }

  async get(rmaId: string): Promise<Rma | null> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: keys.rma(rmaId), ConsistentRead: true }));
    return Item === undefined ? null : this.fromItem(Item);
  }

  /** The RMA as one read of a batch (`readTogether`). */
  read(rmaId: string): ItemRead<Rma | null> {
    return { key: keys.rma(rmaId), from: (item) => (item === undefined ? null : this.fromItem(item)) };
  }

  /** The RMAs with these ids, in the order given (an order has a handful). */
  async getMany(rmaIds: readonly string[]): Promise<Rma[]> {
    const items = await batchGetAll(this.ddb, this.tableName, rmaIds.map((id) => keys.rma(id)));
    const found = new Map(items.map((item) => [String(item.rmaId), this.fromItem(item)]));
    return rmaIds.flatMap((id) => found.get(id) ?? []);
  }

  /** The id of the RMA with this number (`RMA-2026-000042`), if there is one. */
  async idForNumber(number: string): Promise<string | null> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: keys.rmaNumber(number), ConsistentRead: true }));
    return Item === undefined ? null : String(Item.rmaId);
  }

  async idempotency(orderId: string, key: string): Promise<IdempotencyRecord | null> {
    const read = this.idempotencyRead(orderId, key);
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: read.key, ConsistentRead: true }));
    return read.from(Item);
  }

  /** The idempotency key's record as one read of a batch (`readTogether`). */
  idempotencyRead(orderId: string, key: string): ItemRead<IdempotencyRecord | null> {
    return {
      key: keys.idempotency(orderId, key),
      from: (item) => (item === undefined ? null : { orderId, key, requestHash: String(item.requestHash), status: Number(item.status), body: String(item.body) }),
    };
  }

  /** `RMA-<year>-<6 digits>` from an atomic counter per year. Unique; a failed request may leave a gap. */
  async nextNumber(now: Date): Promise<string> {
    const year = now.getUTCFullYear();
    const { Attributes } = await this.ddb.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.counter(`rma-${year}`),
        UpdateExpression: 'ADD #seq :one SET #type = :type',
        ExpressionAttributeNames: { '#seq': 'seq', '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'counter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return `RMA-${year}-${String(Attributes?.seq).padStart(6, '0')}`;
  }

  async write(write: RmaWrite, now: Date): Promise<void> {
    const { rma, previous } = write;
    // An RMA written before the read model existed counts from now on, as if new; the condition
    // holds the item to what this store read, so the counters cannot drift.
    const counted = previous !== null && !this.uncounted.has(previous);
    const items: TransactItem[] = [{ Put: { TableName: this.tableName, Item: rmaItem(rma), ...readAt(previous, counted) } }];
    if (previous === null) {
      items.push({
        Put: { TableName: this.tableName, Item: { ...keys.rmaNumber(rma.number), type: 'rma_number', rmaId: rma.rmaId }, ConditionExpression: 'attribute_not_exists(pk)' },
      });
    }
    if (write.order) items.push(orderPut(this.tableName, write.order.order, write.order.expectedVersion));
    items.push(...outboxPuts(this.tableName, { type: 'rma', id: rma.rmaId, version: rma.version }, write.outbox ?? [], now));
    items.push(...summaryUpdates(this.tableName, counted ? previous : null, rma));
    if (write.idempotency) {
      const { orderId, key, ...record } = write.idempotency;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.idempotency(orderId, key),
            type: 'idempotency',
            ...record,
            [TABLE.ttlAttribute]: epochSeconds(now) + IDEMPOTENCY_HOURS * 3600,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    await transact(this.ddb, items, `RMA ${rma.rmaId}`);
  }

  /**
   * Counts an RMA written before the read model in it (summary counters, sparse indexes), as it
   * is now and at the version read, so a change made meanwhile is neither lost nor counted twice.
   * False when there was nothing to do.
   */
  async countInReadModel(rmaId: string, now: Date): Promise<boolean> {
    return retryOnConflict(async () => {
      const rma = await this.get(rmaId);
      if (rma === null || !this.uncounted.has(rma)) return false;
      await this.write({ rma, previous: rma }, now);
      return true;
    }, 5);
  }
}

/**
 * One-off, after deploying the read model over a table that already has RMAs: counts every RMA
 * not yet counted (README, "Upgrading"). Finds them through the `byStatus` index, a page at a
 * time; safe to run while the API serves and to run again. Returns how many it counted.
 */
export async function backfillReadModel(ddb: DynamoDBDocumentClient, tableName: string, now: () => Date): Promise<number> {
  const store = new RmaStore(ddb, tableName);
  let counted = 0;
  for (const status of RMA_STATUSES) {
    const pages = paginateQuery(
      { client: ddb },
      {
        TableName: tableName,
        IndexName: TABLE.byStatus.name,
        KeyConditionExpression: '#pk = :pk',
        FilterExpression: 'attribute_not_exists(#readModel)',
        ExpressionAttributeNames: { '#pk': TABLE.byStatus.partitionKey, '#readModel': READ_MODEL },
        ExpressionAttributeValues: { ':pk': keys.statusIndex(status) },
        ProjectionExpression: 'rmaId',
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) if (await store.countInReadModel(String(item.rmaId), now())) counted += 1;
    }
  }
  return counted;
}
