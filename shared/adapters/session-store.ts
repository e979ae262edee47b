/**
 * Session tokens and failed sign-in attempts in the table. A token is 256 random bits; only its
 * SHA-256 is stored, so a leaked table does not leak sessions. Expiry is checked on every read
 * (TTL deletion is housekeeping only).
 */
import { createHash, randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { normalise, recentFailures, sessionExpiry, SIGN_IN_LIMIT, type SignInScope } from '../domain/session.js';
import { epochSeconds, keys, TABLE } from './keys.js';

export interface Session {
  readonly orderId: string;
  readonly expiresAt: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const sessionKey = (token: string) => keys.session(hash(token));
const failuresKey = (scope: SignInScope) => keys.signInFailures(scope.kind, scope.kind === 'orderNumber' ? normalise(scope.value) : scope.value);

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

  async failures(scope: SignInScope): Promise<string[]> {
    const { Item } = await this.ddb.send(new GetCommand({ TableName: this.tableName, Key: failuresKey(scope), ConsistentRead: true }));
    return (Item?.failures as string[] | undefined) ?? [];
  }

  /**
   * Records a failed attempt with an atomic append, so failures arriving together are all
   * counted. Failures that no longer count are then pruned, but only if the list is still the
   * one just read: a prune never drops a concurrent failure.
   */
  async recordFailure(scope: SignInScope, now: Date): Promise<void> {
    const Key = failuresKey(scope);
    const { Attributes } = await this.ddb.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key,
        UpdateExpression: 'SET #type = :type, failures = list_append(if_not_exists(failures, :none), :failure), #ttl = :ttl',
        ExpressionAttributeNames: { '#type': 'type', '#ttl': TABLE.ttlAttribute },
        ExpressionAttributeValues: {
          ':type': 'signin_failures',
          ':none': [],
          ':failure': [now.toISOString()],
          ':ttl': epochSeconds(now) + SIGN_IN_LIMIT.windowMinutes * 60,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const all = (Attributes?.failures as string[] | undefined) ?? [];
    const kept = recentFailures(all, now);
    if (kept.length === all.length) return;
    await this.ddb
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key,
          UpdateExpression: 'SET failures = :kept',
          ConditionExpression: 'size(failures) = :read',
          ExpressionAttributeValues: { ':kept': kept, ':read': all.length },
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  }
}
