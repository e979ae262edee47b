/**
 * The transactional outbox: messages written in the same DynamoDB transaction as the state
 * change that causes them, and dispatched by the notifier from the table's stream. A failure of
 * the Scheduler or SES after a state change delays a message but never loses it.
 */
import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ScheduleRequest } from '../domain/schedules.js';
import type { RenderedEmail } from '../notifications/templates.js';
import { epochSeconds, keys } from './keys.js';
import type { TransactItem } from './transact.js';

/**
 * A schedule to put or delete, or an email rendered when its change happened (so it tells what
 * was true then, whenever it is sent).
 */
export type OutboxMessage =
  | { readonly type: 'schedule'; readonly request: ScheduleRequest }
  | { readonly type: 'email'; readonly rmaId: string; readonly email: RenderedEmail };

/** Dispatched messages are housekeeping after this; TTL deletes them (reads never depend on it). */
const OUTBOX_RETENTION_DAYS = 30;

export interface OutboxItem {
  readonly pk: string;
  readonly sk: string;
  readonly type: 'outbox';
  readonly messageId: string;
  readonly message: OutboxMessage;
  readonly createdAt: string;
  readonly ttl: number;
}

export function outboxItem(message: OutboxMessage, now: Date): OutboxItem {
  const messageId = randomUUID();
  return {
    ...keys.outbox(messageId),
    type: 'outbox',
    messageId,
    message,
    createdAt: now.toISOString(),
    ttl: epochSeconds(now) + OUTBOX_RETENTION_DAYS * 86_400,
  };
}

export function outboxPut(tableName: string, message: OutboxMessage, now: Date): TransactItem {
  return { Put: { TableName: tableName, Item: outboxItem(message, now) } };
}

/**
 * A claim on an email older than this is abandoned (its sender crashed or timed out): the
 * message may be claimed and sent again. Must exceed the notifier's timeout (topology).
 */
export const CLAIM_STALE_SECONDS = 2 * 60;

export type Claim = { readonly kind: 'claimed'; readonly token: string } | { readonly kind: 'sent' } | { readonly kind: 'in_flight' };

/**
 * Exactly-once bookkeeping of outbox emails: a delivery claims the message before sending and
 * records it sent after, so a redelivered or concurrent record sends nothing a second time.
 */
export class OutboxStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(messageId: string, now: Date): Promise<Claim> {
    const token = randomUUID();
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.outbox(messageId),
          UpdateExpression: 'SET claimToken = :token, claimedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(sentAt) AND (attribute_not_exists(claimedAt) OR claimedAt < :stale)',
          ExpressionAttributeValues: {
            ':token': token,
            ':now': now.toISOString(),
            ':stale': new Date(now.getTime() - CLAIM_STALE_SECONDS * 1000).toISOString(),
          },
        }),
      );
      return { kind: 'claimed', token };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: keys.outbox(messageId), ConsistentRead: true }));
      if (Item === undefined) throw new Error(`Outbox message ${messageId} does not exist`);
      return Item.sentAt === undefined ? { kind: 'in_flight' } : { kind: 'sent' };
    }
  }

  async markSent(messageId: string, token: string, providerMessageId: string, now: Date): Promise<void> {
    await this.ddb.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.outbox(messageId),
        UpdateExpression: 'SET sentAt = :now, providerMessageId = :id REMOVE claimToken, claimedAt',
        ConditionExpression: 'claimToken = :token',
        ExpressionAttributeValues: { ':now': now.toISOString(), ':id': providerMessageId, ':token': token },
      }),
    );
  }

  /** Gives the message back after a failed send, so the retry can claim it at once. */
  async release(messageId: string, token: string): Promise<void> {
    await this.ddb
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.outbox(messageId),
          UpdateExpression: 'REMOVE claimToken, claimedAt',
          ConditionExpression: 'claimToken = :token',
          ExpressionAttributeValues: { ':token': token },
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  }
}
