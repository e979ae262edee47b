/** Generates the OpenAPI 3.1 document from the topology's routes and the contract's zod schemas. */
import { z } from 'zod';
import { statusOf } from '../http/problem.js';
import type { ErrorCode } from '../domain/errors.js';
import { type AuthScheme, functionSpecs, httpRoutes, routeKey } from '../topology.js';
import { contract } from './contract.js';
import { problemSchema } from './schemas.js';

const AUTH_ERRORS: Record<AuthScheme, readonly ErrorCode[]> = {
  none: [],
  storefront: ['invalid_signature'],
  customer: ['unauthorized'],
  ops: ['unauthorized', 'forbidden'],
};

const SECURITY: Record<AuthScheme, readonly Record<string, string[]>[]> = {
  none: [],
  storefront: [{ storefrontTimestamp: [], storefrontSignature: [] }],
  customer: [{ customerSession: [] }],
  ops: [{ opsJwt: [] }],
};

function schemaOf(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return json;
}

export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of functionSpecs) {
    for (const route of httpRoutes(spec)) {
      const key = routeKey(route);
      const entry = contract[key];
      if (entry === undefined) throw new Error(`Route ${key} has no contract`);
      const responses: Record<string, unknown> = {};
      for (const [status, response] of Object.entries(entry.responses)) {
        responses[status] = {
          description: response.description,
          ...(response.schema ? { content: { 'application/json': { schema: schemaOf(response.schema, 'output') } } } : {}),
        };
      }
      // Any route that reads or writes the table may find it not answering (503, retry-after),
      // unless the route answers 503 with its own body (health).
      const unavailable: ErrorCode[] = entry.responses[503] ? [] : ['unavailable'];
      for (const code of [...AUTH_ERRORS[route.auth], ...(entry.errors as ErrorCode[]), ...unavailable]) {
        const status = String(statusOf(code));
        const existing = responses[status] as { description: string } | undefined;
        responses[status] = {
          description: existing ? `${existing.description}, ${code}` : code,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
      const operation = {
        operationId: key.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, ''),
        summary: route.summary,
        security: SECURITY[route.auth],
        parameters: [
          ...Object.entries(entry.pathParams ?? {}).map(([name, schema]) => ({ name, in: 'path', required: true, schema: schemaOf(schema, 'input') })),
          ...Object.entries(entry.query?.shape ?? {}).map(([name, schema]) => ({
            name,
            in: 'query',
            required: false,
            schema: schemaOf(schema as z.ZodType, 'input'),
          })),
        ],
        ...(entry.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(entry.body, 'input') } } } }
          : {}),
        responses,
      };
      paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'RMA API', version: '1.0.0', description: 'Returns for an electronics parts seller.' },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: schemaOf(problemSchema, 'output') },
      securitySchemes: {
        storefrontTimestamp: { type: 'apiKey', in: 'header', name: 'x-rma-timestamp' },
        storefrontSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'x-rma-signature',
          description: 'v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>',
        },
        customerSession: { type: 'http', scheme: 'bearer' },
        opsJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
    },
  };
}
