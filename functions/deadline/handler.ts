/**
 * The EventBridge Scheduler target. Every event re-reads its subject and acts only when the
 * event is still current (same generation, same due time, deadline passed), so a late, early,
 * repeated or superseded delivery does nothing harmful: firing twice is firing once.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
// zod/mini, like the env contract: this function validates nothing else, so it carries no more of zod than this.
import * as z from 'zod/mini';
import type { OrderStore } from '../../shared/adapters/order-store.js';
import { retryOnConflict } from '../../shared/adapters/transact.js';
import type { RmaService } from '../../shared/app/rma-service.js';
import { NotYetDueError } from '../../shared/app/errors.js';
import { SHOP_ID, ULID } from '../../shared/domain/ids.js';
import { applyAcceptanceDue } from '../../shared/domain/order.js';
import { type DeadlineEvent, type OrderAcceptanceDue, RMA_DEADLINE_KINDS } from '../../shared/domain/schedules.js';
import { parseWith } from '../../shared/http/request.js';
import type { Clock } from '../../shared/runtime.js';

/** The ids and instants the schedules carry (the API's own rules for them, api.md). */
const orderId = z.string().check(z.regex(SHOP_ID));
const rmaId = z.string().check(z.regex(ULID));
const dueAt = z.iso.datetime();
const generation = z.int().check(z.positive());

export const deadlineEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('order.acceptance_due'), orderId, dueAt, generation }),
  z.strictObject({ kind: z.enum(RMA_DEADLINE_KINDS), rmaId, dueAt, generation }),
]) satisfies z.ZodMiniType<DeadlineEvent>;

export type DeadlineOutcome = { readonly outcome: 'applied' | 'stale'; readonly detail?: string };

export interface DeadlineDeps {
  readonly now: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly orders: OrderStore;
  readonly rmaService: RmaService;
}

export function createDeadlineHandler(deps: DeadlineDeps) {
  const { now, logger, metrics, orders, rmaService } = deps;

  async function acceptanceDue(event: OrderAcceptanceDue): Promise<DeadlineOutcome> {
    return retryOnConflict(async () => {
      const order = await orders.get(event.orderId);
      if (order === null) return { outcome: 'stale', detail: 'order not found' };
      const at = now();
      const result = applyAcceptanceDue(order, event, at);
      if (result.kind === 'early') {
        throw new NotYetDueError(`${event.kind} for ${event.orderId} is due at ${result.dueAt.toISOString()}`);
      }
      if (result.kind === 'stale') return { outcome: 'stale', detail: result.why };
      await orders.save({ order: result.order, expectedVersion: order.version }, at);
      return { outcome: 'applied' };
    });
  }

  const lambdaHandler = async (payload: unknown): Promise<DeadlineOutcome> => {
    const event = parseWith(deadlineEventSchema, payload, 'Deadline event');
    const subject = event.kind === 'order.acceptance_due' ? event.orderId : event.rmaId;
    // Correlation id = the RMA (or order) id: its API requests, timers and emails line up in the logs.
    logger.setCorrelationId(subject);
    logger.appendKeys({ deadline: event.kind, subject });
    let result: DeadlineOutcome;
    if (event.kind === 'order.acceptance_due') {
      result = await acceptanceDue(event);
    } else {
      const { metrics: names, ...outcome } = await rmaService.applyTimer(event);
      if (names.length > 0) {
        for (const name of names) metrics.addMetric(name, MetricUnit.Count, 1);
        // Metadata, not a dimension: one RMA per series would be a metric per RMA.
        metrics.addMetadata('rmaId', event.rmaId);
        metrics.publishStoredMetrics();
      }
      result = outcome;
    }
    logger.info('Deadline handled', { ...result, dueAt: event.dueAt, generation: event.generation });
    return result;
  };

  return middy<unknown, DeadlineOutcome, Error, Context>(lambdaHandler).use(injectLambdaContext(logger, { resetKeys: true }));
}
