/** Whether the table answers: one small read (no item needs to exist), for `GET /v1/health`. */
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { DependencyUnavailableError } from './errors.js';

export type Probe = () => Promise<boolean>;

export function tableProbe(ddb: DynamoDBDocumentClient, tableName: string): Probe {
  return async () => {
    try {
      await ddb.send(new GetCommand({ TableName: tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }));
      return true;
    } catch (error) {
      if (error instanceof DependencyUnavailableError) return false;
      throw error;
    }
  };
}
