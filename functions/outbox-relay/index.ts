/** Lambda entry: wires the outbox relay (every minute) to AWS. */
import { onFirstUse } from '../../shared/adapters/on-first-use.js';
import { createLogger } from '../../shared/runtime.js';
import { awsDeliveryEngine } from '../delivery-engine.js';
import { createOutboxRelay } from './handler.js';

const logger = createLogger('outbox-relay');

// Most minutes nothing is due: SES, the Scheduler and the bus are loaded when a message first needs them.
export const handler = createOutboxRelay({
  logger,
  engine: awsDeliveryEngine('outboxRelay', logger, (env) =>
    onFirstUse(async () => (await import('../../shared/adapters/delivery-targets.js')).awsDeliveryTargets(env)),
  ),
});
