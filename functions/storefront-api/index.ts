/** Lambda entry: wires the storefront API to AWS. */
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { OrderStore } from '../../shared/adapters/order-store.js';
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
  sessions: new SessionStore(ddb, env.tableName),
  storefrontSecret: async () => {
    // Cached by Powertools for 5 minutes, so a rotated secret is picked up without a deploy.
    const secret = await getSecret<string>(env.storefrontSecretId, { maxAge: 300 });
    if (typeof secret !== 'string' || secret.length === 0) throw new Error('storefront secret is empty');
    return secret;
  },
});
