/** Lambda entry: wires the ops API to AWS. */
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { RmaQueries } from '../../shared/adapters/rma-queries.js';
import { readEnv } from '../../shared/config/env.js';
import { createLogger } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createOpsApi } from './handler.js';

const env = readEnv(envKeysFor('opsApi'));

export const handler = createOpsApi({
  logger: createLogger('ops-api'),
  opsGroup: env.opsGroup,
  rmas: new RmaQueries(createDocumentClient(), env.tableName),
});
