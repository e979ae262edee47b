/** Ops staff API (api.md, "Ops endpoints"): the JWT is verified at the gateway, the group here. */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { RmaQueries } from '../../shared/adapters/rma-queries.js';
import { httpApi, json } from '../../shared/http/api.js';
import { requireOpsGroup } from '../../shared/http/ops-auth.js';

export interface OpsApiDeps {
  readonly logger: Logger;
  readonly opsGroup: string;
  readonly rmas: RmaQueries;
}

export function createOpsApi(deps: OpsApiDeps) {
  return httpApi({
    logger: deps.logger,
    middlewares: [requireOpsGroup({ group: deps.opsGroup })],
    routes: {
      'GET /v1/ops/summary': async () => json(200, await deps.rmas.summary()),
    },
  });
}
