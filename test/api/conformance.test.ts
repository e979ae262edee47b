/**
 * The served OpenAPI document is the server's truth (issue 11): every response the local stack
 * gives, to valid and invalid requests of every operation, must be one the document allows —
 * its status listed, its content type, its body valid against the schema (Ajv, JSON Schema
 * 2020-12, as OpenAPI 3.1 uses it). Valid requests come from the typed example client
 * (examples/return-flow.ts) and the operations it does not use; invalid ones from a sweep of
 * every route: no credentials, a malformed path parameter, an unknown body field, a body that
 * is not JSON.
 */
import { randomUUID } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReturnFlow } from '../../examples/return-flow.js';
import { LOCAL_STOREFRONT_SECRET } from '../../local/functions.js';
import { functionSpecs, type HttpRoute, httpRoutes } from '../../shared/topology.js';
import { call, drain, localNow, opsToken, type Reply, signedCall, stack, storefront } from '../support/client.js';
import { submittedRma } from '../support/evidence.js';
import { JPEG, PDF } from '../support/files.js';
import { startReceiver } from '../support/receiver.js';
import { openRma, rmaRequest, shopperWithOrder } from '../support/shopper.js';

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components: unknown };

const DOC_ID = 'https://rma.local/openapi.json';
let doc: Doc;
let ajv: Ajv2020;
/** ajv-formats is CommonJS: its default export is the plugin itself. */
const addFormats = ajvFormats as unknown as (ajv: Ajv2020) => void;
const findings: string[] = [];
let checked = 0;
/** Operations answered with a 2xx at least once (`GET /v1/rmas/{rmaId}`). */
const succeeded = new Set<string>();

/** Checks one response against the document: status listed, content type, body schema. */
function conforms(method: string, template: string, status: number, contentType: string | null, body: unknown): void {
  checked++;
  if (status < 300) succeeded.add(`${method.toUpperCase()} ${template}`);
  const where = `${method.toUpperCase()} ${template} → ${status}`;
  const response = doc.paths[template]?.[method.toLowerCase()]?.responses[String(status)];
  if (response === undefined) return void findings.push(`${where}: status not in the document`);
  if (response.content === undefined) {
    if (body !== undefined && body !== '') findings.push(`${where}: a body where the document has none`);
    return;
  }
  const type = (contentType ?? '').split(';')[0]!.trim();
  const media = response.content[type];
  if (media === undefined) return void findings.push(`${where}: content type ${type || '(none)'}, the document has ${Object.keys(response.content).join(', ')}`);
  const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', `"${DOC_ID}#/components/`));
  const validate = ajv.compile(schema);
  if (!validate(body)) findings.push(`${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body).slice(0, 300)}`);
}

function checkReply(route: Pick<HttpRoute, 'method' | 'path'>, reply: Reply): Reply {
  conforms(route.method, route.path, reply.status, reply.headers.get('content-type'), reply.body);
  return reply;
}

beforeAll(async () => {
  doc = (await call('GET', '/v1/openapi.json')).body;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: DOC_ID, components: doc.components });
});

const routes = functionSpecs.flatMap(httpRoutes);
const route = (operationId: string) => routes.find((r) => r.operationId === operationId)!;

describe('every response is one the OpenAPI document allows', () => {
  it('for a whole return made with the typed client generated from the document', async () => {
    const { rma } = await runReturnFlow({
      api: stack().urls.api,
      storefrontSecret: LOCAL_STOREFRONT_SECRET,
      photo: JPEG,
      testReport: PDF,
      observe: {
        async onResponse({ request, response, schemaPath }) {
          const text = await response.clone().text();
          conforms(request.method, schemaPath, response.status, response.headers.get('content-type'), text === '' ? undefined : JSON.parse(text));
        },
      },
    });
    expect(rma.status).toBe('resolved');
  });

  it('for the operations the example does not use', async () => {
    const ops = { authorization: `Bearer ${await opsToken()}` };
    for (const id of ['getHealth', 'getPolicy', 'getOpenApi']) checkReply(route(id), await call('GET', route(id).path));
    const shopper = await shopperWithOrder();
    const sessionRoute = route('createStorefrontSession');
    checkReply(sessionRoute, await storefront('POST', sessionRoute.path, { orderId: shopper.orderId }));
    const opened = checkReply(route('openRma'), await openRma(shopper, rmaRequest(shopper.orderId)));
    checkReply(route('listRmas'), await call('GET', '/v1/rmas', { headers: shopper.headers }));
    checkReply(route('getRma'), await call('GET', `/v1/rmas/${opened.body.rmaId}`, { headers: shopper.headers }));
    checkReply(route('submitRma'), await call('POST', `/v1/rmas/${opened.body.rmaId}/submit`, { headers: shopper.headers }));
    checkReply(route('cancelRma'), await call('POST', `/v1/rmas/${opened.body.rmaId}/cancel`, { headers: shopper.headers }));
    checkReply(route('cancelRma'), await call('POST', `/v1/rmas/${opened.body.rmaId}/cancel`, { headers: shopper.headers }));

    // A damaged item collected by the seller and refunded (a refund above what was paid refused first), then asked about.
    const damaged = await submittedRma('damaged_in_transit');
    const base = `/v1/ops/rmas/${damaged.rma.rmaId}`;
    checkReply(route('reportShipment'), await call('POST', `/v1/rmas/${damaged.rma.rmaId}/shipment`, { headers: damaged.shopper.headers, body: { carrier: 'SF', trackingNumber: 'SF1234567890' } }));
    checkReply(route('decideRma'), await call('POST', `${base}/decision`, { headers: ops, body: { decision: 'approve', returnMethod: 'collection', note: 'We collect.' } }));
    checkReply(route('recordCollection'), await call('POST', `${base}/collection`, { headers: ops, body: { carrier: 'SF', trackingNumber: 'SF9876543210' } }));
    checkReply(route('recordReceipt'), await call('POST', `${base}/receipt`, { headers: ops, body: {} }));
    checkReply(route('recordInspection'), await call('POST', `${base}/inspection`, { headers: ops, body: { result: 'pass', note: 'Bent pins.' } }));
    checkReply(route('resolveRma'), await call('POST', `${base}/resolution`, { headers: ops, body: { type: 'refund', amount: 100_000, currency: 'USD', reference: 'RF-X' } }));
    checkReply(route('resolveRma'), await call('POST', `${base}/resolution`, { headers: ops, body: { type: 'refund', amount: 299, currency: 'USD', reference: 'RF-X' } }));
    checkReply(route('askAboutRefund'), await call('POST', `/v1/rmas/${damaged.rma.rmaId}/inquiries`, { headers: damaged.shopper.headers, body: { message: 'Where is my refund?' } }));
    checkReply(route('resolveRma'), await call('POST', `${base}/resolution`, { headers: ops, body: { type: 'exchange', reference: 'EX-1', carrier: 'SF', trackingNumber: 'SF5555555555' } }));

    checkReply(route('getOpsSummary'), await call('GET', '/v1/ops/summary', { headers: ops }));
    const now = (await localNow()).getTime();
    const [monthAgo, today] = [now - 30 * 86_400_000, now + 86_400_000].map((t) => new Date(t).toISOString().slice(0, 10));
    checkReply(route('getReturnsReport'), await call('GET', `/v1/ops/reports/returns?from=${monthAgo}&to=${today}`, { headers: ops }));
    checkReply(route('exportOpsRmas'), await call('GET', `/v1/ops/reports/rmas?from=${monthAgo}&to=${today}&limit=3`, { headers: ops }));
    checkReply(route('exportOpsRmas'), await call('GET', `/v1/ops/reports/rmas?from=${today}&to=${monthAgo}`, { headers: ops }));
    checkReply(route('listOpsRmas'), await call('GET', '/v1/ops/rmas?status=resolved&limit=2', { headers: ops }));
    checkReply(route('listOpsRmas'), await call('GET', `/v1/ops/rmas?number=${damaged.rma.number}`, { headers: ops }));
    checkReply(route('getOpsRma'), await call('GET', base, { headers: ops }));
    checkReply(route('listOutbox'), await call('GET', '/v1/ops/outbox?status=pending', { headers: ops }));
    checkReply(route('retryOutboxMessage'), await call('POST', '/v1/ops/outbox/rma-01NOPE-email.0000000001-001/retry', { headers: ops }));
    // A message that failed for good (the Scheduler refuses its schedule name), retried by ops.
    const { OutboxStore, outboxItems } = await import('../../shared/adapters/outbox.js');
    const { createDocumentClient } = await import('../../shared/adapters/aws-clients.js');
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const { sdkOptions } = await import('../support/client.js');
    const ddb = createDocumentClient(sdkOptions(stack().urls.dynamodb));
    const dueAt = new Date((await localNow()).getTime() + 86_400_000).toISOString();
    const [refused] = outboxItems({ type: 'rma', id: damaged.rma.rmaId, version: 999 }, [
      { type: 'schedule', requests: [{ action: 'put', name: 'not a valid name!', event: { kind: 'rma.ship_due', rmaId: damaged.rma.rmaId, dueAt, generation: 99 } }] },
    ], await localNow());
    await ddb.send(new PutCommand({ TableName: stack().names.tableName, Item: refused }));
    await drain();
    expect((await new OutboxStore(ddb, stack().names.tableName).get(refused!.messageId))?.status).toBe('failed');
    checkReply(route('listOutbox'), await call('GET', '/v1/ops/outbox?status=failed', { headers: ops }));
    checkReply(route('retryOutboxMessage'), await call('POST', `/v1/ops/outbox/${refused!.messageId}/retry`, { headers: ops }));
    checkReply(route('signIn'), await call('POST', '/v1/sessions', { body: { orderNumber: `SO-NONE-${randomUUID()}`, email: 'nobody@example.com' } }));
    await drain();

    // Webhook endpoints, delivering to a real receiver.
    const shop = await startReceiver();
    try {
      const created = checkReply(route('createWebhookEndpoint'), await call('POST', '/v1/ops/webhook-endpoints', { headers: ops, body: { url: shop.url, description: 'ERP' } }));
      const endpoint = `/v1/ops/webhook-endpoints/${created.body.endpointId}`;
      checkReply(route('listWebhookEndpoints'), await call('GET', '/v1/ops/webhook-endpoints', { headers: ops }));
      checkReply(route('rotateWebhookSecret'), await call('POST', `${endpoint}/rotate-secret`, { headers: ops }));
      checkReply(route('testWebhookEndpoint'), await call('POST', `${endpoint}/test`, { headers: ops }));
      await drain();
      checkReply(route('listWebhookDeliveries'), await call('GET', `${endpoint}/deliveries?status=delivered`, { headers: ops }));
      checkReply(route('deleteWebhookEndpoint'), await call('DELETE', endpoint, { headers: ops }));
      // A delivery that failed for real (its endpoint was disabled), then the endpoint enabled and the delivery retried.
      const { WebhookEndpointStore } = await import('../../shared/adapters/webhook-endpoints.js');
      const at = await localNow();
      const disabledId = ulid();
      await new WebhookEndpointStore(ddb, stack().names.tableName).create({
        endpointId: disabledId, url: shop.url, events: null, description: null, status: 'disabled', createdAt: at.toISOString(), updatedAt: at.toISOString(),
        version: 1, secrets: [{ secret: created.body.secret, expiresAt: null }], failingSince: null, disabledAt: at.toISOString(),
      });
      const [delivery] = outboxItems({ type: 'endpoint', id: disabledId, version: 1 }, [{ type: 'webhook', endpointId: disabledId, eventId: ulid(), eventType: 'webhook.test', body: '{}' }], at);
      await ddb.send(new PutCommand({ TableName: stack().names.tableName, Item: delivery }));
      await drain();
      expect((await new OutboxStore(ddb, stack().names.tableName).get(delivery!.messageId))?.status).toBe('failed');
      checkReply(route('enableWebhookEndpoint'), await call('POST', `/v1/ops/webhook-endpoints/${disabledId}/enable`, { headers: ops }));
      checkReply(route('retryWebhookDelivery'), await call('POST', `/v1/ops/webhook-endpoints/${disabledId}/deliveries/${delivery!.messageId}/retry`, { headers: ops }));
      checkReply(route('deleteWebhookEndpoint'), await call('DELETE', `/v1/ops/webhook-endpoints/${disabledId}`, { headers: ops }));
    } finally {
      await shop.stop();
    }
  });

  it('for invalid requests to every operation: no credentials, a malformed path parameter, an unknown field, a body that is not JSON', async () => {
    const shopper = await shopperWithOrder();
    const ops = { authorization: `Bearer ${await opsToken()}` };
    const credentials = (r: HttpRoute) => (r.auth === 'customer' ? shopper.headers : r.auth === 'ops' ? ops : {});
    const send = (r: HttpRoute, path: string, raw: string | undefined, headers: Record<string, string> = {}) =>
      r.auth === 'storefront' && raw !== undefined
        ? signedCall(r.method, path, raw)
        : call(r.method, path, { ...(raw === undefined ? {} : { rawBody: raw }), headers: { ...credentials(r), ...headers } });
    const wellFormed = (r: HttpRoute) => r.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'orderId' ? shopper.orderId : name === 'messageId' ? 'rma-01NOPE-email.0000000001-001' : name === 'deliveryId' ? 'rma-01NOPE-webhook-01ARZ3NDEKTSV4RRFFQ69G5FAV.0000000001-001' : '01ARZ3NDEKTSV4RRFFQ69G5FAV'));
    const takesBody = (r: HttpRoute) => r.method !== 'GET';
    for (const r of routes) {
      if (r.auth !== 'none') checkReply(r, await call(r.method, wellFormed(r), takesBody(r) ? { body: {} } : {}));
      if (r.path.includes('{')) checkReply(r, await send(r, r.path.replace(/\{\w+\}/g, '!!bad!!'), takesBody(r) ? '{}' : undefined));
      if (takesBody(r)) {
        checkReply(r, await send(r, wellFormed(r), JSON.stringify({ surprise: true })));
        checkReply(r, await send(r, wellFormed(r), 'not json', { 'content-type': 'text/plain' }));
      }
      if (r.method === 'GET') checkReply(r, await send(r, `${wellFormed(r)}?surprise=1`, undefined));
    }
  });

  it('finds nothing the document does not allow, having seen every operation succeed', () => {
    expect(checked).toBeGreaterThan(100);
    expect(findings).toEqual([]);
    expect(routes.map((r) => `${r.method} ${r.path}`).filter((key) => !succeeded.has(key))).toEqual([]);
  });
});
