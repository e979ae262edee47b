/**
 * The baseline every bundle is compared with: a handler that does one DynamoDB GetItem through
 * lib-dynamodb, bundled with the project's own esbuild settings (infra/bundle.ts).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { readonly pk: string }) =>
  (await ddb.send(new GetCommand({ TableName: process.env.RMA_TABLE_NAME, Key: { pk: event.pk, sk: 'RMA' } }))).Item ?? null;
