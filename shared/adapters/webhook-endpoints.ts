/**
 * Webhook endpoints in the table (events.md, "Endpoints API"), and each endpoint's delivery log.
 * Endpoints share one partition (a shop has a handful); deliveries are outbox messages of kind
 * `webhook`, listed per endpoint through the `byWebhookEndpoint` index. Queries, never scans.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentUpdateError } from '../domain/errors.js';
import type { EventType } from '../domain/events.js';
import { keys, TABLE } from './keys.js';
import { decodeCursor, encodeCursor, type OutboxMessage, type OutboxRecord, type OutboxStatus, outboxPuts, parseMessageId } from './outbox.js';
import { transact, versioned } from './transact.js';

/** How long a rotated-out secret keeps signing beside the new one (events.md). */
export const ROTATION_OVERLAP_HOURS = 24;
/** An endpoint whose deliveries have all failed this long is disabled (events.md). */
export const DISABLE_AFTER_FAILING_HOURS = 72;
/** Each change writes one delivery per endpoint in its transaction (at most 100 items). */
export const MAX_ENDPOINTS = 20;

export interface EndpointSecret {
  readonly secret: string;
  /** When a rotated-out secret stops signing; `null` for the current one. */
  readonly expiresAt: string | null;
}

export interface WebhookEndpoint {
  readonly endpointId: string;
  readonly url: string;
  /** The types it wants; `null` for all. */
  readonly events: readonly EventType[] | null;
  readonly description: string | null;
  readonly status: 'enabled' | 'disabled';
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Bumped by every change; orders the endpoint's own messages (test events, its ops email). */
  readonly version: number;
  readonly secrets: readonly EndpointSecret[];
  /** Since when every attempt failed; `null` while deliveries succeed. */
  readonly failingSince: string | null;
  readonly disabledAt: string | null;
}

/** The secrets that sign at `now`: the current one first, then one rotated out less than 24 h ago. */
export function signingSecrets(endpoint: WebhookEndpoint, now: Date): string[] {
  return endpoint.secrets.filter((s) => s.expiresAt === null || Date.parse(s.expiresAt) > now.getTime()).map((s) => s.secret);
}

export function wants(endpoint: WebhookEndpoint, type: EventType): boolean {
  return endpoint.status === 'enabled' && (endpoint.events === null || endpoint.events.includes(type));
}

/** A delivery as the endpoint's log shows it (events.md). */
export interface DeliverySummary {
  readonly deliveryId: string;
  readonly eventId: string;
  readonly type: EventType;
  readonly rmaId: string | null;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly nextAttemptAt: string | null;
  readonly deliveredAt: string | null;
  readonly createdAt: string;
}

const toEndpoint = (item: Record<string, unknown>): WebhookEndpoint => {
  const { pk: _pk, sk: _sk, type: _type, failingSince = null, ...endpoint } = item;
  return { ...endpoint, failingSince } as unknown as WebhookEndpoint;
};

/** The item: `failingSince` is absent (not null) while deliveries succeed, so it can be set only if absent. */
const toItem = ({ failingSince, ...endpoint }: WebhookEndpoint) => ({
  ...keys.webhookEndpoint(endpoint.endpointId),
  type: 'webhook_endpoint',
  ...endpoint,
  ...(failingSince === null ? {} : { failingSince }),
});

export class WebhookEndpointStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(): Promise<WebhookEndpoint[]> {
    const { Items = [] } = await this.ddb.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.webhookEndpoints },
        ConsistentRead: true,
      }),
    );
    return Items.map(toEndpoint);
  }

  async get(endpointId: string): Promise<WebhookEndpoint | null> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: keys.webhookEndpoint(endpointId), ConsistentRead: true }));
    return Item === undefined ? null : toEndpoint(Item);
  }

  async create(endpoint: WebhookEndpoint): Promise<void> {
    await this.ddb.send(
      new PutCommand({
        TableName: this.tableName,
        Item: toItem(endpoint),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /**
   * Replaces the endpoint if it is still at the version read, with the endpoint's messages (a
   * test event, the disabled notice) in the same transaction. Answers the messages' ids, or
   * `null` if the endpoint changed meanwhile.
   */
  async update(next: WebhookEndpoint, messages: readonly OutboxMessage[], now: Date): Promise<string[] | null> {
    const puts = outboxPuts(this.tableName, { type: 'endpoint', id: next.endpointId, version: next.version }, messages, now);
    try {
      await transact(
        this.ddb,
        [{ Put: { TableName: this.tableName, Item: toItem(next), ...versioned(next.version - 1) } }, ...puts],
        `webhook endpoint ${next.endpointId}`,
      );
      return puts.map((put) => (put.Put!.Item as OutboxRecord).messageId);
    } catch (error) {
      if (error instanceof ConcurrentUpdateError) return null;
      throw error;
    }
  }

  /** Marks the endpoint failing since `now` unless it already is; answers the endpoint as it is now. */
  async failing(endpointId: string, now: Date): Promise<WebhookEndpoint | null> {
    try {
      const { Attributes } = await this.ddb.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.webhookEndpoint(endpointId),
          UpdateExpression: 'SET failingSince = if_not_exists(failingSince, :now)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':now': now.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toEndpoint(Attributes!);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return null;
      throw error;
    }
  }

  /** A delivery went through: the endpoint is no longer failing. */
  async recovered(endpointId: string): Promise<void> {
    await this.ddb
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.webhookEndpoint(endpointId),
          UpdateExpression: 'REMOVE failingSince',
          ConditionExpression: 'attribute_exists(pk)',
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  }

  /** Deletes the endpoint and drops its pending deliveries; `false` if there was none. */
  async delete(endpointId: string): Promise<boolean> {
    try {
      await this.ddb.send(new DeleteCommand({ TableName: this.tableName, Key: keys.webhookEndpoint(endpointId), ConditionExpression: 'attribute_exists(pk)' }));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
    for (let cursor: string | undefined, page; (page = await this.deliveries(endpointId, { status: 'pending', limit: 100, ...(cursor ? { cursor } : {}) })); ) {
      for (const delivery of page.items) await this.drop(delivery.deliveryId);
      cursor = page.cursor;
      if (cursor === undefined) break;
    }
    return true;
  }

  /** Removes one pending delivery (its endpoint is gone). A delivery already settled is kept. */
  async drop(deliveryId: string): Promise<void> {
    const { channel, seq } = parseMessageId(deliveryId);
    await this.ddb
      .send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.outbox(channel, seq),
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending' },
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  }

  /** The endpoint's deliveries, newest first, a page at a time (one status, or all). */
  async deliveries(
    endpointId: string,
    options: { readonly status?: OutboxStatus; readonly limit: number; readonly cursor?: string },
  ): Promise<{ readonly items: DeliverySummary[]; readonly cursor: string | undefined }> {
    const { name, partitionKey, sortKey } = TABLE.byWebhookEndpoint;
    const before = decodeCursor(options.cursor);
    const { Items = [], LastEvaluatedKey } = await this.ddb.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: name,
        KeyConditionExpression: `${partitionKey} = :endpoint${before ? ` AND ${sortKey} < :before` : ''}`,
        ...(options.status ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } } : {}),
        ExpressionAttributeValues: {
          ':endpoint': keys.webhookDeliveries(endpointId),
          ...(before ? { ':before': before } : {}),
          ...(options.status ? { ':status': options.status } : {}),
        },
        ScanIndexForward: false,
        Limit: options.limit,
      }),
    );
    const last = LastEvaluatedKey?.[sortKey] as string | undefined;
    return {
      items: Items.map((item) => ({
        deliveryId: String(item.messageId),
        eventId: String(item.eventId),
        type: item.eventType as EventType,
        rmaId: (item.rmaId as string | null | undefined) ?? null,
        status: item.status as OutboxStatus,
        attempts: Number(item.attempts),
        lastStatusCode: (item.lastStatusCode as number | null | undefined) ?? null,
        lastError: (item.lastError as string | null | undefined) ?? null,
        nextAttemptAt: (item.nextAttemptAt as string | null | undefined) ?? null,
        deliveredAt: (item.deliveredAt as string | null | undefined) ?? null,
        createdAt: String(item.createdAt),
      })),
      cursor: encodeCursor(last),
    };
  }
}
