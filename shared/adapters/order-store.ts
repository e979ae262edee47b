/**
 * Orders in DynamoDB. Every write is one transaction: the order (created only if absent, or
 * updated only at the version read) together with the outbox messages the change causes.
 */
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, type ItemRead } from './batch-get.js';
import type { Order } from '../domain/order.js';
import { keys, TABLE } from './keys.js';
import { type OutboxMessage, outboxPuts } from './outbox.js';
import { type TransactItem, transact, versioned } from './transact.js';

export interface SaveOrder {
  readonly order: Order;
  /** The version that was read, or `null` when the order is new. */
  readonly expectedVersion: number | null;
  readonly outbox?: readonly OutboxMessage[];
}

export class OrderStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(orderId: string): Promise<Order | null> {
    const { Item } = await this.ddb.send(
      new GetCommand({ TableName: this.tableName, Key: keys.order(orderId), ConsistentRead: true }),
    );
    return Item === undefined ? null : toOrder(Item);
  }

  /** The order as one read of a batch (`readTogether`). */
  read(orderId: string): ItemRead<Order | null> {
    return { key: keys.order(orderId), from: (item) => (item === undefined ? null : toOrder(item)) };
  }

  /** The orders with these ids that exist (a report's RMAs name theirs). */
  async getMany(orderIds: readonly string[]): Promise<Order[]> {
    return (await batchGetAll(this.ddb, this.tableName, orderIds.map((id) => keys.order(id)))).map(toOrder);
  }

  /**
   * Orders carrying this order number (normally one), through the order-number index. The index
   * is eventually consistent: an order written a moment ago may not be found yet.
   */
  async findByOrderNumber(orderNumber: string): Promise<Order[]> {
    const { Items = [] } = await this.ddb.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE.byOrderNumber.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE.byOrderNumber.partitionKey },
        ExpressionAttributeValues: { ':pk': keys.orderNumberIndex(orderNumber) },
        Limit: 10,
      }),
    );
    return Items.map(toOrder);
  }

  /** Throws `ConcurrentUpdateError` when another writer changed the order since it was read. */
  async save({ order, expectedVersion, outbox = [] }: SaveOrder, now: Date): Promise<void> {
    await transact(
      this.ddb,
      [
        orderPut(this.tableName, order, expectedVersion),
        ...outboxPuts(this.tableName, { type: 'order', id: order.orderId, version: order.version }, outbox, now),
      ],
      `Order ${order.orderId}`,
    );
  }
}

/** The order as a conditional Put, for this store's and the RMA store's transactions. */
export function orderPut(tableName: string, order: Order, expectedVersion: number | null): TransactItem {
  const key = keys.order(order.orderId);
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...order,
        ...key,
        type: 'order',
        gsi2pk: keys.orderNumberIndex(order.orderNumber),
        gsi2sk: key.pk,
        gsi4pk: keys.customerEmailIndex(order.customer.email),
        gsi4sk: key.pk,
      },
      ...versioned(expectedVersion),
    },
  };
}

function toOrder(item: Record<string, unknown>): Order {
  const { pk: _pk, sk: _sk, type: _type, gsi2pk: _g, gsi2sk: _s, gsi4pk: _e, gsi4sk: _es, ...order } = item;
  return order as unknown as Order;
}
