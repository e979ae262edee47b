/**
 * The delivery engine: makes outbox messages take effect once, in order, whatever fails.
 *
 * - Fast path: the table's stream hands each new message to `deliver`.
 * - Relay: every minute `relay` re-delivers every pending message whose attempt has come,
 *   read from the sparse status index (never a scan). A message the stream never delivered
 *   (a crash, an exhausted stream retry) is picked up here too.
 * - One attempt = claim (conditional write, expires `claimMs` later so a crashed holder's
 *   message is taken over) → effect → settle (delivered, or retried later with back-off, or
 *   `failed` after the kind's give-up time). Failed messages are counted (metric, alarm) and
 *   listed for ops, who can put them back in line.
 * - Order: a message takes effect only after the one before it in its channel is settled
 *   (delivered or failed); whoever settles a message goes on with the next one, so a channel
 *   drains in sequence without waiting for the relay.
 * - Within one invocation, a kind whose dependency is unavailable is not tried again (the
 *   messages stay due for the next run): an SES outage costs one failed call per run, not one
 *   per message.
 *
 * Effects are idempotent by design where the target allows (schedules by name); emails by their
 * claim: sent once unless a holder dies between SES accepting and the record being written.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Clock } from '../runtime.js';
import { OUTBOX_CLAIM_MS } from '../topology.js';
import { DependencyUnavailableError } from './errors.js';
import { Mailer } from './mailer.js';
import { type Claimed, type OutboxItem, type OutboxKind, type OutboxMessage, OutboxStore, parseMessageId } from './outbox.js';
import { ScheduleGateway } from './schedule-gateway.js';

/** Waits after the n-th failed attempt: 1, 2, 4 … minutes, then hourly (about 77 attempts in 72 h). */
export function retryDelayMs(failedAttempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, failedAttempts - 1), 60);
  return minutes * 60_000;
}

/** An effect that no retry can make succeed (the target refused the request itself). */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

/** What each kind of message does; resolves to a reference of the effect (e.g. SES's message id). */
export type Effects = { readonly [K in OutboxKind]: (message: Extract<OutboxMessage, { type: K }>, item: OutboxItem) => Promise<string> };

/** Error names of requests the target refuses whatever the moment (SES v2, Scheduler). */
const REFUSED = new Set(['MessageRejected', 'BadRequestException', 'ValidationException']);

/** The effects of the two kinds so far, over their adapters. */
export function effects(deps: { readonly mailer: Mailer; readonly schedules: ScheduleGateway; readonly now: Clock }): Effects {
  const refusedIsPermanent = async (effect: () => Promise<string>) => {
    try {
      return await effect();
    } catch (error) {
      if (error instanceof Error && REFUSED.has(error.name)) throw new PermanentDeliveryError(`${error.name}: ${error.message}`, { cause: error });
      throw error;
    }
  };
  return {
    email: (message) => refusedIsPermanent(() => deps.mailer.send(message.email, { rmaId: message.rmaId, template: message.email.template })),
    schedule: (message) =>
      refusedIsPermanent(async () => {
        await deps.schedules.apply(message.request, deps.now());
        return `${message.request.action} ${message.request.name}`;
      }),
  };
}

export interface DeliveryDeps {
  readonly store: OutboxStore;
  readonly effects: Effects;
  readonly now: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** How long a claim holds: the longest a holder can run (its function's timeout) plus a margin. */
  readonly claimMs: number;
}

/** Time left in the invocation; no new attempt starts with less than this. */
const MIN_REMAINING_MS = 10_000;
const RELAY_PAGE = 25;

type Attempt = 'delivered' | 'failed' | 'retrying' | 'skipped';

export interface RelayReport {
  readonly attempted: number;
  readonly delivered: number;
  readonly oldestPendingAgeSeconds: number;
}

export class DeliveryEngine {
  constructor(private readonly deps: DeliveryDeps) {}

  /**
   * Delivers `messageId` if its turn has come, then the messages after it in its channel.
   * A message whose predecessor is still pending waits: the predecessor's delivery goes on to it.
   */
  async deliver(messageId: string, run: DeliveryRun): Promise<void> {
    const before = await this.deps.store.neighbour(messageId, 'before');
    if (before?.status === 'pending') return;
    for (let next: string | undefined = messageId; next !== undefined && run.hasTime(); ) {
      const outcome = await this.attempt(next, run);
      if (outcome !== 'delivered' && outcome !== 'failed') return;
      const after = await this.deps.store.neighbour(next, 'after');
      next = after?.status === 'pending' ? after.messageId : undefined;
    }
  }

  /**
   * Re-delivers every due pending message (one channel at a time, from its oldest), while the
   * invocation has time; and publishes the age of the oldest pending message.
   */
  async relay(remainingMs: () => number): Promise<RelayReport> {
    const { store, now, metrics } = this.deps;
    const run = new DeliveryRun(remainingMs);
    const at = now();
    const oldest = (await store.list('pending', { limit: 1 })).items[0];
    const oldestPendingAgeSeconds = oldest === undefined ? 0 : Math.max(0, Math.round((at.getTime() - Date.parse(oldest.createdAt)) / 1000));
    metrics.addMetric('OutboxOldestPendingAgeSeconds', MetricUnit.Seconds, oldestPendingAgeSeconds);
    metrics.publishStoredMetrics();
    const channels = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await store.list('pending', { limit: RELAY_PAGE, dueAt: at, ...(cursor ? { cursor } : {}) });
      for (const message of page.items) {
        const { channel } = parseMessageId(message.messageId);
        if (channels.has(channel) || !run.hasTime()) continue;
        channels.add(channel);
        await this.deliver(message.messageId, run);
      }
      cursor = page.cursor;
    } while (cursor !== undefined && run.hasTime());
    return { attempted: run.attempted, delivered: run.delivered, oldestPendingAgeSeconds };
  }

  private async attempt(messageId: string, run: DeliveryRun): Promise<Attempt> {
    const { store, now, logger, claimMs } = this.deps;
    if (run.unavailable.has(parseMessageId(messageId).kind)) return 'skipped';
    const claimed = await store.claim(messageId, now(), claimMs);
    if (claimed === null) return 'skipped';
    run.attempted++;
    const { item } = claimed;
    const context = { messageId, kind: item.kind, rmaId: item.rmaId, attempt: item.attempts + 1 };
    try {
      const effect = this.deps.effects[item.kind] as (message: OutboxMessage, item: OutboxItem) => Promise<string>;
      const result = await effect(item.message, item);
      if (!(await store.delivered(claimed, now(), result))) {
        // Our claim ran out while the effect was under way, and another delivery took it over.
        logger.warn('Outbox message delivered after its claim expired; another delivery may repeat it', context);
      }
      run.delivered++;
      logger.info('Outbox message delivered', { ...context, result });
      return 'delivered';
    } catch (error) {
      return this.failedAttempt(claimed, error, run, context);
    }
  }

  private async failedAttempt(claimed: Claimed, error: unknown, run: DeliveryRun, context: Record<string, unknown>): Promise<Attempt> {
    const { store, now, logger, metrics } = this.deps;
    const at = now();
    const reason = describe(error);
    if (error instanceof DependencyUnavailableError) run.unavailable.add(claimed.item.kind);
    if (error instanceof PermanentDeliveryError || at.getTime() >= Date.parse(claimed.item.giveUpAt)) {
      await store.failed(claimed, reason, at);
      metrics.addMetric('OutboxMessageFailed', MetricUnit.Count, 1);
      metrics.addMetadata('messageId', claimed.item.messageId);
      metrics.publishStoredMetrics();
      logger.error('Outbox message failed: it is listed for ops (GET /v1/ops/outbox?status=failed)', { ...context, error: reason });
      return 'failed';
    }
    const next = new Date(Math.min(at.getTime() + retryDelayMs(claimed.item.attempts + 1), Date.parse(claimed.item.giveUpAt)));
    await store.retryLater(claimed, reason, next);
    logger.warn('Outbox message not delivered; will retry', { ...context, error: reason, nextAttemptAt: next.toISOString() });
    return 'retrying';
  }
}

/** One invocation's state: its time left, what it did, and which kinds' dependencies are down. */
export class DeliveryRun {
  attempted = 0;
  delivered = 0;
  readonly unavailable = new Set<OutboxKind>();
  constructor(private readonly remainingMs: () => number) {}
  hasTime(): boolean {
    return this.remainingMs() >= MIN_REMAINING_MS;
  }
}

/** A short, log- and API-safe account of why an attempt failed (no stack). */
function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}

/** The env a delivering function is bound to (topology: table, scheduler, email). */
export interface DeliveryEnv {
  readonly tableName: string;
  readonly scheduleGroup: string;
  readonly schedulerRoleArn: string;
  readonly deadlineFunctionArn: string;
  readonly schedulerDlqArn: string;
  readonly senderEmail: string;
  readonly sesConfigurationSet: string;
}

/** The engine over one table, SES and Scheduler: how every runtime (AWS entries, local stack) assembles it. */
export function createDeliveryEngine(deps: {
  readonly env: DeliveryEnv;
  readonly now: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly ddb: DynamoDBDocumentClient;
  readonly ses: SESv2Client;
  readonly scheduler: SchedulerClient;
}): DeliveryEngine {
  const { env, now } = deps;
  const schedules = new ScheduleGateway(deps.scheduler, {
    group: env.scheduleGroup,
    roleArn: env.schedulerRoleArn,
    deadlineFunctionArn: env.deadlineFunctionArn,
    dlqArn: env.schedulerDlqArn,
  });
  const mailer = new Mailer(deps.ses, { sender: env.senderEmail, configurationSet: env.sesConfigurationSet });
  return new DeliveryEngine({
    store: new OutboxStore(deps.ddb, env.tableName),
    effects: effects({ mailer, schedules, now }),
    now,
    logger: deps.logger,
    metrics: deps.metrics,
    claimMs: OUTBOX_CLAIM_MS,
  });
}
