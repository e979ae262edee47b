/**
 * The transactional outbox (docs/data-model.md, "Outbox"). Every side effect of a change is a
 * message written in the change's own transaction. A message stays `pending` until it took
 * effect, then becomes `delivered`; one that could not take effect before its give-up time
 * becomes `failed` (listed for ops, retried on request). Nothing is ever dropped.
 *
 * Messages belong to a channel: one subject (an RMA or an order) and one kind of effect. Within
 * a channel they are sorted by the subject's version and their place in the change, and take
 * effect strictly in that order (docs/operations.md); channels are independent, so an SES outage
 * never holds back a timer.
 *
 * This module is the storage half of the delivery engine (./delivery.ts is the other): item
 * layout, claims, bookkeeping of attempts, and the sparse `byOutboxStatus` index the relay and
 * the ops list read. Never a scan.
 */
import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../domain/errors.js';
import { packJson, unpackJson } from './compact.js';
import type { ScheduleRequest } from '../domain/schedules.js';
import type { EventType } from '../domain/events.js';
import { inner, SHOP_ID, ULID } from '../domain/ids.js';
import type { RenderedEmail } from '../notifications/templates.js';
import { epochSeconds, keys, TABLE } from './keys.js';
import type { TransactItem } from './transact.js';

/** An event as it leaves: the Standard Webhooks payload (events.md), `data.eventId` its id. */
export interface EventEnvelope {
  readonly type: EventType;
  readonly timestamp: string;
  readonly data: { readonly eventId: string } & Readonly<Record<string, unknown>>;
}

/**
 * What a message does:
 * - `schedule`: the timers a change puts or deletes, applied in order: one message per change, not
 *   per timer, since every message costs a claim and a settle (docs/performance.md);
 * - `email`: an email rendered when its change happened (so it tells what was true then,
 *   whenever it is sent); `rmaId` null for an email about something else (an endpoint);
 * - `event`: an RMA event, put on the bus and fanned out as one `webhook` message per endpoint
 *   that wants it;
 * - `webhook`: one event's delivery to one endpoint, its body fixed once so that every retry
 *   sends the same bytes.
 */
export type OutboxMessage =
  | { readonly type: 'schedule'; readonly requests: readonly ScheduleRequest[] }
  | { readonly type: 'email'; readonly rmaId: string | null; readonly email: RenderedEmail }
  | { readonly type: 'event'; readonly rmaId: string; readonly event: EventEnvelope }
  | {
      readonly type: 'webhook';
      readonly endpointId: string;
      readonly eventId: string;
      readonly eventType: EventType;
      readonly body: string;
    };

export type OutboxKind = OutboxMessage['type'];
export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/**
 * The two queues of the status index: the backend's own effects (emails, timers, events; ops'
 * outbox list and its alarms) and deliveries to the merchant's webhook endpoints (listed per
 * endpoint), so a shop's receiver being down for a day never looks like an SES outage.
 */
export type OutboxQueue = 'effects' | 'webhooks';
export const queueOf = (kind: OutboxKind): OutboxQueue => (kind === 'webhook' ? 'webhooks' : 'effects');

/** What a change's messages are about: the subject's new version orders them. */
export interface OutboxSubject {
  readonly type: 'rma' | 'order' | 'endpoint';
  readonly id: string;
  readonly version: number;
}

/**
 * How long a kind of message keeps being retried before it is `failed` (issue 10: 72 h for email;
 * a timer change or an event likewise, since a schedule created late still fires at once).
 * Webhook deliveries follow their own schedule of attempts (events.md, about a day: ./delivery.ts)
 * and give up when it ends; this is only their outer bound.
 */
export const GIVE_UP_HOURS: Readonly<Record<OutboxKind, number>> = { email: 72, schedule: 72, event: 72, webhook: 30 };

/**
 * A new message waits this long for the stream (the fast path) before the relay may pick it up
 * too; either way its claim lets only one of them deliver it.
 */
export const STREAM_GRACE_MS = 60_000;

/** Delivered messages are housekeeping after this; TTL deletes them (pending and failed ones never expire). */
const DELIVERED_RETENTION_DAYS = 30;

/**
 * `<channel>.<seq>`: readable, URL-safe, and it names the item's keys. A channel is a subject and
 * a kind; a webhook channel is also one endpoint (`rma-<id>-webhook-<endpointId>`), so events of
 * one RMA reach each endpoint in order while endpoints never wait for each other.
 */
export const MESSAGE_ID = new RegExp(
  `^(?<channel>(?:rma|order|endpoint)-${inner(SHOP_ID)}-(?:(?<kind>email|schedule|event)|webhook-(?<endpointId>${inner(ULID)})))\\.(?<seq>\\d{10}-\\d{3})$`,
);

/**
 * A message as the table holds it: the message itself gzipped in `payload` (an email's two parts,
 * an event's RMA) so that its item stays small, since every claim and settle rewrites the item
 * and DynamoDB charges each write by the item's size (docs/performance.md).
 */
export type OutboxRecord = Omit<OutboxItem, 'message'> & { readonly payload: Uint8Array };

/** Stored payloads of messages written before payloads were compressed carry `message` itself. */
type StoredItem = Omit<OutboxItem, 'message'> & { readonly payload?: Uint8Array; readonly message?: OutboxMessage };

/** A schedule message written before a change's timers shared one message carries one `request`. */
type StoredMessage = OutboxMessage | { readonly type: 'schedule'; readonly request: ScheduleRequest };

/** A change's timer changes as its messages: none, or one carrying them all. */
export function scheduleMessages(requests: readonly ScheduleRequest[]): OutboxMessage[] {
  return requests.length === 0 ? [] : [{ type: 'schedule', requests }];
}

export function encodePayload(message: OutboxMessage): Uint8Array {
  return packJson(message);
}

/** The message of a stored item, whichever way it was stored. */
export function fromStored(stored: Record<string, unknown>): OutboxItem {
  const { payload, message, ...item } = stored as StoredItem;
  const decoded: StoredMessage = message ?? unpackJson<StoredMessage>(payload!);
  return { ...item, message: 'request' in decoded ? { type: 'schedule', requests: [decoded.request] } : decoded };
}

/** A message decoded, as the engine and the effects see it. */
export interface OutboxItem {
  readonly pk: string;
  readonly sk: string;
  readonly type: 'outbox';
  readonly messageId: string;
  readonly kind: OutboxKind;
  readonly rmaId: string | null;
  readonly message: OutboxMessage;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly nextAttemptAt: string | null;
  readonly giveUpAt: string;
  readonly claimToken?: string;
  readonly claimExpiresAt?: string;
  /** Index keys while pending or failed (sparse). */
  readonly gsi3pk?: string;
  readonly gsi3sk?: string;
  /** Webhook deliveries: their endpoint's log (byWebhookEndpoint), and what the ops list shows. */
  readonly endpointId?: string;
  readonly eventId?: string;
  readonly eventType?: EventType;
  readonly lastStatusCode?: number | null;
  readonly deliveredAt?: string;
  readonly gsi5pk?: string;
  readonly gsi5sk?: string;
}

/** A message as the status index projects it: what the relay and the ops list need. */
export type OutboxSummary = Pick<OutboxItem, 'messageId' | 'kind' | 'rmaId' | 'status' | 'attempts' | 'lastError' | 'nextAttemptAt' | 'createdAt'>;

/** The channel, kind and place in the channel a message id names. */
export function parseMessageId(messageId: string): {
  readonly channel: string;
  readonly kind: OutboxKind;
  readonly seq: string;
  readonly endpointId: string | undefined;
} {
  const match = MESSAGE_ID.exec(messageId);
  if (match?.groups === undefined) throw new Error(`Not an outbox message id: ${messageId}`);
  const { channel, kind, endpointId, seq } = match.groups;
  return { channel: channel!, kind: (kind ?? 'webhook') as OutboxKind, seq: seq!, endpointId };
}

const keyOf = (messageId: string) => {
  const { channel, seq } = parseMessageId(messageId);
  return keys.outbox(channel, seq);
};

const channelOf = (subject: Pick<OutboxSubject, 'type' | 'id'>, message: OutboxMessage) =>
  `${subject.type}-${subject.id}-${message.type}${message.type === 'webhook' ? `-${message.endpointId}` : ''}`;

/** Place in the status index: oldest first, and in channel order within one change. */
const pendingSort = (createdAt: string, messageId: string) => `${createdAt}#${messageId}`;

/**
 * Page cursors of the indexes that sort messages by `<createdAt>#<messageId>` (the status index,
 * an endpoint's deliveries): the last item's sort key, base64url. A cursor that is not one is 400.
 */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const sortKey = Buffer.from(cursor, 'base64url').toString('utf8');
  const [createdAt, messageId] = sortKey.split('#');
  if (!(Number.isFinite(Date.parse(createdAt ?? '')) && MESSAGE_ID.test(messageId ?? ''))) {
    throw new DomainError('validation_failed', 'The cursor is not valid.', { errors: [{ path: 'cursor', message: 'must be a cursor from a previous page' }] });
  }
  return sortKey;
}

export const encodeCursor = (sortKey: string | undefined) => (sortKey === undefined ? undefined : Buffer.from(sortKey, 'utf8').toString('base64url'));

/** The change's messages as items: sequenced per channel in the order given. */
export function outboxItems(subject: OutboxSubject, messages: readonly OutboxMessage[], now: Date): OutboxRecord[] {
  const places = new Map<string, number>();
  return messages.map((message) => {
    const channel = channelOf(subject, message);
    const place = (places.get(channel) ?? 0) + 1;
    places.set(channel, place);
    const seq = `${String(subject.version).padStart(10, '0')}-${String(place).padStart(3, '0')}`;
    return newItem(channel, seq, subject.type === 'rma' ? subject.id : null, message, now);
  });
}

function newItem(channel: string, seq: string, rmaId: string | null, message: OutboxMessage, now: Date): OutboxRecord {
  const createdAt = now.toISOString();
  const messageId = `${channel}.${seq}`;
  return {
    ...keys.outbox(channel, seq),
    gsi3pk: keys.outboxStatusIndex('pending', queueOf(message.type)),
    gsi3sk: pendingSort(createdAt, messageId),
    type: 'outbox',
    messageId,
    kind: message.type,
    rmaId,
    payload: encodePayload(message),
    status: 'pending',
    attempts: 0,
    lastError: null,
    createdAt,
    nextAttemptAt: new Date(now.getTime() + STREAM_GRACE_MS).toISOString(),
    giveUpAt: new Date(now.getTime() + GIVE_UP_HOURS[message.type] * 3_600_000).toISOString(),
    ...(message.type === 'webhook'
      ? {
          endpointId: message.endpointId,
          eventId: message.eventId,
          eventType: message.eventType,
          lastStatusCode: null,
          gsi5pk: keys.webhookDeliveries(message.endpointId),
          gsi5sk: pendingSort(createdAt, messageId),
        }
      : {}),
  };
}

/** The change's messages as `Put`s for its transaction (each created only if absent). */
export function outboxPuts(tableName: string, subject: OutboxSubject, messages: readonly OutboxMessage[], now: Date): TransactItem[] {
  return outboxItems(subject, messages, now).map((Item) => ({
    Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' },
  }));
}

/** What an attempt learnt that its message records (a webhook's `lastStatusCode`). */
export type AttemptFacts = Readonly<Record<string, string | number | null>>;

export interface Claimed {
  readonly item: OutboxItem;
  readonly token: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor: string | undefined;
}

/** The neighbour of a message in its channel, as far as ordering needs to know it. */
export interface Neighbour {
  readonly messageId: string;
  readonly status: OutboxStatus;
}

export class OutboxStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(messageId: string): Promise<OutboxItem | null> {
    if (!MESSAGE_ID.test(messageId)) return null;
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: keyOf(messageId), ConsistentRead: true }));
    return Item === undefined ? null : fromStored(Item);
  }

  /** The message just before (or after) this one in its channel, read strongly consistently. */
  async neighbour(messageId: string, side: 'before' | 'after'): Promise<Neighbour | null> {
    const { channel, seq } = parseMessageId(messageId);
    const { Items = [] } = await this.ddb.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: `pk = :pk AND sk ${side === 'before' ? '<' : '>'} :seq`,
        ExpressionAttributeValues: { ':pk': keys.outbox(channel, seq).pk, ':seq': seq },
        ExpressionAttributeNames: { '#status': 'status' },
        ProjectionExpression: 'messageId, #status',
        ScanIndexForward: side === 'after',
        ConsistentRead: true,
        Limit: 1,
      }),
    );
    return (Items[0] as Neighbour | undefined) ?? null;
  }

  /**
   * Takes the message for one attempt if it is pending, due (never tried, or its next attempt
   * has come) and not held by an unexpired claim. `null` when it is not to be delivered now.
   */
  async claim(messageId: string, now: Date, claimMs: number): Promise<Claimed | null> {
    const token = randomUUID();
    try {
      const { Attributes } = await this.ddb.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(messageId),
          UpdateExpression: 'SET claimToken = :token, claimExpiresAt = :expires',
          ConditionExpression:
            '#status = :pending AND (attribute_not_exists(claimExpiresAt) OR claimExpiresAt < :now) AND (attempts = :zero OR nextAttemptAt <= :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':token': token,
            ':expires': new Date(now.getTime() + claimMs).toISOString(),
            ':pending': 'pending',
            ':now': now.toISOString(),
            ':zero': 0,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { item: fromStored(Attributes!), token };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return null;
      throw error;
    }
  }

  /**
   * The attempt took effect: the message leaves the pending index for good. Each outcome answers
   * whether it was recorded: `false` when the claim had expired and was taken over. `facts` are
   * recorded beside it (a webhook's HTTP status).
   */
  async delivered(claimed: Claimed, now: Date, result: string, facts: AttemptFacts = {}): Promise<boolean> {
    return this.settle(claimed, facts, {
      set: 'SET #status = :delivered, deliveredAt = :now, attempts = attempts + :one, #result = :result, #ttl = :ttl',
      remove: 'nextAttemptAt, gsi3pk, gsi3sk',
      names: { '#status': 'status', '#result': 'result', '#ttl': TABLE.ttlAttribute },
      values: {
        ':delivered': 'delivered',
        ':now': now.toISOString(),
        ':one': 1,
        ':result': result,
        ':ttl': epochSeconds(now) + DELIVERED_RETENTION_DAYS * 86_400,
      },
    });
  }

  /** The attempt failed and is tried again at `nextAttemptAt`. */
  async retryLater(claimed: Claimed, error: string, nextAttemptAt: Date, facts: AttemptFacts = {}): Promise<boolean> {
    return this.settle(claimed, facts, {
      set: 'SET attempts = attempts + :one, lastError = :error, nextAttemptAt = :next',
      values: { ':one': 1, ':error': error, ':next': nextAttemptAt.toISOString() },
    });
  }

  /** The message gave up: it moves to the failed list for ops. */
  async failed(claimed: Claimed, error: string, now: Date, facts: AttemptFacts = {}): Promise<boolean> {
    return this.settle(claimed, facts, {
      set: 'SET #status = :failed, attempts = attempts + :one, lastError = :error, failedAt = :now, gsi3pk = :index',
      remove: 'nextAttemptAt',
      names: { '#status': 'status' },
      values: { ':failed': 'failed', ':one': 1, ':error': error, ':now': now.toISOString(), ':index': keys.outboxStatusIndex('failed', queueOf(claimed.item.kind)) },
    });
  }

  /**
   * Records the outcome of an attempt and releases the claim, if the claim is still ours. A claim
   * that expired and was taken over belongs to the new holder, whose outcome counts instead.
   */
  private async settle(
    claimed: Claimed,
    facts: AttemptFacts,
    change: { set: string; remove?: string; names?: Record<string, string>; values: Record<string, unknown> },
  ): Promise<boolean> {
    const extra = Object.entries(facts);
    const set = [change.set, ...extra.map(([name], i) => `#fact${i} = :fact${i}`)].join(', ');
    const names = { ...change.names, ...Object.fromEntries(extra.map(([name], i) => [`#fact${i}`, name])) };
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(claimed.item.messageId),
          UpdateExpression: `${set} REMOVE claimToken, claimExpiresAt${change.remove ? `, ${change.remove}` : ''}`,
          ConditionExpression: 'claimToken = :claim',
          ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
          ExpressionAttributeValues: { ...change.values, ...Object.fromEntries(extra.map(([, value], i) => [`:fact${i}`, value])), ':claim': claimed.token },
        }),
      );
      return true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return false;
    }
  }

  /**
   * Puts a failed message back in line, due now, with a new give-up time: the relay delivers it
   * once. `null` if there is no such message; `false` if it is not failed.
   */
  async requeue(messageId: string, now: Date): Promise<boolean | null> {
    const item = await this.get(messageId);
    if (item === null) return null;
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(messageId),
          UpdateExpression: 'SET #status = :pending, nextAttemptAt = :now, giveUpAt = :giveUp, gsi3pk = :index, gsi3sk = :sort REMOVE failedAt',
          ConditionExpression: '#status = :failed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':pending': 'pending',
            ':failed': 'failed',
            ':now': now.toISOString(),
            ':giveUp': new Date(now.getTime() + GIVE_UP_HOURS[item.kind] * 3_600_000).toISOString(),
            ':index': keys.outboxStatusIndex('pending', queueOf(item.kind)),
            ':sort': pendingSort(item.createdAt, messageId),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Pending or failed messages, oldest first, a page at a time; `due` keeps only those whose attempt has come. */
  async list(
    status: 'pending' | 'failed',
    options: { limit: number; cursor?: string; dueAt?: Date; queue?: OutboxQueue },
  ): Promise<Page<OutboxSummary>> {
    const { partitionKey, sortKey, name } = TABLE.byOutboxStatus;
    const after = decodeCursor(options.cursor);
    const { Items = [], LastEvaluatedKey } = await this.ddb.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: name,
        KeyConditionExpression: `${partitionKey} = :index${after ? ` AND ${sortKey} > :after` : ''}`,
        ...(options.dueAt ? { FilterExpression: 'nextAttemptAt <= :now' } : {}),
        ExpressionAttributeValues: {
          ':index': keys.outboxStatusIndex(status, options.queue ?? 'effects'),
          ...(after ? { ':after': after } : {}),
          ...(options.dueAt ? { ':now': options.dueAt.toISOString() } : {}),
        },
        Limit: options.limit,
      }),
    );
    const last = LastEvaluatedKey?.[sortKey] as string | undefined;
    return {
      items: Items.map(({ messageId, kind, rmaId, status: s, attempts, lastError, nextAttemptAt, createdAt }) => ({
        messageId, kind, rmaId: rmaId ?? null, status: s, attempts, lastError: lastError ?? null, nextAttemptAt: nextAttemptAt ?? null, createdAt,
      })) as OutboxSummary[],
      cursor: encodeCursor(last),
    };
  }
}
