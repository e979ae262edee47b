/**
 * Builds the middy handler of an HTTP API function from its route table.
 *
 * API Gateway (or the local gateway) has already matched the route: the handler dispatches on
 * `event.routeKey`, which is `"<METHOD> <path template>"` exactly as declared in the topology.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { DomainError } from '../domain/errors.js';
import { PROBLEM_CONTENT_TYPE, problemFromError, problemHeaders } from './problem.js';
import { header } from './request.js';

export interface ApiResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type RouteHandler<E extends APIGatewayProxyEventV2 = APIGatewayProxyEventV2> = (event: E) => Promise<ApiResponse>;

export type ApiMiddleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

export function json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): ApiResponse {
  return { status, body, headers };
}

function toResult(response: ApiResponse): APIGatewayProxyStructuredResultV2 {
  const hasBody = response.body !== undefined;
  return {
    statusCode: response.status,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...response.headers },
    body: hasBody ? JSON.stringify(response.body) : '',
  };
}

/** middy error middleware: every error leaves as problem+json; unexpected ones are logged once. */
export const problemJsonErrors = (opts: { readonly logger: Logger }): ApiMiddleware => ({
  onError: async (request) => {
    if (request.response !== undefined) return;
    const problem = problemFromError(request.error, request.context.awsRequestId);
    if (problem.code === 'unavailable') opts.logger.warn('Request not completed: a dependency did not answer', { error: request.error as Error });
    else if (problem.status >= 500) opts.logger.error('Request failed', { error: request.error as Error });
    else opts.logger.info('Request refused', { code: problem.code, status: problem.status });
    request.response = {
      statusCode: problem.status,
      headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...problemHeaders(problem) },
      body: JSON.stringify(problem),
    };
  },
});

const JSON_MEDIA_TYPE = /^application\/json\s*(;.*)?$/i;

/** A body must be declared JSON (a charset parameter is fine), before anything reads it (api.md, "Errors"). */
function requireJsonBody(event: APIGatewayProxyEventV2): void {
  if (event.body === undefined || event.body === null || event.body === '') return;
  const type = header(event, 'content-type');
  if (type === undefined || !JSON_MEDIA_TYPE.test(type)) {
    throw new DomainError('unsupported_media_type', 'Send the request body as JSON, with content-type: application/json.', {
      allowed: ['application/json'],
    });
  }
}

export interface HttpApiOptions<E extends APIGatewayProxyEventV2> {
  readonly logger: Logger;
  readonly routes: Readonly<Record<string, RouteHandler<E>>>;
  /** Run after logging is set up and before the route; their errors become problem+json too. */
  readonly middlewares?: readonly ApiMiddleware[];
}

export function httpApi<E extends APIGatewayProxyEventV2>(options: HttpApiOptions<E>) {
  const { logger, routes } = options;
  const lambdaHandler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const route = routes[event.routeKey];
    if (route === undefined) throw new DomainError('not_found', `No route ${event.routeKey}.`);
    requireJsonBody(event);
    return toResult(await route(event as E));
  };
  let handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>(lambdaHandler)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({ before: async ({ event }) => logger.setCorrelationId(event.requestContext.requestId) });
  for (const middleware of options.middlewares ?? []) handler = handler.use(middleware);
  return handler.use(problemJsonErrors({ logger }));
}
