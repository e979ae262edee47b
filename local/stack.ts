/**
 * Starts the whole backend locally: DynamoDB Local, s3rver, the SES emulator, the Scheduler
 * emulator, the EventBridge bus's stand-in, the functions, their event plumbing and the gateway, all on one adjustable
 * clock. Used by `npm start` and by the integration tests.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { ConflictException, CreateScheduleCommand, type SchedulerClient } from '@aws-sdk/client-scheduler';
import S3rver from 's3rver';
import { type FunctionId, functionSpecs } from '../shared/topology.js';
import { type ClientOptions, createDocumentClient } from '../shared/adapters/aws-clients.js';
import { createEventBridgeClient, createSchedulerClient, createSesClient } from '../shared/adapters/delivery-targets.js';
import { createS3Client } from '../shared/adapters/s3-client.js';
import { METRICS_NAMESPACE } from '../shared/runtime.js';
import { LocalClock } from './clock.js';
import { ensureTable, spawnDynamoDbLocal, waitForDynamoDb } from './dynamodb-local.js';
import { assertPortsFree, DEFAULT_PORTS, freePort, type LocalPorts } from './ports.js';
import { LocalEvents } from './events.js';
import { EventBridgeEmulator } from './eventbridge-emulator.js';
import { type Invoke, LOCAL_ACCOUNT, LOCAL_EVENT_BUS, LOCAL_REGION, localEnvironment, localFunctionArn, type LocalNames, wireLocalFunctions } from './functions.js';
import { createLocalJwtIssuer, LocalGateway } from './gateway.js';
import type { StaticSite } from './static.js';
import { buildWebApp } from '../web/build.js';
import { MetricsRecorder } from './metrics.js';
import { SchedulerEmulator } from './scheduler-emulator.js';
import { allowedOrigins, allowedOriginSources } from './cors.js';
import { S3Front } from './s3-front.js';

/**
 * aws-ses-v2-local is CommonJS with its factory on `exports.default`; Node and Vite disagree on
 * what a default import of it is, so it is loaded the CommonJS way in both.
 */
const startSesEmulator = (
  createRequire(import.meta.url)('aws-ses-v2-local') as typeof import('aws-ses-v2-local')
).default;

export { DEFAULT_PORTS, type LocalPorts } from './ports.js';

export interface LocalStackOptions {
  readonly ports?: Partial<LocalPorts>;
  readonly host?: string;
  /** Where s3rver keeps objects (and DynamoDB its file when `persist`). */
  readonly dataDir?: string;
  readonly persist?: boolean;
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** How loggers are made (tests record what the stack says); Powertools loggers at `logLevel` by default. */
  readonly logger?: (serviceName: string) => Logger;
  /** Where the functions reach DynamoDB, given DynamoDB Local's URL (the bench meters calls through a proxy); DynamoDB Local itself by default. */
  readonly functionsDynamoDb?: (dynamodbUrl: string) => Promise<string>;
  /** Stands between each function and whatever invokes it, the gateway or an event source (the bench times the functions themselves). */
  readonly aroundFunction?: (id: FunctionId, invoke: Invoke) => Invoke;
}

export interface LocalUrls {
  readonly api: string;
  readonly dynamodb: string;
  readonly s3: string;
  readonly ses: string;
  readonly scheduler: string;
  readonly eventbridge: string;
}

export interface LocalStack {
  readonly urls: LocalUrls;
  readonly names: LocalNames;
  readonly env: Record<string, string>;
  readonly clock: LocalClock;
  readonly events: LocalEvents;
  /** Every metric the local functions published (EMF), as CloudWatch would record it. */
  readonly metrics: MetricsRecorder;
  /** Options for SDK clients that talk to this stack's emulators. */
  readonly clientOptions: (endpoint: string) => ClientOptions;
  /** The process id of DynamoDB Local (Java). */
  readonly dynamodbLocalPid: number;
  stop(): Promise<void>;
}

/** s3rver accepts only its own key pair; DynamoDB Local (-sharedDb) and the other emulators take any. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** Each function wrapped by `around` (LocalStackOptions.aroundFunction). */
function mapFunctions(functions: Record<FunctionId, Invoke>, around: (id: FunctionId, invoke: Invoke) => Invoke): Record<FunctionId, Invoke> {
  return Object.fromEntries(Object.entries(functions).map(([id, invoke]) => [id, around(id as FunctionId, invoke)])) as Record<FunctionId, Invoke>;
}

/**
 * The recurring schedules of the topology (the outbox relay's `rate(1 minute)`), created through
 * the Scheduler API as the CDK app creates them in AWS. A kept one (persistence) stays as it is.
 */
async function createRecurringSchedules(scheduler: SchedulerClient, group: string): Promise<void> {
  for (const spec of functionSpecs) {
    if (spec.trigger.kind !== 'rate') continue;
    const minutes = spec.trigger.minutes;
    await scheduler
      .send(
        new CreateScheduleCommand({
          Name: `rma-local-${spec.id}`,
          GroupName: group,
          ScheduleExpression: `rate(${minutes} ${minutes === 1 ? 'minute' : 'minutes'})`,
          FlexibleTimeWindow: { Mode: 'OFF' },
          Target: { Arn: localFunctionArn(spec.id), RoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/rma-local-scheduler`, Input: '{}' },
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConflictException)) throw error;
      });
  }
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const host = options.host ?? '127.0.0.1';
  const ports = { ...DEFAULT_PORTS, ...options.ports };
  const dataDir = options.dataDir ?? '.local';
  const names: LocalNames = { tableName: 'rma-local', bucketName: 'rma-evidence-local', scheduleGroup: 'rma-local' };
  const env = localEnvironment(names);
  mkdirSync(dataDir, { recursive: true });
  // With persistence the clock's offset and the schedules are kept beside the database, so a
  // restart neither moves time back nor loses or repeats timers.
  const clock = new LocalClock(options.persist ? join(dataDir, 'clock.json') : undefined);
  const logLevel = options.logLevel ?? 'INFO';
  const logger = options.logger ?? ((serviceName: string) => new Logger({ serviceName, logLevel }));
  const stackLogger = logger('local-stack');
  const clientOptions = (endpoint: string): ClientOptions => ({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };

  try {
    await assertPortsFree(ports, host);
    // DynamoDB Local
    const dynamodbPort = ports.dynamodb === 0 ? await freePort(host) : ports.dynamodb;
    if (options.persist) mkdirSync(join(dataDir, 'dynamodb'), { recursive: true });
    const java = spawnDynamoDbLocal(dynamodbPort, host, options.persist ? join(dataDir, 'dynamodb') : undefined);
    if (!java.loopbackOnly) {
      stackLogger.warn('Only a Java runtime (no JDK) was found: DynamoDB Local listens on every network interface, not just 127.0.0.1. Install a JDK 17+ to keep it local.');
    }
    let javaErr = '';
    let stopping = false;
    java.child.stderr?.on('data', (d: Buffer) => (javaErr += d.toString()));
    java.child.once('exit', (code, signal) => {
      if (stopping) return;
      stackLogger.error(
        `DynamoDB Local (port ${dynamodbPort}) stopped unexpectedly (${signal ?? `exit code ${code}`}). The API answers 503 and GET /v1/health reports it; restart \`npm start\` to get it back.`,
      );
    });
    stops.push(async () => {
      stopping = true;
      await java.stop();
    });
    const dynamodbUrl = `http://${host}:${dynamodbPort}`;
    const rawDdb = new DynamoDBClient({ ...clientOptions(dynamodbUrl) });
    await waitForDynamoDb(rawDdb).catch((error: unknown) => {
      throw new Error(`DynamoDB Local did not start on port ${dynamodbPort}: ${javaErr.trim().slice(-500)}`, { cause: error });
    });
    await ensureTable(rawDdb, names.tableName);

    // S3
    // S3: s3rver on an inner port, behind the front that browsers and functions talk to.
    const s3rver = new S3rver({ address: host, port: await freePort(host), silent: true, directory: join(dataDir, 's3') });
    const s3rverAddress = (await s3rver.run()) as AddressInfo;
    stops.push(() => s3rver.close());
    const s3rverUrl = `http://${host}:${s3rverAddress.port}`;
    const s3rverClient = createS3Client(clientOptions(s3rverUrl));
    await s3rverClient.send(new HeadBucketCommand({ Bucket: names.bucketName })).catch(() =>
      s3rverClient.send(new CreateBucketCommand({ Bucket: names.bucketName })),
    );
    let onObjectCreated: (event: S3Event) => void = () => undefined;
    const s3Front = new S3Front({
      bucket: names.bucketName,
      upstream: s3rverUrl,
      s3: s3rverClient,
      credentials: LOCAL_CREDENTIALS,
      region: LOCAL_REGION,
      now: clock.now,
      allowedOrigin: allowedOrigins(),
      onObjectCreated: (event) => onObjectCreated(event),
      ...(options.persist ? { stateFile: join(dataDir, 's3-versions.json') } : {}),
    });
    const s3Url = await s3Front.listen(ports.s3, host);
    stops.push(() => s3Front.close());
    const s3 = createS3Client(clientOptions(s3Url));
    // The local S3 judges signatures and expiry by the local clock: the functions' client signs
    // (presigned forms and downloads too) as a client whose clock is that far from the service's.
    Object.defineProperty(s3.config, 'systemClockOffset', { get: () => clock.offset(), set: () => undefined, configurable: true });

    // SES: can be stopped and started again on its port (its mail store outlives a restart).
    let ses: Server | undefined = await startSesEmulator({ host, port: ports.ses });
    const sesPort = (ses.address() as AddressInfo).port;
    const stopSes = async () => {
      const server = ses;
      ses = undefined;
      if (server === undefined) return;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    };
    stops.push(stopSes);
    const sesUrl = `http://${host}:${sesPort}`;

    // Scheduler
    const schedulerEmulator = new SchedulerEmulator({
      now: clock.now,
      account: LOCAL_ACCOUNT,
      region: LOCAL_REGION,
      groups: [names.scheduleGroup],
      ...(options.persist ? { stateFile: join(dataDir, 'schedules.json') } : {}),
    });
    const schedulerUrl = await schedulerEmulator.listen(ports.scheduler, host);
    stops.push(() => schedulerEmulator.close());

    // EventBridge: the bus's stand-in, on a port of its own choosing (only the functions call it).
    const eventBridge = new EventBridgeEmulator({ busNames: [LOCAL_EVENT_BUS] });
    const eventBridgeUrl = await eventBridge.listen(0, host);
    stops.push(() => eventBridge.close());

    // Functions and their event sources
    const recorder = new MetricsRecorder();
    const scheduler = createSchedulerClient(clientOptions(schedulerUrl));
    const wired = wireLocalFunctions({
      env,
      now: clock.now,
      logger,
      metrics: (serviceName) => recorder.metrics({ namespace: METRICS_NAMESPACE, serviceName }),
      ddb: createDocumentClient(clientOptions(options.functionsDynamoDb ? await options.functionsDynamoDb(dynamodbUrl) : dynamodbUrl)),
      scheduler,
      s3,
      ses: createSesClient(clientOptions(sesUrl)),
      eventBridge: createEventBridgeClient(clientOptions(eventBridgeUrl)),
    });
    const around = options.aroundFunction;
    const functions = around === undefined ? wired : mapFunctions(wired, around);
    const events = new LocalEvents({
      functions,
      ddb: rawDdb,
      streams: new DynamoDBStreamsClient(clientOptions(dynamodbUrl)),
      tableName: names.tableName,
      scheduler: schedulerEmulator,
      logger: logger('local-events'),
    });
    await createRecurringSchedules(scheduler, names.scheduleGroup);
    onObjectCreated = (event) => events.onS3Event(event);
    events.start();
    stops.push(() => events.stop());

    // Gateway
    const apiPort = ports.api;
    const issuer = `http://${host}:${apiPort === 0 ? 'any' : apiPort}/_local/issuer`;
    const jwt = await createLocalJwtIssuer(clock.now, issuer);
    const [opsConsole, returnsPage] = await Promise.all([buildWebApp('ops'), buildWebApp('returns')]);
    const sites: StaticSite[] = [
      { prefix: '/ops/', dir: opsConsole.dir, generated: { 'config.json': { apiUrl: '', auth: { kind: 'local' } } }, mediaOrigins: [s3Url] },
      // The shop's pages may frame the returns page: here, the origins the local API admits.
      { prefix: '/returns/', dir: returnsPage.dir, generated: { 'config.json': { apiUrl: '' } }, mediaOrigins: [s3Url], frameAncestors: allowedOriginSources() },
    ];
    const gateway = new LocalGateway(functions, jwt, {
      now: clock.now,
      metrics: () => recorder.published,
      events: () => eventBridge.events,
      async setSes(running) {
        if (!running) await stopSes();
        else ses ??= await startSesEmulator({ host, port: sesPort });
        return ses !== undefined;
      },
      drain: async () => ({ ...(await events.drain()), totals: { ...events.totals }, deadLetters: events.deadLetters.length }),
      async setClock(body) {
        const target = body.now !== undefined ? Date.parse(body.now) : clock.now().getTime() + (body.advanceSeconds ?? 0) * 1000;
        // First deliver what changes made so far caused (their timers among it), as AWS's fast path
        // does within a second: a timer created after the clock has passed its due time would fire late.
        await events.drain();
        // Walk the clock through every schedule that falls due on the way, so each fires at its time.
        for (let due = schedulerEmulator.nextDue(); due !== undefined && due <= target; due = schedulerEmulator.nextDue()) {
          if (due > clock.now().getTime()) clock.set(new Date(due));
          await events.drain();
        }
        clock.set(new Date(target));
        await events.drain();
        return clock.now();
      },
    }, undefined, sites);
    const apiUrl = await gateway.listen(apiPort, host);
    stops.push(() => gateway.close());

    return {
      urls: { api: apiUrl, dynamodb: dynamodbUrl, s3: s3Url, ses: sesUrl, scheduler: schedulerUrl, eventbridge: eventBridgeUrl },
      names,
      env,
      clock,
      events,
      metrics: recorder,
      clientOptions,
      dynamodbLocalPid: await java.javaPid,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
