/**
 * AWS wiring of the delivery engine, shared by the two functions that deliver outbox messages
 * (notifier: the stream's fast path; outboxRelay: every minute). Clients are created once, at
 * module scope of the entry that imports this; each entry says how its delivery targets (SES,
 * the Scheduler, the bus) are made.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient } from '../shared/adapters/aws-clients.js';
import { createDeliveryEngine, type DeliveryEngine, type DeliveryEnv } from '../shared/adapters/delivery.js';
import type { DeliveryTargets } from '../shared/adapters/delivery-targets.js';
import { readEnv } from '../shared/config/env.js';
import { systemClock } from '../shared/runtime.js';
import { envKeysFor } from '../shared/topology.js';

/** `targets` makes, from the function's env, how the engine gets its delivery targets: at once, or on first use. */
export function awsDeliveryEngine(
  id: 'notifier' | 'outboxRelay',
  logger: Logger,
  targets: (env: DeliveryEnv) => () => Promise<DeliveryTargets>,
): DeliveryEngine {
  const env = readEnv(envKeysFor(id));
  return createDeliveryEngine({
    env,
    now: systemClock,
    logger,
    // Namespace and service come from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME (house construct).
    metrics: new Metrics(),
    ddb: createDocumentClient(),
    targets: targets(env),
  });
}
