/**
 * AWS wiring of the delivery engine, shared by the two functions that deliver outbox messages
 * (notifier: the stream's fast path; outboxRelay: every minute). Clients are created once, at
 * module scope of the entry that imports this.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient, createEventBridgeClient, createSchedulerClient, createSesClient } from '../shared/adapters/aws-clients.js';
import { createDeliveryEngine, type DeliveryEngine } from '../shared/adapters/delivery.js';
import { readEnv } from '../shared/config/env.js';
import { systemClock } from '../shared/runtime.js';
import { envKeysFor } from '../shared/topology.js';

export function awsDeliveryEngine(id: 'notifier' | 'outboxRelay', logger: Logger): DeliveryEngine {
  return createDeliveryEngine({
    env: readEnv(envKeysFor(id)),
    now: systemClock,
    logger,
    // Namespace and service come from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME (house construct).
    metrics: new Metrics(),
    ddb: createDocumentClient(),
    ses: createSesClient(),
    scheduler: createSchedulerClient(),
    eventBridge: createEventBridgeClient(),
  });
}
