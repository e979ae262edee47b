/**
 * Signed webhooks and the event bus (events.md, issue 12), over HTTP against the local stack,
 * delivering to real HTTP receivers started here. Every delivery is verified with the
 * `standardwebhooks` library a shop would use. Faults are real: a receiver that is stopped, that
 * answers 5xx, holds the request past 10 s, or redirects; days pass on the local clock.
 */
import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { keys, TABLE } from '../../shared/adapters/keys.js';
import { advanceClock, call, drain, sdkOptions, stack } from '../support/client.js';
import { sentMail, templateOf } from '../support/mail.js';
import { type Receiver, startReceiver } from '../support/receiver.js';
import { asOps, WHOLE_RETURN_EVENTS, wholeReturn } from '../support/returns.js';
import { openRma, rmaRequest, shopperWithOrder } from '../support/shopper.js';

interface Registered {
  endpointId: string;
  secret: string;
}

async function register(url: string, extra: Record<string, unknown> = {}): Promise<Registered> {
  const reply = await asOps('POST', '/v1/ops/webhook-endpoints', { url, ...extra });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

async function deliveries(endpointId: string, query = ''): Promise<any[]> {
  const reply = await asOps('GET', `/v1/ops/webhook-endpoints/${endpointId}/deliveries?limit=100${query}`);
  expect(reply.status).toBe(200);
  return reply.body.items;
}

/** The events a receiver took for one RMA, in arrival order, each verified. */
const eventsOf = (receiver: Receiver, secret: string, rmaId: string) => receiver.accepted(secret).filter((e) => e.data.rma?.rmaId === rmaId);

/** A new RMA (one `rma.opened` event). */
async function openedRma(): Promise<string> {
  const shopper = await shopperWithOrder();
  const opened = await openRma(shopper, rmaRequest(shopper.orderId, { reason: 'other', explanation: 'Ordered the wrong size.' }));
  expect(opened.status).toBe(201);
  return opened.body.rmaId;
}

const receivers: Receiver[] = [];
async function receiver(): Promise<Receiver> {
  const started = await startReceiver();
  receivers.push(started);
  return started;
}

beforeEach(async () => {
  await drain();
});

afterEach(async () => {
  // Endpoints are the shop's, shared by the whole stack: leave none behind for other files.
  for (const endpoint of (await asOps('GET', '/v1/ops/webhook-endpoints')).body.items) {
    await asOps('DELETE', `/v1/ops/webhook-endpoints/${endpoint.endpointId}`);
  }
  for (const r of receivers.splice(0)) await r.stop();
});

describe('registering an endpoint', () => {
  it('answers its secret once: whsec_ and 32 random bytes; the list never shows it', async () => {
    const shop = await receiver();
    const created = await asOps('POST', '/v1/ops/webhook-endpoints', { url: shop.url, events: ['rma.approved'], description: 'ERP' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: shop.url, events: ['rma.approved'], description: 'ERP', status: 'enabled' });
    expect(Buffer.from(created.body.secret.replace(/^whsec_/, ''), 'base64')).toHaveLength(32);
    const listed = await asOps('GET', '/v1/ops/webhook-endpoints');
    const mine = listed.body.items.find((e: { endpointId: string }) => e.endpointId === created.body.endpointId);
    expect(mine).toEqual({ ...created.body, secret: undefined, failingSince: null, disabledAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
  });

  it.each([
    ['a private address', 'https://10.0.0.7/hooks'],
    ['another private range', 'https://192.168.1.20/hooks'],
    ['the instance metadata service', 'http://169.254.169.254/latest/meta-data/'],
    ['the metadata service over https', 'https://169.254.169.254/'],
    ['IPv6 loopback', 'https://[::1]:8443/hooks'],
    ['AWS metadata over IPv6', 'https://[fd00:ec2::254]/'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hooks'],
    ['carrier-grade NAT', 'https://100.64.1.1/hooks'],
    ['unspecified', 'https://0.0.0.0/hooks'],
    ['plain http to a public host', 'http://93.184.215.14/hooks'],
    ['http to loopback by another name', 'http://127.0.0.2:8080/hooks'],
    ['credentials in the URL', 'https://user:pass@93.184.215.14/hooks'],
    ['not a URL', 'hooks.example.com'],
    ['another scheme', 'ftp://93.184.215.14/hooks'],
  ])('refuses %s (%s): 400 at url, and nothing is registered', async (_, url) => {
    const before = (await asOps('GET', '/v1/ops/webhook-endpoints')).body.items.length;
    const reply = await asOps('POST', '/v1/ops/webhook-endpoints', { url });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'url' }] });
    expect((await asOps('GET', '/v1/ops/webhook-endpoints')).body.items).toHaveLength(before);
  });

  it('refuses an unknown event type, a repeated one, and unknown fields', async () => {
    for (const body of [
      { url: 'https://93.184.215.14/h', events: ['rma.exploded'] },
      { url: 'https://93.184.215.14/h', events: ['rma.opened', 'rma.opened'] },
      { url: 'https://93.184.215.14/h', secret: 'mine' },
    ]) {
      const reply = await asOps('POST', '/v1/ops/webhook-endpoints', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('one event per change, signed, in version order, and on the bus', () => {
  it('tells a whole return to the endpoint and the bus: same ids, same order, every delivery verified', async () => {
    const shop = await receiver();
    const { endpointId, secret } = await register(shop.url);
    const { rmaId } = await wholeReturn();
    await drain();
    const told = eventsOf(shop, secret, rmaId);
    expect(told.map((e) => e.type)).toEqual(WHOLE_RETURN_EVENTS);
    const versions = told.map((e) => e.data.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(new Set(told.map((e) => e.id)).size).toBe(told.length);
    for (const event of told) expect(event.data.eventId).toBe(event.id);
    // data.rma is the customer view at that version: what GET /v1/rmas/{rmaId} answered then.
    const resolved = told.at(-1)!;
    expect(resolved.data).toMatchObject({ orderId: resolved.data.rma.orderId, resolution: { type: 'refund', amount: 299 } });
    expect(resolved.data.rma).toMatchObject({ rmaId, status: 'resolved' });
    expect(resolved.data.rma.timeline.every((t: Record<string, unknown>) => !('actorId' in t))).toBe(true);
    expect(told.find((e) => e.type === 'rma.approved')!.data.returnInstructions).toMatchObject({ method: 'ship' });
    expect(told.filter((e) => e.type === 'rma.evidence_verified').every((e) => typeof e.data.evidenceId === 'string')).toBe(true);

    const bus = (await call('GET', '/_local/events')).body.items.filter((e: any) => e.detail.rma.rmaId === rmaId);
    expect(bus.map((e: any) => [e.source, e.detailType, e.detail.eventId])).toEqual(told.map((e) => ['rma', e.type, e.id]));
    expect(bus[0].eventBusName).toBe('rma-local-rma-events');

    const log = await deliveries(endpointId);
    expect(log.filter((d) => d.rmaId === rmaId).map((d) => d.status)).toEqual(WHOLE_RETURN_EVENTS.map(() => 'delivered'));
    expect(log[0]).toMatchObject({ attempts: 1, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
  });

  it('ordering under a burst: four returns at once, a slow receiver; each RMA’s events arrive in version order, once', { timeout: 60_000 }, async () => {
    const shop = await receiver();
    const { secret } = await register(shop.url);
    // A receiver that works a little before it answers, so the stream's fast path and each RMA's chain overlap.
    shop.answer = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return { status: 200 };
    };
    const rmas = await Promise.all([wholeReturn(), wholeReturn(), wholeReturn(), wholeReturn()]);
    await drain();
    const ids = shop.accepted(secret).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { rmaId } of rmas) {
      const told = eventsOf(shop, secret, rmaId);
      expect(told.map((e) => e.type)).toEqual(WHOLE_RETURN_EVENTS);
      expect(told.map((e) => e.data.version)).toEqual([...told.map((e) => e.data.version)].sort((a, b) => a - b));
    }
  });

  it('sends an endpoint only the types it subscribed to', async () => {
    const shop = await receiver();
    const { secret } = await register(shop.url, { events: ['rma.approved', 'rma.resolved'] });
    const { rmaId } = await wholeReturn();
    await drain();
    expect(eventsOf(shop, secret, rmaId).map((e) => e.type)).toEqual(['rma.approved', 'rma.resolved']);
  });

  it('measures the time from a change to its delivery (stream fast path, no drain)', async () => {
    const shop = await receiver();
    const { secret } = await register(shop.url);
    const arrived = shop.next().then(() => performance.now());
    const changed = performance.now();
    const rmaId = await openedRma();
    const latencyMs = (await arrived) - changed;
    console.info(`webhook latency, change → receiver (local stack, background pollers): ${latencyMs.toFixed(0)} ms`);
    expect(eventsOf(shop, secret, rmaId).map((e) => e.type)).toEqual(['rma.opened']);
  });
});

describe('receivers that fail', () => {
  it('down for a simulated day (connection refused): every event arrives once it is back, in order; none lost, none doubled', { timeout: 120_000 }, async () => {
    const shop = await receiver();
    // The events of a whole return only: other files' RMAs expire or breach SLAs during this day.
    const { endpointId, secret } = await register(shop.url, { events: [...new Set(WHOLE_RETURN_EVENTS)] });
    await shop.stop();
    const rmas = [await wholeReturn(), await wholeReturn(), await wholeReturn()];
    for (let hour = 0; hour < 24; hour++) await advanceClock(3600);
    const waiting = await deliveries(endpointId, '&status=pending');
    expect(waiting.length).toBe(rmas.length * WHOLE_RETURN_EVENTS.length);
    // Per RMA only its oldest event is tried (and retried); the later ones wait behind it, in order.
    const tried = waiting.filter((d) => d.attempts > 0);
    expect(tried.map((d) => d.type)).toEqual(rmas.map(() => 'rma.opened'));
    expect(tried.every((d) => d.attempts >= 6 && d.lastError.includes('ECONNREFUSED') && d.lastStatusCode === null)).toBe(true);
    await shop.start();
    // The longest wait between attempts is 10 h.
    for (let hour = 0; hour < 10; hour++) await advanceClock(3600);
    const ids = shop.accepted(secret).map((e) => e.id);
    let lost = 0;
    let doubled = ids.length - new Set(ids).size;
    for (const { rmaId } of rmas) {
      const told = eventsOf(shop, secret, rmaId);
      lost += WHOLE_RETURN_EVENTS.length - told.length;
      expect(told.map((e) => e.type)).toEqual(WHOLE_RETURN_EVENTS);
    }
    console.info(`receiver down for a day: ${rmas.length * WHOLE_RETURN_EVENTS.length} events, lost ${lost}, doubled ${doubled}`);
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(await deliveries(endpointId, '&status=pending')).toEqual([]);
  });

  it('5xx then 2xx: the same webhook-id and body come again, and a receiver that dedupes by webhook-id applies it once', async () => {
    const shop = await receiver();
    const { endpointId, secret } = await register(shop.url);
    const applied = new Map<string, string>();
    let refusals = 0;
    shop.answer = ({ headers, body }) => {
      const id = String(headers['webhook-id']);
      if (!applied.has(id)) applied.set(id, body); // the receiver did its work, then failed to answer 2xx
      if (refusals++ === 0) return { status: 500 };
      return { status: 200 };
    };
    const rmaId = await openedRma();
    await drain();
    expect(shop.received).toHaveLength(1);
    await advanceClock(60);
    expect(shop.received).toHaveLength(2);
    const [first, second] = shop.received;
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.body).toBe(first!.body);
    expect(applied.size).toBe(1);
    expect(eventsOf(shop, secret, rmaId)).toHaveLength(1);
    const [delivery] = await deliveries(endpointId);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });
  });

  it('holds the request past 10 s: a failed attempt, retried; the receiver then takes it', { timeout: 60_000 }, async () => {
    const shop = await receiver();
    const { endpointId, secret } = await register(shop.url);
    let calls = 0;
    shop.answer = () => (calls++ === 0 ? 'hang' : { status: 202 });
    const rmaId = await openedRma();
    await drain();
    const [timedOut] = await deliveries(endpointId);
    expect(timedOut).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect(timedOut.lastError).toContain('no answer within 10 s');
    await advanceClock(60);
    expect(eventsOf(shop, secret, rmaId)).toHaveLength(1);
    expect((await deliveries(endpointId))[0]).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 202 });
  });

  it('answers with a redirect: not followed, a failed attempt', async () => {
    const shop = await receiver();
    const elsewhere = await receiver();
    const { endpointId } = await register(shop.url);
    shop.answer = () => ({ status: 302, location: elsewhere.url });
    await openedRma();
    await drain();
    expect(shop.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
    const [delivery] = await deliveries(endpointId);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 302 });
    expect(delivery.lastError).toContain('not followed');
  });

  it('keeps failing for about a day: failed (8 attempts), counted, listed; one manual retry delivers it once', { timeout: 60_000 }, async () => {
    const shop = await receiver();
    // Only the event this test causes: other files' RMAs expire or breach SLAs during these 30 hours.
    const { endpointId, secret } = await register(shop.url, { events: ['rma.opened'] });
    shop.answer = () => ({ status: 503 });
    const rmaId = await openedRma();
    for (let hour = 0; hour < 30; hour++) await advanceClock(3600);
    const [failed] = await deliveries(endpointId, '&status=failed');
    expect(failed).toMatchObject({ rmaId, type: 'rma.opened', status: 'failed', attempts: 8, lastStatusCode: 503, nextAttemptAt: null });
    const metrics = (await call('GET', '/_local/metrics')).body.published as { name: string; properties: { messageId?: string } }[];
    expect(metrics.filter((m) => m.name === 'WebhookDeliveryFailed' && m.properties.messageId === failed.deliveryId)).toHaveLength(1);
    // A webhook failure is not one of the backend's own effects: ops' outbox list stays clean.
    expect((await asOps('GET', '/v1/ops/outbox?status=failed&limit=100')).body.items.map((m: { messageId: string }) => m.messageId)).not.toContain(failed.deliveryId);

    shop.answer = () => ({ status: 200 });
    const retry = await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/deliveries/${failed.deliveryId}/retry`);
    expect(retry.status).toBe(202);
    expect((await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/deliveries/${failed.deliveryId}/retry`)).status).toBe(409);
    await advanceClock(60);
    expect(eventsOf(shop, secret, rmaId).map((e) => e.type)).toEqual(['rma.opened']);
    expect((await deliveries(endpointId))[0]).toMatchObject({ status: 'delivered', attempts: 9, lastStatusCode: 200 });
  });

  it('failing for 3 days: the endpoint is disabled, ops are emailed, and it can be enabled again', { timeout: 90_000 }, async () => {
    const shop = await receiver();
    // Only the events this test causes: the timers of other files' RMAs fire during these 72 hours,
    // and one of their events failing at the 72nd hour would disable the endpoint before the test looks.
    const { endpointId } = await register(shop.url, { events: ['rma.opened'] });
    shop.answer = () => ({ status: 500 });
    expect((await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/test`)).status).toBe(202);
    await drain();
    for (let hour = 0; hour < 72; hour++) await advanceClock(3600);
    expect((await asOps('GET', '/v1/ops/webhook-endpoints')).body.items[0]).toMatchObject({ status: 'enabled', disabledAt: null });
    await openedRma(); // its first attempt fails 3 days after the first failure
    await drain();
    const [endpoint] = (await asOps('GET', '/v1/ops/webhook-endpoints')).body.items;
    expect(endpoint).toMatchObject({ endpointId, status: 'disabled' });
    expect(endpoint.disabledAt).not.toBeNull();
    const notice = (await sentMail()).filter((m) => templateOf(m) === 'ops_webhook_endpoint_disabled' && m.body.text?.includes(endpointId));
    expect(notice).toHaveLength(1);
    expect(notice[0]!.destination.to).toEqual(['sales@mitkco.com']);
    // Disabled: no new deliveries, and a test is refused until it is enabled.
    const received = shop.received.length;
    await openedRma();
    await drain();
    expect(shop.received).toHaveLength(received);
    expect((await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/test`)).status).toBe(409);
    const enabled = await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/enable`);
    expect(enabled.body).toMatchObject({ status: 'enabled', failingSince: null, disabledAt: null });
    shop.answer = () => ({ status: 204 });
    expect((await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/test`)).status).toBe(202);
    await drain();
    expect(shop.received.at(-1)!.status).toBe(204);
  });
});

describe('which endpoint wants which event (the routes item read with the order)', () => {
  const ddb = () => createDocumentClient(sdkOptions(stack().urls.dynamodb));
  const routes = async () =>
    ((await ddb().send(new GetCommand({ TableName: stack().names.tableName, Key: keys.webhookRoutes, ConsistentRead: true }))).Item?.routes ?? null) as
      | { endpointId: string; status: string; events: string[] | null }[]
      | null;

  it('follows every change of the endpoints, also endpoints registered at the same moment (none lost)', async () => {
    const target = await receiver();
    const many = await Promise.all(Array.from({ length: 5 }, (_, i) => register(target.url, i % 2 === 0 ? { events: ['rma.opened'] } : {})));
    expect((await routes())!.map((r) => r.endpointId).sort()).toEqual(many.map((e) => e.endpointId).sort());
    const [first, second] = many as [Registered, Registered];
    expect((await routes())!.find((r) => r.endpointId === first.endpointId)).toEqual({ endpointId: first.endpointId, status: 'enabled', events: ['rma.opened'] });
    expect((await routes())!.find((r) => r.endpointId === second.endpointId)).toEqual({ endpointId: second.endpointId, status: 'enabled', events: null });
    // Deleted at the same moment as one is registered: neither change is lost.
    const [deleted, third] = await Promise.all([asOps('DELETE', `/v1/ops/webhook-endpoints/${second.endpointId}`), register(target.url)]);
    expect(deleted.status).toBe(204);
    const after = (await routes())!.map((r) => r.endpointId);
    expect(after).not.toContain(second.endpointId);
    expect(after).toContain(third.endpointId);
    expect(after).toHaveLength(5);
    // (Disabling, after 3 days of failures, is followed too: "failing for 3 days" above sends a disabled endpoint nothing.)
  });

  it('endpoints registered before the routes item existed still hear every change, which writes the item for the next', async () => {
    const target = await receiver();
    const old = await register(target.url);
    // As a table upgraded from a version without the routes item.
    await ddb().send(new DeleteCommand({ TableName: stack().names.tableName, Key: keys.webhookRoutes }));
    const rmaId = await openedRma();
    await drain();
    expect(eventsOf(target, old.secret, rmaId).map((e) => e.type)).toEqual(['rma.opened']);
    expect(await routes()).toEqual([{ endpointId: old.endpointId, status: 'enabled', events: null }]);
    const other = await receiver();
    const added = await register(other.url);
    expect((await routes())!.map((r) => r.endpointId).sort()).toEqual([old.endpointId, added.endpointId].sort());
    const next = await openedRma();
    await drain();
    expect(eventsOf(target, old.secret, next).map((e) => e.type)).toEqual(['rma.opened']);
    expect(eventsOf(other, added.secret, next).map((e) => e.type)).toEqual(['rma.opened']);
  });
});

describe('secrets and endpoints', () => {
  it('rotation: for 24 h every delivery verifies with the new and the old secret, then with the new one only', async () => {
    const shop = await receiver();
    const { endpointId, secret: old } = await register(shop.url);
    const rotated = await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const { secret: fresh } = rotated.body;
    expect(fresh).not.toBe(old);
    const test = await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/test`);
    expect(test.status).toBe(202);
    await drain();
    expect((await deliveries(endpointId)).find((d) => d.deliveryId === test.body.deliveryId)).toMatchObject({ eventId: test.body.eventId, type: 'webhook.test', status: 'delivered' });
    const during = shop.received.at(-1)!;
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [fresh, old]) {
      expect(new Webhook(secret).verify(during.body, during.headers as Record<string, string>)).toMatchObject({ type: 'webhook.test', data: { eventId: test.body.eventId, endpointId } });
    }
    await advanceClock(24 * 3600 + 60);
    await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/test`);
    await drain();
    const after = shop.received.at(-1)!;
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(() => new Webhook(fresh).verify(after.body, after.headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook(old).verify(after.body, after.headers as Record<string, string>)).toThrow();
  });

  it('deleting an endpoint drops what is still pending to it: nothing arrives when its receiver comes back', async () => {
    const shop = await receiver();
    const { endpointId } = await register(shop.url);
    await shop.stop();
    await openedRma();
    await openedRma();
    await drain();
    expect(await deliveries(endpointId, '&status=pending')).toHaveLength(2);
    const deleted = await asOps('DELETE', `/v1/ops/webhook-endpoints/${endpointId}`);
    expect(deleted.status).toBe(204);
    expect((await asOps('GET', `/v1/ops/webhook-endpoints/${endpointId}/deliveries`)).status).toBe(404);
    expect((await asOps('DELETE', `/v1/ops/webhook-endpoints/${endpointId}`)).status).toBe(404);
    const ddb = createDocumentClient(sdkOptions(stack().urls.dynamodb));
    const { Items = [] } = await ddb.send(
      new QueryCommand({
        TableName: stack().names.tableName,
        IndexName: TABLE.byWebhookEndpoint.name,
        KeyConditionExpression: 'gsi5pk = :pk',
        ExpressionAttributeValues: { ':pk': `WEBHOOK#${endpointId}` },
      }),
    );
    expect(Items.filter((i) => i.status === 'pending')).toEqual([]);
    await shop.start();
    for (let hour = 0; hour < 12; hour++) await advanceClock(3600);
    expect(shop.received).toEqual([]);
  });

  it('unknown endpoints and deliveries answer 404; a malformed id 400', async () => {
    expect((await asOps('POST', '/v1/ops/webhook-endpoints/01JD4ZK7P9Q1R3S5T7V9W1X3Y5/rotate-secret')).status).toBe(404);
    expect((await asOps('POST', '/v1/ops/webhook-endpoints/not-an-id/test')).status).toBe(400);
    const shop = await receiver();
    const { endpointId } = await register(shop.url);
    expect((await asOps('POST', `/v1/ops/webhook-endpoints/${endpointId}/deliveries/rma-01JD3YQ4X5R8T2N6M9P0K7A1BC-webhook-${endpointId}.0000000001-001/retry`)).status).toBe(404);
    expect((await asOps('GET', `/v1/ops/webhook-endpoints/${endpointId}/deliveries?status=lost`)).status).toBe(400);
  });
});
