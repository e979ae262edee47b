/** Lambda entry: wires the outbox relay (every minute) to AWS. */
import { createLogger } from '../../shared/runtime.js';
import { awsDeliveryEngine } from '../delivery-engine.js';
import { createOutboxRelay } from './handler.js';

const logger = createLogger('outbox-relay');

export const handler = createOutboxRelay({ logger, engine: awsDeliveryEngine('outboxRelay', logger) });
