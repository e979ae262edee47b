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
import type { Clock } from '../runtime.js';
import { OUTBOX_CLAIM_MS } from '../topology.js';
import { DependencyUnavailableError, PermanentDeliveryError } from './errors.js';
import type { DeliveryTargets } from './delivery-targets.js';
import { defaultPolicy } from '../domain/policy/default-policy.js';
import { type AttemptFacts, type Claimed, type OutboxItem, type OutboxKind, type OutboxMessage, OutboxStore, parseMessageId, queueOf } from './outbox.js';
import { type Resolve, urlPolicy } from './url-guard.js';
import { WebhookEndpointStore } from './webhook-endpoints.js';
import { ReceiverError, WEBHOOK_TIMEOUT_MS, WebhookSender } from './webhook-sender.js';
import { webhookEffect } from './webhook-delivery.js';

/** Waits after the n-th failed attempt: 1, 2, 4 … minutes, then hourly (about 77 attempts in 72 h). */
export function retryDelayMs(failedAttempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, failedAttempts - 1), 60);
  return minutes * 60_000;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/**
 * Webhook deliveries wait this long after each failed attempt (events.md): 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h, 10 h, about 27.6 h in all; the 8th failed attempt makes the delivery `failed`.
 * (In AWS the relay runs every minute, so the first retry comes within a minute.)
 */
export const WEBHOOK_RETRY_DELAYS_MS = [5_000, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR] as const;

/** The wait before the next attempt of a kind after `failedAttempts` failures; `null`: give up now. */
export function nextAttemptDelayMs(kind: OutboxKind, failedAttempts: number): number | null {
  if (kind === 'webhook') return WEBHOOK_RETRY_DELAYS_MS[failedAttempts - 1] ?? null;
  return retryDelayMs(failedAttempts);
}

/**
 * What an effect did: a reference (SES's message id, a bus entry id, an HTTP status), facts the
 * message records (`lastStatusCode`), or that the message was dropped (its webhook endpoint is gone).
 */
export interface EffectOutcome {
  readonly reference: string;
  readonly facts?: AttemptFacts;
  readonly dropped?: boolean;
}

/** What each kind of message does. */
export type Effects = {
  readonly [K in OutboxKind]: (message: Extract<OutboxMessage, { type: K }>, item: OutboxItem) => Promise<string | EffectOutcome>;
};

/** Facts a failed attempt's error carries for its message (a webhook receiver's status). */
const factsOf = (error: unknown): AttemptFacts => (error instanceof ReceiverError ? { lastStatusCode: error.statusCode } : {});

/** Error names of requests the target refuses whatever the moment (SES v2, Scheduler). */
const REFUSED = new Set(['MessageRejected', 'BadRequestException', 'ValidationException']);

/** The effect of each kind, over its adapter; the targets are asked for when a message needs them. */
export function effects(deps: {
  readonly targets: () => Promise<DeliveryTargets>;
  readonly webhooks: Effects['webhook'];
  readonly now: Clock;
}): Effects {
  const refusedIsPermanent = async (effect: () => Promise<string>) => {
    try {
      return await effect();
    } catch (error) {
      if (error instanceof Error && REFUSED.has(error.name)) throw new PermanentDeliveryError(`${error.name}: ${error.message}`, { cause: error });
      throw error;
    }
  };
  return {
    email: async (message) => {
      const { mailer } = await deps.targets();
      return refusedIsPermanent(() => mailer.send(message.email, { ...(message.rmaId ? { rmaId: message.rmaId } : {}), template: message.email.template }));
    },
    // Every timer of the change is applied even if the Scheduler refuses one of them; the message
    // then fails with what was refused (a retry re-applies the others harmlessly: names are stable).
    schedule: async (message) => {
      const { schedules } = await deps.targets();
      const refused: string[] = [];
      for (const request of message.requests) {
        try {
          await schedules.apply(request, deps.now());
        } catch (error) {
          if (!(error instanceof Error && REFUSED.has(error.name))) throw error;
          refused.push(`${request.action} ${request.name}: ${error.name}: ${error.message}`);
        }
      }
      if (refused.length > 0) throw new PermanentDeliveryError(refused.join('; '));
      return message.requests.map((request) => `${request.action} ${request.name}`).join(', ');
    },
    event: async (message) => (await deps.targets()).bus.put(message.event),
    webhook: deps.webhooks,
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

/**
 * Time left in the invocation; no new attempt starts with less than this: the longest attempt (a
 * webhook receiver may take its 10 s) and the writes around it must fit.
 */
const MIN_REMAINING_MS = WEBHOOK_TIMEOUT_MS + 5_000;
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
    for (const queue of ['effects', 'webhooks'] as const) {
      let cursor: string | undefined;
      do {
        const page = await store.list('pending', { queue, limit: RELAY_PAGE, dueAt: at, ...(cursor ? { cursor } : {}) });
        for (const message of page.items) {
          const { channel } = parseMessageId(message.messageId);
          if (channels.has(channel) || !run.hasTime()) continue;
          channels.add(channel);
          await this.deliver(message.messageId, run);
        }
        cursor = page.cursor;
      } while (cursor !== undefined && run.hasTime());
    }
    return { attempted: run.attempted, delivered: run.delivered, oldestPendingAgeSeconds };
  }

  private async attempt(messageId: string, run: DeliveryRun): Promise<Attempt> {
    const { store, now, logger, claimMs } = this.deps;
    if (run.unavailable.has(dependencyOf(messageId))) return 'skipped';
    const claimed = await store.claim(messageId, now(), claimMs);
    if (claimed === null) return 'skipped';
    run.attempted++;
    const { item } = claimed;
    const context = { messageId, kind: item.kind, rmaId: item.rmaId, attempt: item.attempts + 1 };
    try {
      const effect = this.deps.effects[item.kind] as (message: OutboxMessage, item: OutboxItem) => Promise<string | EffectOutcome>;
      const outcome = await effect(item.message, item);
      const { reference: result, facts = {}, dropped = false } = typeof outcome === 'string' ? { reference: outcome } : outcome;
      if (dropped) {
        logger.info('Outbox message dropped', { ...context, result });
        return 'delivered';
      }
      if (!(await store.delivered(claimed, now(), result, facts))) {
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
    const { item } = claimed;
    const facts = factsOf(error);
    if (error instanceof DependencyUnavailableError) run.unavailable.add(dependencyOf(item.messageId));
    const delay = nextAttemptDelayMs(item.kind, item.attempts + 1);
    if (error instanceof PermanentDeliveryError || delay === null || at.getTime() >= Date.parse(item.giveUpAt)) {
      await store.failed(claimed, reason, at, facts);
      const webhook = queueOf(item.kind) === 'webhooks';
      metrics.addMetric(webhook ? 'WebhookDeliveryFailed' : 'OutboxMessageFailed', MetricUnit.Count, 1);
      metrics.addMetadata('messageId', item.messageId);
      metrics.publishStoredMetrics();
      logger.error(
        webhook
          ? 'Webhook delivery failed: it is listed for ops (GET /v1/ops/webhook-endpoints/{endpointId}/deliveries?status=failed)'
          : 'Outbox message failed: it is listed for ops (GET /v1/ops/outbox?status=failed)',
        { ...context, error: reason },
      );
      return 'failed';
    }
    const next = new Date(Math.min(at.getTime() + delay, Date.parse(item.giveUpAt)));
    await store.retryLater(claimed, reason, next, facts);
    logger.warn('Outbox message not delivered; will retry', { ...context, error: reason, nextAttemptAt: next.toISOString() });
    return 'retrying';
  }
}

/** One invocation's state: its time left, what it did, and which kinds' dependencies are down. */
export class DeliveryRun {
  attempted = 0;
  delivered = 0;
  /** Dependencies (a kind's service, or one webhook endpoint) not to call again in this run. */
  readonly unavailable = new Set<string>();
  constructor(private readonly remainingMs: () => number) {}
  hasTime(): boolean {
    return this.remainingMs() >= MIN_REMAINING_MS;
  }
}

/** What a message's effect depends on: its kind's service, or for a webhook its endpoint. */
function dependencyOf(messageId: string): string {
  const { kind, endpointId } = parseMessageId(messageId);
  return endpointId === undefined ? kind : `webhook:${endpointId}`;
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
  readonly eventBusName: string;
  readonly webhookUrlPolicy: string;
}

/** The engine over one table and its targets: how every runtime (AWS entries, local stack) assembles it. */
export function createDeliveryEngine(deps: {
  readonly env: DeliveryEnv;
  readonly now: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly ddb: DynamoDBDocumentClient;
  /** SES, the Scheduler and the bus (./delivery-targets.ts), made or loaded when first needed. */
  readonly targets: () => Promise<DeliveryTargets>;
  /** How webhook endpoints' host names resolve (node:dns unless a test gives another). */
  readonly resolve?: Resolve;
}): DeliveryEngine {
  const { env, now } = deps;
  const webhooks = webhookEffect({
    endpoints: new WebhookEndpointStore(deps.ddb, env.tableName),
    sender: new WebhookSender({ policy: urlPolicy(env.webhookUrlPolicy), ...(deps.resolve ? { resolve: deps.resolve } : {}) }),
    policy: defaultPolicy,
    now,
    logger: deps.logger,
  });
  return new DeliveryEngine({
    store: new OutboxStore(deps.ddb, env.tableName),
    effects: effects({ targets: deps.targets, webhooks, now }),
    now,
    logger: deps.logger,
    metrics: deps.metrics,
    claimMs: OUTBOX_CLAIM_MS,
  });
}
