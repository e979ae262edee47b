/** Lambda entry: wires the outbox's stream fast path to AWS. */
import { awsDeliveryTargets } from '../../shared/adapters/delivery-targets.js';
import { createLogger } from '../../shared/runtime.js';
import { awsDeliveryEngine } from '../delivery-engine.js';
import { createNotifier } from './handler.js';

const logger = createLogger('notifier');

// Nearly every batch sends an email, sets a timer and puts an event: the targets are made with the function.
const engine = awsDeliveryEngine('notifier', logger, (env) => {
  const targets = awsDeliveryTargets(env);
  return async () => targets;
});

export const handler = createNotifier({ logger, engine });
