/**
 * Session tokens and failed sign-in attempts in the table. A token is 256 random bits; only its
 * SHA-256 is stored, so a leaked table does not leak sessions. Expiry is checked on every read
 * (TTL deletion is housekeeping only).
 */
import { createHash, randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { normalise, recentFailures, sessionExpiry, SIGN_IN_LIMIT } from '../domain/session.js';
import { epochSeconds, keys, TABLE } from './keys.js';

export interface Session {
  readonly orderId: string;
  readonly expiresAt: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const sessionKey = (token: string) => keys.session(hash(token));
const failuresKey = (orderNumber: string) => keys.signInFailures(normalise(orderNumber));

export class SessionStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(orderId: string, now: Date): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const expires = sessionExpiry(now);
    await this.ddb.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...sessionKey(token), type: 'session', orderId, expiresAt: expires.toISOString(), [TABLE.ttlAttribute]: epochSeconds(expires) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { token, expiresAt: expires.toISOString() };
  }

  /** The live session of `token`, or null if unknown or expired. */
  async find(token: string, now: Date): Promise<Session | null> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: sessionKey(token), ConsistentRead: true }));
    if (Item === undefined || Date.parse(String(Item.expiresAt)) <= now.getTime()) return null;
    return { orderId: String(Item.orderId), expiresAt: String(Item.expiresAt) };
  }

  async failures(orderNumber: string): Promise<string[]> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: failuresKey(orderNumber), ConsistentRead: true }));
    return (Item?.failures as string[] | undefined) ?? [];
  }

  /** Records a failed attempt, keeping only the ones that still count (the list stays short). */
  async recordFailure(orderNumber: string, now: Date): Promise<void> {
    const kept = recentFailures(await this.failures(orderNumber), now);
    await this.ddb.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: failuresKey(orderNumber),
        UpdateExpression: 'SET #type = :type, failures = :failures, #ttl = :ttl',
        ExpressionAttributeNames: { '#type': 'type', '#ttl': TABLE.ttlAttribute },
        ExpressionAttributeValues: {
          ':type': 'signin_failures',
          ':failures': [...kept, now.toISOString()],
          ':ttl': epochSeconds(now) + SIGN_IN_LIMIT.windowMinutes * 60,
        },
      }),
    );
  }
}
