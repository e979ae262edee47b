import { describe, expect, it } from 'vitest';
import { functionSpecs, httpRoutes } from '../../shared/topology.js';
import { call, opsToken, stack } from '../support/client.js';

describe('request bodies and paths', () => {
  it.each([
    ['text/plain', 'text/plain'],
    ['XML', 'application/xml'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['no content type', undefined],
  ])('refuses a body sent as %s with 415, before reading it', async (_, type) => {
    const response = await fetch(`${stack().urls.api}/v1/sessions`, {
      method: 'POST',
      headers: type === undefined ? {} : { 'content-type': type },
      body: type === undefined ? new Blob(['{"orderNumber":"SO-1","email":"a@b.c"}']) : '{"orderNumber":"SO-1","email":"a@b.c"}',
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'unsupported_media_type', allowed: ['application/json'] });
  });

  it('reads a JSON body with a charset parameter', async () => {
    const reply = await call('POST', '/v1/sessions', {
      rawBody: '{"orderNumber":"SO-NONE","email":"a@example.com"}',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(reply.body.code).toBe('order_not_found');
  });

  it('answers a path with a malformed percent-escape with 400 at its parameter, not 500', async () => {
    const headers = { authorization: `Bearer ${await opsToken()}` };
    const reply = await call('GET', '/v1/ops/rmas/%E0%A4%A', { headers });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'rmaId' }] });
  });
});

describe('CORS, as the deployed API and bucket answer the storefront origins', () => {
  const preflight = (url: string, origin: string, method: string, headers: string) =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });

  it('lets a page on another local origin call the API: preflight and answer', async () => {
    const origin = 'http://127.0.0.1:5173';
    const answer = await preflight(`${stack().urls.api}/v1/rmas`, origin, 'POST', 'authorization,content-type,idempotency-key');
    expect(answer.status).toBe(204);
    expect(Object.fromEntries(['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age'].map((h) => [h, answer.headers.get(h)]))).toEqual({
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET,POST,PUT,DELETE',
      'access-control-allow-headers': 'authorization,content-type,idempotency-key',
      'access-control-max-age': '3600',
    });
    const health = await fetch(`${stack().urls.api}/v1/health`, { headers: { origin: 'http://localhost:3000' } });
    expect(health.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(health.headers.get('access-control-expose-headers')).toBe('retry-after');
  });

  it('gives no CORS grant to another origin, nor for a header or method the API does not take', async () => {
    for (const [origin, method, headers] of [
      ['https://evil.example', 'POST', 'content-type'],
      ['http://127.0.0.1:5173', 'PATCH', 'content-type'],
      ['http://127.0.0.1:5173', 'POST', 'x-admin'],
    ]) {
      const answer = await preflight(`${stack().urls.api}/v1/rmas`, origin!, method!, headers!);
      expect(answer.headers.get('access-control-allow-origin'), `${origin} ${method} ${headers}`).toBeNull();
    }
    const health = await fetch(`${stack().urls.api}/v1/health`, { headers: { origin: 'https://evil.example' } });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the same page post an upload form to the bucket, and nothing else', async () => {
    const origin = 'http://localhost:5173';
    const bucket = `${stack().urls.s3}/${stack().names.bucketName}`;
    const post = await preflight(bucket, origin, 'POST', 'content-type');
    expect(post.status).toBe(204);
    expect(post.headers.get('access-control-allow-origin')).toBe(origin);
    expect((await preflight(bucket, origin, 'PUT', 'content-type')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(bucket, 'https://evil.example', 'POST', 'content-type')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('meta endpoints', () => {
  it('answers health without auth, with the table checked', async () => {
    const reply = await call('GET', '/v1/health');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json');
    expect(reply.body).toEqual({ status: 'ok', checks: { table: 'ok' } });
  });

  it('serves the policy in force with its version, windows, address and contacts', async () => {
    const { status, body } = await call('GET', '/v1/policy');
    expect(status).toBe(200);
    expect(body.version).toBe('2026-11-24');
    expect(body.timeZone).toBe('Asia/Shanghai');
    expect(body.reasons.damaged_in_transit.openUntil).toMatchObject({ anchor: 'deliveredAt', days: 14 });
    expect(body.returnAddress.lines.join(' ')).toContain('Hengyong Road');
    expect(body.contacts).toEqual({ sales: 'sales@mitkco.com', refunds: 'info@mitkco.com' });
  });

  it('publishes an OpenAPI 3.1 document with every route of the topology and its schemas', async () => {
    const { status, body } = await call('GET', '/v1/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const route of functionSpecs.flatMap(httpRoutes)) {
      const operation = body.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toMatchObject({ operationId: route.operationId, tags: [route.audience] });
    }
    const put = body.paths['/v1/storefront/orders/{orderId}'].put;
    expect(put.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/OrderInput' });
    const orderInput = body.components.schemas.OrderInput;
    expect(orderInput.additionalProperties).toBe(false);
    expect(orderInput.required).toEqual(expect.arrayContaining(['orderNumber', 'customer', 'currency', 'invoicedAt', 'lines']));
    expect(put.responses['401'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/InvalidSignatureProblem' });
  });

  it('declares what a generated client needs: the idempotency key, each code’s members, the gateway’s own 401', async () => {
    const { body } = await call('GET', '/v1/openapi.json');
    const open = body.paths['/v1/rmas'].post;
    expect(open.parameters).toContainEqual(expect.objectContaining({ name: 'idempotency-key', in: 'header', required: true }));
    const unprocessable = open.responses['422'].content['application/problem+json'].schema;
    expect(unprocessable.discriminator.propertyName).toBe('code');
    expect(Object.keys(unprocessable.discriminator.mapping)).toEqual(expect.arrayContaining(['window_closed', 'quantity_exceeds_returnable']));
    expect(body.components.schemas.EvidenceIncompleteProblem.required).toContain('missing');
    expect(body.components.schemas.WindowClosedProblem.properties.closesAt).toBeDefined();
    expect(body.paths['/v1/ops/summary'].get.responses['401'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/GatewayMessage' });
    expect(body.paths['/v1/ops/rmas'].get.parameters.find((p: { name: string }) => p.name === 'limit').schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(body.components.schemas.Shipment.properties.trackingNumber).toMatchObject({ minLength: 5, maxLength: 40, pattern: '^[A-Za-z0-9-]+$' });
  });

  it('answers an unknown route as API Gateway does', async () => {
    const reply = await call('GET', '/v1/nothing-here');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ message: 'Not Found' });
  });
});
