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
import type { ScheduleRequest } from '../domain/schedules.js';
import type { RenderedEmail } from '../notifications/templates.js';
import { epochSeconds, keys, TABLE } from './keys.js';
import type { TransactItem } from './transact.js';

/**
 * A schedule to put or delete, or an email rendered when its change happened (so it tells what
 * was true then, whenever it is sent).
 */
export type OutboxMessage =
  | { readonly type: 'schedule'; readonly request: ScheduleRequest }
  | { readonly type: 'email'; readonly rmaId: string; readonly email: RenderedEmail };

export type OutboxKind = OutboxMessage['type'];
export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/** What a change's messages are about: the subject's new version orders them. */
export interface OutboxSubject {
  readonly type: 'rma' | 'order';
  readonly id: string;
  readonly version: number;
}

/**
 * How long a kind of message keeps being retried before it is `failed` (issue 10: 72 h for email;
 * a timer change likewise, since a schedule created late still fires at once).
 */
export const GIVE_UP_HOURS: Readonly<Record<OutboxKind, number>> = { email: 72, schedule: 72 };

/**
 * A new message waits this long for the stream (the fast path) before the relay may pick it up
 * too; either way its claim lets only one of them deliver it.
 */
export const STREAM_GRACE_MS = 60_000;

/** Delivered messages are housekeeping after this; TTL deletes them (pending and failed ones never expire). */
const DELIVERED_RETENTION_DAYS = 30;

/** `<channel>.<seq>`: readable, URL-safe, and it names the item's keys. */
export const MESSAGE_ID = /^(?<channel>(?:rma|order)-[A-Za-z0-9_-]{1,40}-(?<kind>email|schedule))\.(?<seq>\d{10}-\d{3})$/;

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
}

/** A message as the status index projects it: what the relay and the ops list need. */
export type OutboxSummary = Pick<OutboxItem, 'messageId' | 'kind' | 'rmaId' | 'status' | 'attempts' | 'lastError' | 'nextAttemptAt' | 'createdAt'>;

/** The channel, kind and place in the channel a message id names. */
export function parseMessageId(messageId: string): { readonly channel: string; readonly kind: OutboxKind; readonly seq: string } {
  const match = MESSAGE_ID.exec(messageId);
  if (match?.groups === undefined) throw new Error(`Not an outbox message id: ${messageId}`);
  return { channel: match.groups.channel!, kind: match.groups.kind as OutboxKind, seq: match.groups.seq! };
}

const keyOf = (messageId: string) => {
  const { channel, seq } = parseMessageId(messageId);
  return keys.outbox(channel, seq);
};

const channelOf = (subject: OutboxSubject, kind: OutboxKind) => `${subject.type}-${subject.id}-${kind}`;

/** Place in the status index: oldest first, and in channel order within one change. */
const pendingSort = (createdAt: string, messageId: string) => `${createdAt}#${messageId}`;

/** The change's messages as items: sequenced per channel in the order given. */
export function outboxItems(subject: OutboxSubject, messages: readonly OutboxMessage[], now: Date): OutboxItem[] {
  const createdAt = now.toISOString();
  const places = new Map<OutboxKind, number>();
  return messages.map((message) => {
    const place = (places.get(message.type) ?? 0) + 1;
    places.set(message.type, place);
    const channel = channelOf(subject, message.type);
    const seq = `${String(subject.version).padStart(10, '0')}-${String(place).padStart(3, '0')}`;
    const messageId = `${channel}.${seq}`;
    return {
      ...keys.outbox(channel, seq),
      gsi3pk: keys.outboxStatusIndex('pending'),
      gsi3sk: pendingSort(createdAt, messageId),
      type: 'outbox',
      messageId,
      kind: message.type,
      rmaId: subject.type === 'rma' ? subject.id : null,
      message,
      status: 'pending',
      attempts: 0,
      lastError: null,
      createdAt,
      nextAttemptAt: new Date(now.getTime() + STREAM_GRACE_MS).toISOString(),
      giveUpAt: new Date(now.getTime() + GIVE_UP_HOURS[message.type] * 3_600_000).toISOString(),
    };
  });
}

/** The change's messages as `Put`s for its transaction (each created only if absent). */
export function outboxPuts(tableName: string, subject: OutboxSubject, messages: readonly OutboxMessage[], now: Date): TransactItem[] {
  return outboxItems(subject, messages, now).map((Item) => ({
    Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' },
  }));
}

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
    return (Item as OutboxItem | undefined) ?? null;
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
      return { item: Attributes as OutboxItem, token };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return null;
      throw error;
    }
  }

  /** The attempt took effect: the message leaves the pending index for good. */
  /** Each outcome answers whether it was recorded: `false` when the claim had expired and was taken over. */
  async delivered(claimed: Claimed, now: Date, result: string): Promise<boolean> {
    return this.settle(claimed, {
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
  async retryLater(claimed: Claimed, error: string, nextAttemptAt: Date): Promise<boolean> {
    return this.settle(claimed, {
      set: 'SET attempts = attempts + :one, lastError = :error, nextAttemptAt = :next',
      values: { ':one': 1, ':error': error, ':next': nextAttemptAt.toISOString() },
    });
  }

  /** The message gave up: it moves to the failed list for ops. */
  async failed(claimed: Claimed, error: string, now: Date): Promise<boolean> {
    return this.settle(claimed, {
      set: 'SET #status = :failed, attempts = attempts + :one, lastError = :error, failedAt = :now, gsi3pk = :index',
      remove: 'nextAttemptAt',
      names: { '#status': 'status' },
      values: { ':failed': 'failed', ':one': 1, ':error': error, ':now': now.toISOString(), ':index': keys.outboxStatusIndex('failed') },
    });
  }

  /**
   * Records the outcome of an attempt and releases the claim, if the claim is still ours. A claim
   * that expired and was taken over belongs to the new holder, whose outcome counts instead.
   */
  private async settle(
    claimed: Claimed,
    change: { set: string; remove?: string; names?: Record<string, string>; values: Record<string, unknown> },
  ): Promise<boolean> {
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(claimed.item.messageId),
          UpdateExpression: `${change.set} REMOVE claimToken, claimExpiresAt${change.remove ? `, ${change.remove}` : ''}`,
          ConditionExpression: 'claimToken = :claim',
          ...(change.names ? { ExpressionAttributeNames: change.names } : {}),
          ExpressionAttributeValues: { ...change.values, ':claim': claimed.token },
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
            ':index': keys.outboxStatusIndex('pending'),
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
  async list(status: 'pending' | 'failed', options: { limit: number; cursor?: string; dueAt?: Date }): Promise<Page<OutboxSummary>> {
    const { partitionKey, sortKey, name } = TABLE.byOutboxStatus;
    const after = options.cursor === undefined ? undefined : Buffer.from(options.cursor, 'base64url').toString('utf8');
    const [createdAt, messageId] = after?.split('#') ?? [];
    if (after !== undefined && !(Number.isFinite(Date.parse(createdAt ?? '')) && MESSAGE_ID.test(messageId ?? ''))) {
      throw new DomainError('validation_failed', 'The cursor is not valid.', { errors: [{ path: 'cursor', message: 'must be a cursor from a previous page' }] });
    }
    const { Items = [], LastEvaluatedKey } = await this.ddb.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: name,
        KeyConditionExpression: `${partitionKey} = :index${after ? ` AND ${sortKey} > :after` : ''}`,
        ...(options.dueAt ? { FilterExpression: 'nextAttemptAt <= :now' } : {}),
        ExpressionAttributeValues: {
          ':index': keys.outboxStatusIndex(status),
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
      cursor: last === undefined ? undefined : Buffer.from(last, 'utf8').toString('base64url'),
    };
  }
}
