/**
 * Local stand-ins for Lambda's event sources:
 * - S3 object-created notifications (prefix-filtered like the bucket notification) → verifier;
 * - the table's stream, filtered like the event source mapping, in batches → notifier, with
 *   partial batch responses honoured: a failed record is retried at every later poll (so it
 *   goes through once its cause, e.g. an SES outage, is gone) up to the mapping's retry
 *   attempts, then set aside as the DLQ would receive it;
 * - due schedules → their target function (the deadline function for one-time deadlines, the
 *   outbox relay for its every-minute schedule), invoked asynchronously as Scheduler does
 *   (Lambda retries a failed async invocation twice, then hands it to the on-failure destination).
 * Deliveries run in the background; `drain()` runs everything pending to completion. When a
 * dependency is down (DynamoDB Local stopped), polling slows down and says so once, and once
 * again when it is back.
 */
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBBatchResponse, S3Event } from 'aws-lambda';
import { EVIDENCE_PREFIX, FUNCTION_IDS, type FunctionId, OUTBOX_PK_PREFIX, topology } from '../shared/topology.js';
import { type Invoke, LOCAL_ACCOUNT, LOCAL_REGION, lambdaContext, localFunctionArn } from './functions.js';
import type { SchedulerEmulator } from './scheduler-emulator.js';

/** Lambda retries a failed asynchronous invocation twice. */
const ASYNC_ATTEMPTS = 3;
/** Errors that say our place in a shard is gone (records trimmed, iterator expired). */
const LOST_POSITION = new Set(['TrimmedDataAccessException', 'ExpiredIteratorException']);
/** Polling while a delivery round fails (a dependency is down): slower, and quiet. */
const FAILING_INTERVAL_MS = 1_000;

export interface DeadLetter {
  readonly source: FunctionId;
  readonly event: unknown;
  readonly error: string;
}

export interface DrainReport {
  readonly s3: number;
  readonly stream: number;
  readonly schedules: number;
}

/** The event source mapping's filter: INSERTs of outbox items (same as the CDK FilterCriteria). */
export function matchesOutboxFilter(record: _Record): boolean {
  const pk = record.dynamodb?.Keys?.pk;
  return record.eventName === 'INSERT' && pk !== undefined && 'S' in pk && typeof pk.S === 'string' && pk.S.startsWith(OUTBOX_PK_PREFIX);
}

export class LocalEvents {
  readonly deadLetters: DeadLetter[] = [];
  /** Everything delivered since the stack started. */
  readonly totals = { s3: 0, stream: 0, schedules: 0 };
  private readonly s3Queue: S3Event[] = [];
  /** Stream records that failed, with the attempts made so far. */
  private retrying: { readonly record: _Record; readonly attempts: number }[] = [];
  private readonly iterators = new Map<string, string | undefined>();
  private streamArn: string | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  /** Waiters for background polling rounds (tests wait for rounds, not for time). */
  private roundWaiters: { left: number; resolve: () => void }[] = [];

  constructor(
    private readonly deps: {
      readonly functions: Record<FunctionId, Invoke>;
      readonly ddb: DynamoDBClient;
      readonly streams: DynamoDBStreamsClient;
      readonly tableName: string;
      readonly scheduler: SchedulerEmulator;
      readonly logger: Logger;
    },
  ) {}

  /** s3rver's notification, filtered like the bucket's notification configuration. */
  onS3Event(event: S3Event): void {
    const records = event.Records.filter(
      (r) => r.eventName.startsWith('ObjectCreated') && r.s3.object.key.startsWith(EVIDENCE_PREFIX),
    );
    if (records.length > 0) this.s3Queue.push({ Records: records });
  }

  /** Polls in the background, as Lambda's pollers do, until stopped. */
  start(intervalMs = 250): void {
    let failing = false;
    const tick = () => {
      void this.drain()
        .then(
          () => {
            if (failing) this.deps.logger.info('Local event delivery is running again.');
            failing = false;
          },
          (error: unknown) => {
            if (!failing) {
              this.deps.logger.error(
                'Local event delivery stopped: a local dependency does not answer (is DynamoDB Local still running?). Nothing is lost: pending deliveries resume when it is back.',
                { error: error as Error },
              );
            }
            failing = true;
          },
        )
        .finally(() => {
          this.roundWaiters = this.roundWaiters.filter((w) => --w.left > 0 || (w.resolve(), false));
          if (this.timer !== undefined) this.timer = setTimeout(tick, failing ? FAILING_INTERVAL_MS : intervalMs);
        });
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  /** Resolves once `rounds` more background polling rounds have finished (successfully or not). */
  afterRounds(rounds: number): Promise<void> {
    return new Promise((resolve) => this.roundWaiters.push({ left: rounds, resolve }));
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.chain.catch(() => undefined);
  }

  /** Delivers everything pending (and what that causes) until nothing is left. Serialised. */
  drain(): Promise<DrainReport> {
    const run = this.chain.then(() => this.drainOnce());
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async drainOnce(): Promise<DrainReport> {
    const total = { s3: 0, stream: 0, schedules: 0 };
    await this.retryFailedRecords();
    for (;;) {
      const s3 = await this.deliverS3();
      const stream = await this.deliverStream();
      const schedules = await this.deps.scheduler.fireDue(async (target) => {
        await this.invokeAsync(this.targetOf(target.Arn), JSON.parse(target.Input ?? '{}'));
      });
      for (const sums of [total, this.totals]) {
        sums.s3 += s3;
        sums.stream += stream;
        sums.schedules += schedules;
      }
      if (s3 + stream + schedules === 0) return total;
    }
  }

  private targetOf(arn: string): FunctionId {
    const id = FUNCTION_IDS.find((candidate) => localFunctionArn(candidate) === arn);
    if (id === undefined) throw new Error(`No local function answers to ${arn}`);
    return id;
  }

  /** An asynchronous invocation: retried twice on error, then handed to the on-failure destination. */
  private async invokeAsync(id: FunctionId, event: unknown): Promise<void> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= ASYNC_ATTEMPTS; attempt++) {
      try {
        await this.deps.functions[id](event, lambdaContext(id));
        return;
      } catch (error) {
        lastError = error;
      }
    }
    this.deadLetters.push({ source: id, event, error: String(lastError) });
  }

  private async deliverS3(): Promise<number> {
    let delivered = 0;
    while (this.s3Queue.length > 0) {
      const event = this.s3Queue.shift()!;
      await this.invokeAsync('evidenceVerifier', event);
      delivered += event.Records.length;
    }
    return delivered;
  }

  private async refreshShards(): Promise<void> {
    if (this.streamArn === undefined) {
      const { Table } = await this.deps.ddb.send(new DescribeTableCommand({ TableName: this.deps.tableName }));
      this.streamArn = Table?.LatestStreamArn;
      if (this.streamArn === undefined) throw new Error(`Table ${this.deps.tableName} has no stream`);
    }
    const { StreamDescription } = await this.deps.streams.send(new DescribeStreamCommand({ StreamArn: this.streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (shard.ShardId === undefined || this.iterators.has(shard.ShardId)) continue;
      const { ShardIterator } = await this.deps.streams.send(
        new GetShardIteratorCommand({ StreamArn: this.streamArn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
      );
      this.iterators.set(shard.ShardId, ShardIterator);
    }
  }

  private async deliverStream(): Promise<number> {
    await this.refreshShards();
    const spec = topology.notifier.trigger;
    const batchSize = spec.kind === 'dynamodbStream' ? spec.batchSize : 10;
    let delivered = 0;
    for (const [shardId, iterator] of this.iterators) {
      if (iterator === undefined) continue;
      let page: { Records?: _Record[]; NextShardIterator?: string };
      try {
        page = await this.deps.streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      } catch (error) {
        if (!(error instanceof Error && LOST_POSITION.has(error.name))) throw error;
        // As in AWS, the stream lost records (trimmed) or our place in it: read on from the oldest
        // record still there. What it lost is still pending in the table, and the relay delivers it.
        this.deps.logger.warn('Stream position lost; reading the shard again from its oldest record', { shardId, error: error.name });
        this.iterators.delete(shardId);
        continue;
      }
      const { Records = [], NextShardIterator } = page;
      this.iterators.set(shardId, NextShardIterator);
      const matching = Records.filter(matchesOutboxFilter);
      for (let i = 0; i < matching.length; i += batchSize) {
        await this.deliverBatch(matching.slice(i, i + batchSize));
      }
      delivered += matching.length;
    }
    return delivered;
  }

  /** One invocation of the notifier; answers the records that failed. */
  private async invokeNotifier(batch: readonly _Record[]): Promise<_Record[]> {
    const event = {
      Records: batch.map((r) => ({
        ...r,
        eventSource: 'aws:dynamodb',
        awsRegion: LOCAL_REGION,
        eventSourceARN: this.streamArn ?? `arn:aws:dynamodb:${LOCAL_REGION}:${LOCAL_ACCOUNT}:table/${this.deps.tableName}/stream/local`,
      })),
    };
    try {
      const response = (await this.deps.functions.notifier(event, lambdaContext('notifier'))) as DynamoDBBatchResponse;
      const failed = new Set(response?.batchItemFailures?.map((f) => f.itemIdentifier) ?? []);
      return batch.filter((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
    } catch {
      return [...batch]; // the whole batch failed
    }
  }

  private async deliverBatch(batch: _Record[]): Promise<void> {
    for (const record of await this.invokeNotifier(batch)) this.retrying.push({ record, attempts: 1 });
  }

  private async retryFailedRecords(): Promise<void> {
    const spec = topology.notifier.trigger;
    const maxAttempts = 1 + (spec.kind === 'dynamodbStream' ? spec.retryAttempts : 0);
    const due = this.retrying;
    this.retrying = [];
    for (const { record, attempts } of due) {
      if ((await this.invokeNotifier([record])).length === 0) continue;
      if (attempts + 1 < maxAttempts) this.retrying.push({ record, attempts: attempts + 1 });
      else this.deadLetters.push({ source: 'notifier', event: record, error: 'retries exhausted' });
    }
  }
}
