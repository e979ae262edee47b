/**
 * Generates the OpenAPI 3.1 document from the topology's routes and the contract's zod schemas:
 * the same definitions that validate requests and shape answers, so the two cannot disagree.
 *
 * Resources and problems are named components (`Rma`, `OrderInput`, `EvidenceIncompleteProblem`,
 * ...), operations have the topology's stable ids and are tagged by audience; every status a
 * route can answer is listed, errors by code with their extension members, the gateway's own
 * 401 body for ops routes included.
 */
import * as z from 'zod/mini';
import type { ErrorCode } from '../domain/errors.js';
import { policySchema } from '../domain/policy/schema.js';
import { statusOf } from '../http/problem.js';
import { type Audience, type AuthScheme, functionSpecs, type HttpRoute, httpRoutes, routeKey } from '../topology.js';
import { contract, type RouteContract } from './contract.js';
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from './examples.js';
import { ERROR_DESCRIPTIONS, gatewayMessageSchema, internalErrorSchema, PROBLEM_SCHEMAS, problemName } from './problems.js';
import * as s from './schemas.js';

const COMPONENTS = '#/components/schemas/';
const uri = (id: string) => `${COMPONENTS}${id}`;

/** Shapes that leave the server (io: output) and shapes that reach it (io: input), by component name. */
const outputs = z.registry<{ id: string }>();
const inputs = z.registry<{ id: string }>();

for (const [schema, id] of [
  [s.healthSchema, 'Health'],
  [policySchema, 'Policy'],
  [s.orderSchema, 'Order'],
  [s.sessionSchema, 'Session'],
  [s.customerOrderSchema, 'CustomerOrder'],
  [s.rmaSchema, 'Rma'],
  [s.rmaListSchema, 'RmaList'],
  [s.evidenceItemSchema, 'Evidence'],
  [s.evidenceUploadSchema, 'EvidenceUpload'],
  [s.opsRmaSchema, 'OpsRma'],
  [s.opsQueueSchema, 'RmaPage'],
  [s.opsSummarySchema, 'OpsSummary'],
  [s.returnsReportSchema, 'ReturnsReport'],
  [s.outboxMessageSchema, 'OutboxMessage'],
  [s.opsOutboxSchema, 'OutboxPage'],
  [s.outboxRetrySchema, 'OutboxRetry'],
  [s.webhookEndpointSchema, 'WebhookEndpoint'],
  [s.createdWebhookEndpointSchema, 'CreatedWebhookEndpoint'],
  [s.webhookEndpointListSchema, 'WebhookEndpointList'],
  [s.webhookSecretSchema, 'WebhookSecret'],
  [s.webhookTestSchema, 'WebhookTest'],
  [s.webhookDeliverySchema, 'WebhookDelivery'],
  [s.webhookDeliveriesSchema, 'WebhookDeliveryPage'],
  [s.deliveryRetrySchema, 'WebhookDeliveryRetry'],
  [internalErrorSchema, problemName('internal_error')],
  [gatewayMessageSchema, 'GatewayMessage'],
  ...Object.entries(PROBLEM_SCHEMAS).map(([code, schema]) => [schema, problemName(code as ErrorCode)] as const),
] as const) {
  outputs.add(schema, { id });
}
for (const [schema, id] of [
  [s.orderInputSchema, 'OrderInput'],
  [s.deliveryInputSchema, 'DeliveryInput'],
  [s.storefrontSessionInputSchema, 'StorefrontSessionRequest'],
  [s.sessionInputSchema, 'SignInRequest'],
  [s.createRmaSchema, 'RmaRequest'],
  [s.evidenceRequestSchema, 'EvidenceRequest'],
  [s.shipmentSchema, 'Shipment'],
  [s.inquirySchema, 'Inquiry'],
  [s.decisionSchema, 'Decision'],
  [s.receiptSchema, 'Receipt'],
  [s.inspectionSchema, 'Inspection'],
  [s.resolutionSchema, 'Resolution'],
  [s.webhookEndpointInputSchema, 'WebhookEndpointRequest'],
] as const) {
  inputs.add(schema, { id });
}

type Json = Record<string, unknown>;

/** Drops what a component or embedded schema must not carry, and points references at the components. */
function clean(json: Json): Json {
  const { $schema: _s, $id: _i, $defs: _d, ...rest } = JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${COMPONENTS}`)) as Json;
  return rest;
}

const options = (io: 'input' | 'output') => ({ target: 'draft-2020-12' as const, io, unrepresentable: 'any' as const, uri });

/** A schema as the document refers to it: its component if it is one, else inline with references to components. */
function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): Json {
  const registry = io === 'output' ? outputs : inputs;
  const named = registry.get(schema);
  if (named) return { $ref: uri(named.id) };
  return clean(z.toJSONSchema(schema, { ...options(io), metadata: registry }) as Json);
}

function components(): Json {
  const named = (registry: typeof outputs, io: 'input' | 'output') =>
    Object.fromEntries(Object.entries(z.toJSONSchema(registry, options(io)).schemas).map(([id, json]) => [id, clean(json as Json)]));
  return { ...named(outputs, 'output'), ...named(inputs, 'input') };
}

const AUTH_ERRORS: Record<AuthScheme, readonly ErrorCode[]> = {
  none: [],
  storefront: ['invalid_signature'],
  customer: ['unauthorized'],
  // The authorizer answers 401 itself (GatewayMessage); the function checks the group.
  ops: ['forbidden'],
};

const SECURITY: Record<AuthScheme, readonly Record<string, string[]>[]> = {
  none: [],
  storefront: [{ storefrontTimestamp: [], storefrontSignature: [] }],
  customer: [{ customerSession: [] }],
  ops: [{ opsJwt: [] }],
};

const TAGS: Record<Audience, string> = {
  storefront: "The shop's server: orders, deliveries, sessions for signed-in shoppers (HMAC-signed).",
  customer: 'The shopper: sign in, see what can be returned, open a return, upload evidence, follow it.',
  ops: 'Ops staff (Cognito JWT, group rma-ops): the queue, decisions, receipt, inspection, resolution, the outbox, webhook endpoints.',
  meta: 'Health, the policy in force, this document.',
};

const retryAfter = { 'retry-after': { description: 'seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } } };

/** Every code a route can answer, by status: its own, its auth's, and those every route of its kind can. */
function errorCodes(route: HttpRoute, entry: RouteContract): Map<number, ErrorCode[]> {
  const codes = new Set<ErrorCode>([...AUTH_ERRORS[route.auth], ...(entry.errors as ErrorCode[])]);
  if (entry.body || entry.query || entry.pathParams || entry.headers) codes.add('validation_failed');
  // Any request with a body is refused unless it is JSON, also where the route reads none.
  if (route.method !== 'GET') codes.add('unsupported_media_type');
  if (!entry.responses[503]) codes.add('unavailable');
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  return byStatus;
}

function problemContent(codes: readonly ErrorCode[]): Json {
  const refs = codes.map((code) => ({ $ref: uri(problemName(code)) }));
  const schema =
    refs.length === 1
      ? refs[0]
      : { oneOf: refs, discriminator: { propertyName: 'code', mapping: Object.fromEntries(codes.map((c) => [c, uri(problemName(c))])) } };
  return { 'application/problem+json': { schema } };
}

const exampleOf = (example: unknown) => (example === undefined ? {} : { example });

function operation(route: HttpRoute, entry: RouteContract): Json {
  const responses: Record<string, Json> = {};
  for (const [status, response] of Object.entries(entry.responses)) {
    responses[status] = {
      description: response.description,
      ...(Number(status) === 503 ? { headers: retryAfter } : {}),
      ...(response.schema
        ? { content: { 'application/json': { schema: schemaOf(response.schema, 'output'), ...exampleOf(RESPONSE_EXAMPLES.get(response.schema)) } } }
        : {}),
    };
  }
  for (const [status, codes] of errorCodes(route, entry)) {
    responses[String(status)] = {
      description: codes.map((code) => `\`${code}\`: ${ERROR_DESCRIPTIONS[code]}`).join(' '),
      ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
      content: problemContent(codes),
    };
  }
  if (route.auth === 'ops') {
    responses['401'] = {
      description: "The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body.",
      content: { 'application/json': { schema: { $ref: uri('GatewayMessage') } } },
    };
  }
  responses['500'] = {
    description: 'Something failed inside; nothing internal is said.',
    content: { 'application/problem+json': { schema: { $ref: uri(problemName('internal_error')) } } },
  };
  return {
    operationId: route.operationId,
    tags: [route.audience],
    summary: route.summary,
    ...(entry.description ? { description: entry.description } : {}),
    security: SECURITY[route.auth],
    parameters: [
      ...Object.entries(entry.pathParams ?? {}).map(([name, schema]) => ({ name, in: 'path', required: true, schema: schemaOf(schema, 'input') })),
      ...Object.entries(entry.query?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: false,
        schema: schemaOf(schema, 'input'),
      })),
      ...Object.entries(entry.headers ?? {}).map(([name, header]) => ({
        name,
        in: 'header',
        required: header.required,
        description: header.description,
        schema: schemaOf(header.schema, 'input'),
      })),
    ],
    ...(entry.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(entry.body, 'input'), ...exampleOf(REQUEST_EXAMPLES[routeKey(route)]) } },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of functionSpecs) {
    for (const route of httpRoutes(spec)) {
      const key = routeKey(route);
      const entry = contract[key];
      if (entry === undefined) throw new Error(`Route ${key} has no contract`);
      paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route, entry) };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'RMA API',
      version: '1.0.0',
      description: 'Returns for an electronics parts seller: the storefront reports orders, shoppers open returns with evidence, ops decide and refund.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        storefrontTimestamp: { type: 'apiKey', in: 'header', name: 'x-rma-timestamp', description: 'unix seconds, within 300 s of now' },
        storefrontSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'x-rma-signature',
          description: 'v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>',
        },
        customerSession: { type: 'http', scheme: 'bearer', description: 'a session token from POST /v1/sessions or POST /v1/storefront/sessions' },
        opsJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'a Cognito ID token with group rma-ops' },
      },
    },
  };
}
