/**
 * RMAs in DynamoDB. Every write is one transaction: the RMA (created only if absent, else
 * replaced only at the version read), its order's counters when they change (version-checked,
 * so two RMAs can never over-return a line), the outbox messages, and on creation the
 * idempotency record. A lost condition is `ConcurrentUpdateError`: re-read and decide again.
 */
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Order } from '../domain/order.js';
import type { Rma } from '../domain/rma.js';
import { epochSeconds, keys, TABLE } from './keys.js';
import { orderPut } from './order-store.js';
import { type OutboxMessage, outboxPuts } from './outbox.js';
import { type TransactItem, transact, versioned } from './transact.js';

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
  /** The version read, or `null` for a new RMA. */
  readonly expectedVersion: number | null;
  readonly order?: { readonly order: Order; readonly expectedVersion: number };
  readonly outbox?: readonly OutboxMessage[];
  readonly idempotency?: IdempotencyRecord;
}

/** The domain's RMA from its item (keys and index attributes dropped). */
export function toRma(item: Record<string, unknown>): Rma {
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _g, gsi1sk: _s, ...rma } = item;
  return rma as unknown as Rma;
}

export class RmaStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(rmaId: string): Promise<Rma | null> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: keys.rma(rmaId), ConsistentRead: true }));
    return Item === undefined ? null : toRma(Item);
  }

  /** The RMAs with these ids, in the order given (an order has a handful). */
  async getMany(rmaIds: readonly string[]): Promise<Rma[]> {
    const found = new Map<string, Rma>();
    for (let i = 0; i < rmaIds.length; i += 100) {
      let request: BatchGetCommandInput['RequestItems'] = {
        [this.tableName]: { Keys: rmaIds.slice(i, i + 100).map((id) => keys.rma(id)), ConsistentRead: true },
      };
      while (request !== undefined && Object.keys(request).length > 0) {
        const output: BatchGetCommandOutput = await this.ddb.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of output.Responses?.[this.tableName] ?? []) found.set(String(item.rmaId), toRma(item));
        request = output.UnprocessedKeys;
      }
    }
    return rmaIds.flatMap((id) => found.get(id) ?? []);
  }

  /** The id of the RMA with this number (`RMA-2026-000042`), if there is one. */
  async idForNumber(number: string): Promise<string | null> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: keys.rmaNumber(number), ConsistentRead: true }));
    return Item === undefined ? null : String(Item.rmaId);
  }

  async idempotency(orderId: string, key: string): Promise<IdempotencyRecord | null> {
    const { Item } = await this.ddb.send(
      new GetCommand({ TableName: this.tableName, Key: keys.idempotency(orderId, key), ConsistentRead: true }),
    );
    if (Item === undefined) return null;
    return { orderId, key, requestHash: String(Item.requestHash), status: Number(Item.status), body: String(Item.body) };
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
    const { rma } = write;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...rma,
            ...keys.rma(rma.rmaId),
            type: 'rma',
            [TABLE.byStatus.partitionKey]: keys.statusIndex(rma.status),
            [TABLE.byStatus.sortKey]: keys.statusSort(rma.createdAt, rma.rmaId),
          },
          ...versioned(write.expectedVersion),
        },
      },
    ];
    if (write.expectedVersion === null) {
      items.push({
        Put: { TableName: this.tableName, Item: { ...keys.rmaNumber(rma.number), type: 'rma_number', rmaId: rma.rmaId }, ConditionExpression: 'attribute_not_exists(pk)' },
      });
    }
    if (write.order) items.push(orderPut(this.tableName, write.order.order, write.order.expectedVersion));
    items.push(...outboxPuts(this.tableName, { type: 'rma', id: rma.rmaId, version: rma.version }, write.outbox ?? [], now));
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
}
