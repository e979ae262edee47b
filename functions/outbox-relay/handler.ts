/**
 * The outbox relay, invoked every minute (an EventBridge Scheduler `rate(1 minute)` schedule in
 * AWS, the local clock's tick locally): re-delivers every pending message whose attempt has
 * come, and publishes the age of the oldest pending message for its alarm.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { DeliveryEngine, RelayReport } from '../../shared/adapters/delivery.js';

export interface OutboxRelayDeps {
  readonly logger: Logger;
  readonly engine: DeliveryEngine;
}

export function createOutboxRelay(deps: OutboxRelayDeps) {
  const { logger, engine } = deps;
  const lambdaHandler = async (_event: unknown, context: Context): Promise<RelayReport> => {
    const report = await engine.relay(() => context.getRemainingTimeInMillis());
    if (report.attempted > 0 || report.oldestPendingAgeSeconds > 0) logger.info('Outbox relayed', { ...report });
    return report;
  };
  return middy<unknown, RelayReport, Error, Context>(lambdaHandler).use(injectLambdaContext(logger, { resetKeys: true }));
}
