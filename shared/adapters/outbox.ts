/**
 * The transactional outbox: messages written in the same DynamoDB transaction as the state
 * change that causes them, and dispatched by the notifier from the table's stream. A failure of
 * the Scheduler or SES after a state change delays a message but never loses it.
 */
import { randomUUID } from 'node:crypto';
import type { ScheduleRequest } from '../domain/schedules.js';
import { epochSeconds, keys } from './keys.js';
import type { TransactItem } from './transact.js';

export type OutboxMessage = { readonly type: 'schedule'; readonly request: ScheduleRequest };

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
