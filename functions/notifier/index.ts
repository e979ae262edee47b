/** Lambda entry: wires the outbox's stream fast path to AWS. */
import { createLogger } from '../../shared/runtime.js';
import { awsDeliveryEngine } from '../delivery-engine.js';
import { createNotifier } from './handler.js';

const logger = createLogger('notifier');

export const handler = createNotifier({ logger, engine: awsDeliveryEngine('notifier', logger) });
