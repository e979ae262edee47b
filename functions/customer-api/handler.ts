/** Shopper API and the public meta endpoints (api.md, "Meta endpoints"). */
import type { Logger } from '@aws-lambda-powertools/logger';
import { buildOpenApi } from '../../shared/api/openapi.js';
import type { Policy } from '../../shared/domain/policy/schema.js';
import { httpApi, json } from '../../shared/http/api.js';

export interface CustomerApiDeps {
  readonly logger: Logger;
  readonly policy: Policy;
}

export function createCustomerApi(deps: CustomerApiDeps) {
  let openApi: Record<string, unknown> | undefined;
  return httpApi({
    logger: deps.logger,
    routes: {
      'GET /v1/health': async () => json(200, { status: 'ok' }),
      'GET /v1/policy': async () => json(200, deps.policy, { 'cache-control': 'public, max-age=300' }),
      'GET /v1/openapi.json': async () => {
        openApi ??= buildOpenApi();
        return json(200, openApi, { 'cache-control': 'public, max-age=300' });
      },
    },
  });
}
