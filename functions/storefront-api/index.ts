/** Lambda entry: wires the storefront API to AWS. */
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { OrderStore } from '../../shared/adapters/order-store.js';
import { secretValue } from '../../shared/adapters/secrets.js';
import { SessionStore } from '../../shared/adapters/session-store.js';
import { readEnv } from '../../shared/config/env.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { createLogger, systemClock } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createStorefrontApi } from './handler.js';

const env = readEnv(envKeysFor('storefrontApi'));
const ddb = createDocumentClient();

export const handler = createStorefrontApi({
  now: systemClock,
  logger: createLogger('storefront-api'),
  policy: defaultPolicy,
  orders: new OrderStore(ddb, env.tableName),
  sessions: new SessionStore(ddb, env.tableName, () => secretValue(env.sessionKeyId)),
  storefrontSecret: () => secretValue(env.storefrontSecretId),
});
