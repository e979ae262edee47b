/** Lambda entry: wires the customer API to AWS. */
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { evidenceBucketOnFirstUse } from '../../shared/adapters/evidence-bucket-on-first-use.js';
import { tableProbe } from '../../shared/adapters/health.js';
import { OrderStore } from '../../shared/adapters/order-store.js';
import { secretValue } from '../../shared/adapters/secrets.js';
import { SessionStore } from '../../shared/adapters/session-store.js';
import { createRmaService } from '../../shared/app/rma-service.js';
import { readEnv } from '../../shared/config/env.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { createLogger, systemClock } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createCustomerApi } from './handler.js';

const env = readEnv(envKeysFor('customerApi'));
const ddb = createDocumentClient();
const orders = new OrderStore(ddb, env.tableName);

export const handler = createCustomerApi({
  now: systemClock,
  logger: createLogger('customer-api'),
  policy: defaultPolicy,
  orders,
  sessions: new SessionStore(ddb, env.tableName, () => secretValue(env.sessionKeyId)),
  rmaService: createRmaService(ddb, env.tableName, systemClock),
  evidenceBucket: evidenceBucketOnFirstUse(env.bucketName),
  tableAnswers: tableProbe(ddb, env.tableName),
});
