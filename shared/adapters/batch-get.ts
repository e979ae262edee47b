/** Reading many items by key: `BatchGetItem` in chunks of 100, unprocessed keys asked again, strongly consistent. */
import { BatchGetCommand, type BatchGetCommandInput, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export async function batchGetAll(ddb: DynamoDBDocumentClient, tableName: string, keys: readonly Record<string, string>[]): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let request: BatchGetCommandInput['RequestItems'] = { [tableName]: { Keys: keys.slice(i, i + 100), ConsistentRead: true } };
    while (request !== undefined && Object.keys(request).length > 0) {
      const output: BatchGetCommandOutput = await ddb.send(new BatchGetCommand({ RequestItems: request }));
      found.push(...(output.Responses?.[tableName] ?? []));
      request = output.UnprocessedKeys;
    }
  }
  return found;
}

/** One item to read by key, and what its item (or its absence) means. */
export interface ItemRead<T> {
  readonly key: Record<string, string>;
  from(item: Record<string, unknown> | undefined): T;
}

type ReadResults<T extends readonly ItemRead<unknown>[]> = { -readonly [K in keyof T]: T[K] extends ItemRead<infer R> ? R : never };

/** Reads items of different kinds in one `BatchGetItem` (strongly consistent), each answered in the order asked. */
export async function readTogether<const T extends readonly ItemRead<unknown>[]>(ddb: DynamoDBDocumentClient, tableName: string, reads: T): Promise<ReadResults<T>> {
  const found = await batchGetAll(ddb, tableName, reads.map((r) => r.key));
  const at = (key: Record<string, string>) => found.find((item) => item.pk === key.pk && item.sk === key.sk);
  return reads.map((r) => r.from(at(r.key))) as ReadResults<T>;
}
