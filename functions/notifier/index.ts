/** Lambda entry: wires the outbox's stream fast path to AWS. */
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient, createSchedulerClient, createSesClient } from '../../shared/adapters/aws-clients.js';
import { createDeliveryEngine } from '../../shared/adapters/delivery.js';
import { readEnv } from '../../shared/config/env.js';
import { createLogger, systemClock } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createNotifier } from './handler.js';

const logger = createLogger('notifier');

export const handler = createNotifier({
  logger,
  engine: createDeliveryEngine({
    env: readEnv(envKeysFor('notifier')),
    now: systemClock,
    logger,
    // Namespace and service come from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME (house construct).
    metrics: new Metrics(),
    ddb: createDocumentClient(),
    ses: createSesClient(),
    scheduler: createSchedulerClient(),
  }),
});
