/**
 * Shoppers' session tokens, and failed sign-in attempts in the table.
 *
 * A token says which order it is bound to, when it was issued and when it expires, signed with
 * HMAC-SHA256 under a key only the backend has (a secret of its own in AWS): checking one needs
 * no read (issue 13). It is still revocable: rotating the key ends every session, and an order
 * whose customer email the shop changes ends the sessions issued before (`sessionsNotBefore`,
 * checked where the order is read). The table keeps no token at all.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { normalise, recentFailures, sessionExpiry, SIGN_IN_LIMIT, type SignInScope } from '../domain/session.js';
import { epochSeconds, keys, TABLE } from './keys.js';

export interface Session {
  readonly orderId: string;
  readonly issuedAt: Date;
  readonly expiresAt: string;
}

/** What a token carries: order, issued, expires (epoch ms). */
interface Claims {
  readonly o: string;
  readonly i: number;
  readonly x: number;
}

const TOKEN = /^([A-Za-z0-9_-]{10,400})\.([A-Za-z0-9_-]{43})$/;

const failuresKey = (scope: SignInScope) => keys.signInFailures(scope.kind, scope.kind === 'orderNumber' ? normalise(scope.value) : scope.value);

export class SessionStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** The signing key (cached by the caller: read once per cold start, and again after a rotation's cache expiry). */
    private readonly signingKey: () => Promise<string>,
  ) {}

  private async sign(payload: string): Promise<string> {
    return createHmac('sha256', await this.signingKey()).update(`rma-session.v1.${payload}`).digest('base64url');
  }

  async create(orderId: string, now: Date): Promise<{ token: string; expiresAt: string }> {
    const expires = sessionExpiry(now);
    const claims: Claims = { o: orderId, i: now.getTime(), x: expires.getTime() };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${payload}.${await this.sign(payload)}`, expiresAt: expires.toISOString() };
  }

  /** The live session of `token`, or null if it is malformed, not signed by the key, or expired. */
  async find(token: string, now: Date): Promise<Session | null> {
    const [, payload, signature] = TOKEN.exec(token) ?? [];
    if (payload === undefined || signature === undefined) return null;
    const expected = Buffer.from(await this.sign(payload));
    if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
    if (claims.x <= now.getTime()) return null;
    return { orderId: claims.o, issuedAt: new Date(claims.i), expiresAt: new Date(claims.x).toISOString() };
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
