/** Lambda entry: wires the deadline handler to AWS. */
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { OrderStore } from '../../shared/adapters/order-store.js';
import { readEnv } from '../../shared/config/env.js';
import { createLogger, systemClock } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createDeadlineHandler } from './handler.js';

const env = readEnv(envKeysFor('deadline'));

export const handler = createDeadlineHandler({
  now: systemClock,
  logger: createLogger('deadline'),
  orders: new OrderStore(createDocumentClient(), env.tableName),
});
