/** Lambda entry: wires the ops API to AWS. */
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { evidenceBucketOnFirstUse } from '../../shared/adapters/evidence-bucket-on-first-use.js';
import { OutboxStore } from '../../shared/adapters/outbox.js';
import { OrderStore } from '../../shared/adapters/order-store.js';
import { RmaQueries } from '../../shared/adapters/rma-queries.js';
import { createRmaService } from '../../shared/app/rma-service.js';
import { WebhookService } from '../../shared/app/webhooks.js';
import { urlPolicy } from '../../shared/adapters/url-guard.js';
import { WebhookEndpointStore } from '../../shared/adapters/webhook-endpoints.js';
import { readEnv } from '../../shared/config/env.js';
import { createLogger, systemClock } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createOpsApi } from './handler.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';

const env = readEnv(envKeysFor('opsApi'));
const ddb = createDocumentClient();

export const handler = createOpsApi({
  now: systemClock,
  logger: createLogger('ops-api'),
  opsGroup: env.opsGroup,
  policy: defaultPolicy,
  queries: new RmaQueries(ddb, env.tableName),
  orders: new OrderStore(ddb, env.tableName),
  rmaService: createRmaService(ddb, env.tableName, systemClock),
  evidenceBucket: evidenceBucketOnFirstUse(env.bucketName),
  outbox: new OutboxStore(ddb, env.tableName),
  webhooks: new WebhookService({
    endpoints: new WebhookEndpointStore(ddb, env.tableName),
    outbox: new OutboxStore(ddb, env.tableName),
    policy: urlPolicy(env.webhookUrlPolicy),
    now: systemClock,
  }),
});
