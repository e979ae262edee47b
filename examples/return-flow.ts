/**
 * A whole return through the RMA API as a storefront developer writes it: types generated from
 * the served OpenAPI document (`api.d.ts`, `npm run examples:generate`) and calls through
 * openapi-fetch. The shop's server reports an order and its delivery (HMAC-signed), the shopper
 * signs in, opens a return and uploads a photo and a test report straight to S3, ops approve,
 * the shopper ships, ops receive, inspect and refund.
 *
 * Runs against the local stack (`npm start`): `npx tsx examples/return-flow.ts`. Two local-only
 * endpoints stand in for what time and AWS do there: `/_local/clock` (the storefront signs with
 * the local clock), `/_local/drain` (the evidence verifier runs) and `/_local/tokens/ops` (Cognito).
 */
import { createHmac, randomUUID } from 'node:crypto';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api.js';

export type Rma = components['schemas']['Rma'];

export interface FlowOptions {
  /** The API's base URL, e.g. http://127.0.0.1:4000. */
  readonly api: string;
  readonly storefrontSecret: string;
  /** Files the shopper uploads. */
  readonly photo: Uint8Array;
  readonly testReport: Uint8Array;
  /** Sees every request and response (e.g. to check them against the document). */
  readonly observe?: Middleware;
}

/** Fails with the problem the API answered, so a refusal reads as what it says. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new Error(`${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data;
}

export async function runReturnFlow(options: FlowOptions): Promise<{ rma: Rma; steps: string[] }> {
  const { api } = options;
  const steps: string[] = [];
  const local = async (path: string, body?: unknown) =>
    (await fetch(api + path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();

  // The shop's server signs each call: HMAC-SHA256 over "<timestamp>.<raw body>" (api.md, "Auth").
  const signing: Middleware = {
    async onRequest({ request }) {
      const raw = await request.clone().text();
      const { now } = (await local('/_local/clock')) as { now: string };
      const timestamp = String(Math.floor(Date.parse(now) / 1000));
      request.headers.set('x-rma-timestamp', timestamp);
      request.headers.set('x-rma-signature', `v1=${createHmac('sha256', options.storefrontSecret).update(`${timestamp}.${raw}`).digest('hex')}`);
      return request;
    },
  };
  const client = (middleware: Middleware[] = []) => {
    const c = createClient<paths>({ baseUrl: api });
    for (const m of [...middleware, ...(options.observe ? [options.observe] : [])]) c.use(m);
    return c;
  };
  const shop = client([signing]);

  // The storefront: an order, then its delivery.
  const orderId = `ex-${randomUUID().slice(0, 8)}`;
  const { now } = (await local('/_local/clock')) as { now: string };
  const day = 86_400_000;
  const order = ok(
    await shop.PUT('/v1/storefront/orders/{orderId}', {
      params: { path: { orderId } },
      body: {
        orderNumber: `SO-${orderId}`,
        customer: { email: 'grace@example.com', name: 'Grace Hopper' },
        currency: 'USD',
        invoicedAt: new Date(Date.parse(now) - 3 * day).toISOString(),
        lines: [{ lineId: 'L1', sku: 'STM32F103C8T6', name: 'MCU STM32F103', quantity: 2, unitPrice: 299 }],
      },
    }),
  );
  ok(await shop.POST('/v1/storefront/orders/{orderId}/delivery', { params: { path: { orderId } }, body: { deliveredAt: new Date(Date.parse(now) - day).toISOString() } }));
  steps.push(`storefront: order ${order.orderNumber} delivered`);

  // The shopper signs in with order number and email, and sees what can be returned.
  const session = ok(await client().POST('/v1/sessions', { body: { orderNumber: order.orderNumber, email: 'grace@example.com' } }));
  const shopper = client([{ onRequest: ({ request }) => (request.headers.set('authorization', `Bearer ${session.token}`), request) }]);
  const own = ok(await shopper.GET('/v1/orders/{orderId}', { params: { path: { orderId } } }));
  const faulty = own.lines[0]!.reasons.faulty;
  if (!faulty.eligible) throw new Error(`faulty returns are closed: ${faulty.code}`);

  const opened = ok(
    await shopper.POST('/v1/rmas', {
      params: { header: { 'idempotency-key': randomUUID() } },
      body: { orderId, reason: 'faulty', lines: [{ lineId: 'L1', quantity: 1 }], explanation: 'Does not enumerate over USB on two hosts.', preferredResolution: 'refund' },
    }),
  );
  steps.push(`shopper: opened ${opened.number}`);

  for (const [kind, contentType, bytes] of [
    ['photo', 'image/jpeg', options.photo],
    ['test_report', 'application/pdf', options.testReport],
  ] as const) {
    const slot = ok(
      await shopper.POST('/v1/rmas/{rmaId}/evidence', {
        params: { path: { rmaId: opened.rmaId } },
        body: { kind, contentType, fileName: `${kind}.bin`, size: bytes.length },
      }),
    );
    const form = new FormData();
    for (const [name, value] of Object.entries(slot.upload.fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }));
    const uploaded = await fetch(slot.upload.url, { method: 'POST', body: form });
    if (uploaded.status !== 204) throw new Error(`upload of the ${kind} refused: ${uploaded.status}`);
  }
  await local('/_local/drain', {});
  const submitted = await shopper.POST('/v1/rmas/{rmaId}/submit', { params: { path: { rmaId: opened.rmaId } } });
  if (submitted.error?.code === 'evidence_incomplete') throw new Error(`still missing: ${submitted.error.missing.join('; ')}`);
  steps.push(`shopper: submitted with ${ok(submitted).evidence.length} verified files`);

  // Ops: approve (the customer ships), receive, inspect, refund what was paid.
  const { token } = (await local('/_local/tokens/ops', { sub: 'ops-example', email: 'ops@example.com' })) as { token: string };
  const ops = client([{ onRequest: ({ request }) => (request.headers.set('authorization', `Bearer ${token}`), request) }]);
  const rmaPath = { params: { path: { rmaId: opened.rmaId } } };
  ok(await ops.POST('/v1/ops/rmas/{rmaId}/decision', { ...rmaPath, body: { decision: 'approve', returnMethod: 'ship', note: 'Send it back.' } }));
  ok(await shopper.POST('/v1/rmas/{rmaId}/shipment', { ...rmaPath, body: { carrier: 'SF Express', trackingNumber: 'SF1234567890' } }));
  ok(await ops.POST('/v1/ops/rmas/{rmaId}/receipt', { ...rmaPath, body: { note: 'One board, bagged.' } }));
  ok(await ops.POST('/v1/ops/rmas/{rmaId}/inspection', { ...rmaPath, body: { result: 'pass', note: 'USB dead.' } }));
  const detail = ok(await ops.GET('/v1/ops/rmas/{rmaId}', { params: { path: { rmaId: opened.number } } }));
  const resolved = ok(
    await ops.POST('/v1/ops/rmas/{rmaId}/resolution', {
      ...rmaPath,
      body: { type: 'refund', amount: detail.maxRefund.amount, currency: 'USD', reference: `RF-${opened.number}` },
    }),
  );
  steps.push(`ops: ${resolved.number} ${resolved.status}, refunded ${resolved.resolution?.type === 'refund' ? resolved.resolution.amount : 0}`);
  return { rma: resolved, steps };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { JPEG, PDF } = await import('../local/sample-files.js');
  const { rma, steps } = await runReturnFlow({
    api: process.env.RMA_API_URL ?? 'http://127.0.0.1:4000',
    storefrontSecret: process.env.RMA_STOREFRONT_SECRET ?? 'local-storefront-secret',
    photo: JPEG,
    testReport: PDF,
  });
  console.log([...steps, `${rma.number}: ${rma.status}`].join('\n'));
}
