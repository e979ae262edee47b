/**
 * Webhook endpoints in the table (events.md, "Endpoints API"), and each endpoint's delivery log.
 * Endpoints share one partition (a shop has a handful); deliveries are outbox messages of kind
 * `webhook`, listed per endpoint through the `byWebhookEndpoint` index. Queries, never scans.
 *
 * Beside them, one item says which endpoint wants which events (`routes`): written in the same
 * transaction as every change of an endpoint's status or events, so that an RMA's change reads it
 * with its order in one call instead of querying the endpoints (issue 13). A table whose endpoints
 * predate it has none until an endpoint changes; meanwhile the routes are read from the endpoints.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentUpdateError } from '../domain/errors.js';
import type { EventType } from '../domain/events.js';
import { keys, TABLE } from './keys.js';
import { decodeCursor, encodeCursor, type OutboxMessage, type OutboxRecord, type OutboxStatus, outboxPuts, parseMessageId } from './outbox.js';
import type { ItemRead } from './batch-get.js';
import { retryOnConflict, type TransactItem, transact, versioned } from './transact.js';

/** How long a rotated-out secret keeps signing beside the new one (events.md). */
export const ROTATION_OVERLAP_HOURS = 24;
/** An endpoint whose deliveries have all failed this long is disabled (events.md). */
export const DISABLE_AFTER_FAILING_HOURS = 72;
/** Each change writes one delivery per endpoint in its transaction (at most 100 items). */
export const MAX_ENDPOINTS = 20;

/** Attempts of a change whose routes item another endpoint's change took meanwhile: each round, one of them wins. */
const ROUTES_ATTEMPTS = MAX_ENDPOINTS + 1;

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

/** What an RMA's change needs to know of an endpoint: whether it wants an event. */
export type EndpointRoute = Pick<WebhookEndpoint, 'endpointId' | 'status' | 'events'>;

const routeOf = (e: EndpointRoute): EndpointRoute => ({ endpointId: e.endpointId, status: e.status, events: e.events });

/** The routes item as read: its routes and version, or null where none was written yet. */
function parseRoutes(item: Record<string, unknown> | undefined): { readonly routes: EndpointRoute[]; readonly version: number } | null {
  return item === undefined ? null : { routes: item.routes as EndpointRoute[], version: Number(item.version) };
}

const sortedRoutes = (routes: EndpointRoute[]) => routes.sort((a, b) => a.endpointId.localeCompare(b.endpointId));

const routesItem = (routes: readonly EndpointRoute[], version: number) => ({ ...keys.webhookRoutes, type: 'webhook_routes', routes, version });

export function wants(endpoint: EndpointRoute, type: EventType): boolean {
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

/** The endpoint itself changed since it was read (not only the routes beside it). */
class EndpointChanged extends Error {}

/** Whether a cancelled transaction's first item (the endpoint) lost its condition. */
function cancelledFirst(error: ConcurrentUpdateError): boolean {
  const reasons = (error.cause as { CancellationReasons?: { Code?: string }[] } | undefined)?.CancellationReasons;
  return reasons?.[0]?.Code === 'ConditionalCheckFailed';
}

export class WebhookEndpointStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(): Promise<WebhookEndpoint[]> {
    const { Items = [] } = await this.ddb.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :endpoint)',
        ExpressionAttributeValues: { ':pk': keys.webhookEndpoints, ':endpoint': 'ENDPOINT#' },
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
    await retryOnConflict(
      async () =>
        transact(
          this.ddb,
          [{ Put: { TableName: this.tableName, Item: toItem(endpoint), ConditionExpression: 'attribute_not_exists(pk)' } }, await this.routesWith(endpoint.endpointId, endpoint)],
          `webhook endpoint ${endpoint.endpointId}`,
        ),
      ROUTES_ATTEMPTS,
    );
  }

  /**
   * Which endpoints want which events, as one read of a batch (`readTogether`): null where no
   * routes item was written yet (then `routesFromEndpoints()`).
   */
  routesRead(): ItemRead<EndpointRoute[] | null> {
    return { key: keys.webhookRoutes, from: (item) => parseRoutes(item)?.routes ?? null };
  }

  /** Which endpoints want which events: the routes item, or, where it is not written yet, `routesFromEndpoints()`. */
  async routes(): Promise<EndpointRoute[]> {
    return this.routesOr((await this.readRoutes())?.routes ?? null);
  }

  /** What `routesRead()` found, or, where it found no routes item, `routesFromEndpoints()`. */
  async routesOr(read: EndpointRoute[] | null): Promise<EndpointRoute[]> {
    return read ?? (await this.routesFromEndpoints());
  }

  /**
   * The routes as the endpoints themselves say, written as the routes item if there is none yet
   * (a new table, or one whose endpoints predate it), so that the next change reads it. Written
   * only if still absent: an endpoint's change that wrote it meanwhile wins, and is never undone.
   */
  async routesFromEndpoints(): Promise<EndpointRoute[]> {
    const routes = sortedRoutes((await this.list()).map(routeOf));
    await this.ddb
      .send(new PutCommand({ TableName: this.tableName, Item: routesItem(routes, 1), ConditionExpression: 'attribute_not_exists(pk)' }))
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
    return routes;
  }

  private async readRoutes(): Promise<{ readonly routes: EndpointRoute[]; readonly version: number } | null> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: keys.webhookRoutes, ConsistentRead: true }));
    return parseRoutes(Item);
  }

  /**
   * The routes item with one endpoint's route replaced (`null`: removed), for a transaction that
   * changes the endpoint: written only if the item is still as read, so two endpoints changing
   * at once cannot lose each other's routes (the loser's transaction is cancelled and retried).
   */
  private async routesWith(endpointId: string, route: EndpointRoute | null): Promise<TransactItem> {
    const read = await this.readRoutes();
    const others = (read?.routes ?? (await this.list()).map(routeOf)).filter((r) => r.endpointId !== endpointId);
    const routes = sortedRoutes(route === null ? others : [...others, routeOf(route)]);
    return { Put: { TableName: this.tableName, Item: routesItem(routes, (read?.version ?? 0) + 1), ...versioned(read === null ? null : read.version) } };
  }

  /**
   * Replaces the endpoint if it is still at the version read, with the endpoint's messages (a
   * test event, the disabled notice) in the same transaction. Answers the messages' ids, or
   * `null` if the endpoint changed meanwhile.
   */
  async update(next: WebhookEndpoint, messages: readonly OutboxMessage[], now: Date): Promise<string[] | null> {
    const puts = outboxPuts(this.tableName, { type: 'endpoint', id: next.endpointId, version: next.version }, messages, now);
    const endpoint: TransactItem = { Put: { TableName: this.tableName, Item: toItem(next), ...versioned(next.version - 1) } };
    try {
      // When only the routes item changed meanwhile (another endpoint), read it again and retry.
      await retryOnConflict(async () => {
        try {
          await transact(this.ddb, [endpoint, await this.routesWith(next.endpointId, next), ...puts], `webhook endpoint ${next.endpointId}`);
        } catch (error) {
          if (error instanceof ConcurrentUpdateError && cancelledFirst(error)) throw new EndpointChanged();
          throw error;
        }
      }, ROUTES_ATTEMPTS);
      return puts.map((put) => (put.Put!.Item as OutboxRecord).messageId);
    } catch (error) {
      if (error instanceof ConcurrentUpdateError || error instanceof EndpointChanged) return null;
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
      await retryOnConflict(async () => {
        try {
          const remove: TransactItem = { Delete: { TableName: this.tableName, Key: keys.webhookEndpoint(endpointId), ConditionExpression: 'attribute_exists(pk)' } };
          await transact(this.ddb, [remove, await this.routesWith(endpointId, null)], `webhook endpoint ${endpointId}`);
        } catch (error) {
          if (error instanceof ConcurrentUpdateError && cancelledFirst(error)) throw new EndpointChanged();
          throw error;
        }
      }, ROUTES_ATTEMPTS);
    } catch (error) {
      if (error instanceof EndpointChanged) return false; // there was no such endpoint
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
