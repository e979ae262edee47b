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
      expect(body.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
    const put = body.paths['/v1/storefront/orders/{orderId}'].put;
    expect(put.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(put.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['orderNumber', 'customer', 'currency', 'invoicedAt', 'lines']),
    );
    expect(put.responses['401'].content['application/problem+json']).toBeDefined();
  });

  it('answers an unknown route as API Gateway does', async () => {
    const reply = await call('GET', '/v1/nothing-here');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ message: 'Not Found' });
  });
});
