/** One DynamoDB transaction, with a lost condition or a conflict surfaced as `ConcurrentUpdateError`. */
import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ConcurrentUpdateError } from '../domain/errors.js';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Created only if absent (`expected = null`), else replaced only at the version read. */
export function versioned(expected: number | null) {
  return expected === null
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expected } };
}

/**
 * Writes `items` atomically. The client request token makes the SDK's own retries of this one
 * call idempotent: if an attempt took effect but its answer was lost (a timeout), the retry
 * succeeds instead of failing on its own conditions (DynamoDB keeps tokens for 10 minutes).
 */
export async function transact(ddb: DynamoDBDocumentClient, items: TransactItem[], what: string): Promise<void> {
  try {
    await ddb.send(new TransactWriteCommand({ TransactItems: items, ClientRequestToken: randomUUID() }));
  } catch (error) {
    // A lost condition, or another transaction on one of the items at that moment (two RMAs'
    // changes meeting on their order or on a summary shard): either way, re-read and decide again.
    if (error instanceof TransactionCanceledException && error.CancellationReasons?.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict')) {
      throw new ConcurrentUpdateError(`${what} changed concurrently`, { cause: error });
    }
    throw error;
  }
}

/**
 * Runs a read-decide-write step again when a concurrent writer won, so callers see either their
 * change applied to the latest state or a domain refusal, never a lost update.
 */
export async function retryOnConflict<T>(step: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError) || attempt >= attempts) throw error;
    }
  }
}
