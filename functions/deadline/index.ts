/** Lambda entry: wires the deadline handler to AWS. */
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { OrderStore } from '../../shared/adapters/order-store.js';
import { createRmaService } from '../../shared/app/rma-service.js';
import { readEnv } from '../../shared/config/env.js';
import { createLogger, systemClock } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createDeadlineHandler } from './handler.js';

const env = readEnv(envKeysFor('deadline'));
const ddb = createDocumentClient();
const orders = new OrderStore(ddb, env.tableName);

export const handler = createDeadlineHandler({
  now: systemClock,
  logger: createLogger('deadline'),
  // Namespace and service come from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME (house construct).
  metrics: new Metrics(),
  orders,
  rmaService: createRmaService(ddb, env.tableName, systemClock),
});
