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
