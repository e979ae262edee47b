import { createHmac, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { advanceClock, call, callFrom, localNow, storefront } from '../support/client.js';
import { newOrderId, orderBody } from '../support/fixtures.js';

async function deliveredOrder(overrides: Record<string, unknown> = {}) {
  const orderId = newOrderId();
  const now = (await localNow()).getTime();
  // Dated by the local clock, which other files move by weeks: the suite must not age.
  const body = orderBody({ invoicedAt: new Date(now - 3 * 86_400_000).toISOString(), ...overrides });
  await storefront('PUT', `/v1/storefront/orders/${orderId}`, body);
  const deliveredAt = new Date(now - 3_600_000).toISOString();
  await storefront('POST', `/v1/storefront/orders/${orderId}/delivery`, { deliveredAt });
  return { orderId, orderNumber: body.orderNumber as string, email: body.customer.email, deliveredAt };
}

const signIn = (orderNumber: string, email: string) => call('POST', '/v1/sessions', { body: { orderNumber, email } });
const getOrder = (orderId: string, token?: string) =>
  call('GET', `/v1/orders/${orderId}`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

describe('POST /v1/sessions', () => {
  it('signs in with order number and email, ignoring case and spaces, for 24 hours', async () => {
    const { orderId, orderNumber } = await deliveredOrder();
    const now = await localNow();
    const reply = await signIn(`  ${orderNumber.toLowerCase()} `, ' ADA@example.COM');
    expect(reply.status).toBe(201);
    expect(reply.body.orderId).toBe(orderId);
    // Signed, not stored: the order, when it was issued and when it ends, and an HMAC-SHA256 over them.
    expect(reply.body.token).toMatch(/^[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(reply.body.expiresAt) - now.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24.01);
  });

  it('answers an unknown order and a wrong email with the same 404', async () => {
    const { orderNumber } = await deliveredOrder();
    const wrongEmail = await signIn(orderNumber, 'mallory@example.com');
    const unknown = await signIn('SO-NOSUCH', 'ada@example.com');
    expect(wrongEmail.status).toBe(404);
    expect(wrongEmail.body).toEqual(unknown.body);
    expect(wrongEmail.body.code).toBe('order_not_found');
  });

  it('refuses the 6th attempt within 15 minutes after 5 failures, even with the right email, then lets it through', async () => {
    const { orderNumber, email } = await deliveredOrder();
    for (let i = 0; i < 5; i++) expect((await signIn(orderNumber, `guess${i}@example.com`)).status).toBe(404);
    const blocked = await signIn(orderNumber, email);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('rate_limited');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(blocked.body.retryAfterSeconds).toBe(retryAfter);
    await advanceClock(15 * 60 + 1);
    expect((await signIn(orderNumber, email)).status).toBe(201);
  });

  it('counts failures that arrive at the same time: parallel guesses do not slip past the limit', async () => {
    const { orderNumber, email } = await deliveredOrder();
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, i) => signIn(orderNumber, `parallel${i}@example.com`)));
    expect(guesses.every((g) => g.status === 404 || g.status === 429)).toBe(true);
    expect((await signIn(orderNumber, email)).status).toBe(429);
  });

  it('limits failures per source address too: one client cannot walk through many order numbers', async () => {
    const { orderNumber, email } = await deliveredOrder();
    const walker = '127.0.0.7';
    for (let i = 0; i < 20; i++) {
      expect((await callFrom(walker, 'POST', '/v1/sessions', { orderNumber: `SO-WALK-${randomUUID().slice(0, 8)}`, email: 'x@example.com' })).status).toBe(404);
    }
    const blocked = await callFrom(walker, 'POST', '/v1/sessions', { orderNumber, email });
    expect(blocked).toMatchObject({ status: 429, body: { code: 'rate_limited' } });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client, and the shopper's own order number, are not held back by it.
    expect((await callFrom('127.0.0.8', 'POST', '/v1/sessions', { orderNumber, email })).status).toBe(201);
    await advanceClock(15 * 60 + 1);
    expect((await callFrom(walker, 'POST', '/v1/sessions', { orderNumber, email })).status).toBe(201);
  });

  it('refuses unknown fields with 400', async () => {
    const reply = await call('POST', '/v1/sessions', { body: { orderNumber: 'SO-1', email: 'a@b.c', admin: true } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([{ path: 'admin', message: 'unknown field' }]);
  });
});

describe('POST /v1/storefront/sessions', () => {
  it('gives a session to a shopper signed in at the shop, and 404 for an unknown order', async () => {
    const { orderId } = await deliveredOrder();
    const reply = await storefront('POST', '/v1/storefront/sessions', { orderId });
    expect(reply.status).toBe(201);
    expect((await getOrder(orderId, reply.body.token)).status).toBe(200);
    expect((await storefront('POST', '/v1/storefront/sessions', { orderId: newOrderId() })).body.code).toBe('order_not_found');
  });

  it('needs the storefront signature', async () => {
    const reply = await call('POST', '/v1/storefront/sessions', { body: { orderId: newOrderId() } });
    expect(reply.status).toBe(401);
    expect(reply.body.code).toBe('invalid_signature');
  });
});

describe('GET /v1/orders/{orderId}', () => {
  it('shows every line with what can be returned, per reason, and when each closes', async () => {
    const { orderId, orderNumber, email } = await deliveredOrder();
    const token = (await signIn(orderNumber, email)).body.token;
    const reply = await getOrder(orderId, token);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ orderId, orderNumber });
    const [line] = reply.body.lines;
    expect(line).toMatchObject({ lineId: 'L1', quantity: 10, returnableQuantity: 10 });
    for (const reason of ['faulty', 'damaged_in_transit', 'incorrect_item', 'other']) {
      expect(line.reasons[reason]).toEqual({ eligible: true, closesAt: expect.stringMatching(/T15:59:59\.999Z$/) });
    }
    expect(Date.parse(line.reasons.damaged_in_transit.closesAt) - Date.parse(line.reasons.other.closesAt)).toBe(7 * 86_400_000);
  });

  it('says order_not_delivered per reason before delivery', async () => {
    const orderId = newOrderId();
    await storefront('PUT', `/v1/storefront/orders/${orderId}`, orderBody());
    const token = (await storefront('POST', '/v1/storefront/sessions', { orderId })).body.token;
    const { body } = await getOrder(orderId, token);
    expect(body.lines[0].reasons.faulty).toEqual({ eligible: false, closesAt: null, code: 'order_not_delivered' });
  });

  it('refuses a missing, malformed or unknown token with 401', async () => {
    const { orderId } = await deliveredOrder();
    for (const token of [undefined, 'x', 'A'.repeat(43), `${'A'.repeat(20)}.${'B'.repeat(43)}`]) {
      const reply = await getOrder(orderId, token);
      expect(reply.status).toBe(401);
      expect(reply.body.code).toBe('unauthorized');
    }
  });

  it('refuses a token whose claims were changed (another order, a later expiry) or that another key signed', async () => {
    const mine = await deliveredOrder();
    const theirs = await deliveredOrder();
    const token = (await signIn(mine.orderNumber, mine.email)).body.token as string;
    const [payload, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { o: string; i: number; x: number };
    const forge = (changed: object) => `${Buffer.from(JSON.stringify({ ...claims, ...changed })).toString('base64url')}.${signature}`;
    for (const forged of [forge({ o: theirs.orderId }), forge({ x: claims.x + 86_400_000 })]) {
      expect((await getOrder(theirs.orderId, forged)).status).toBe(401);
      expect((await getOrder(mine.orderId, forged)).status).toBe(401);
    }
    const otherKey = createHmac('sha256', 'not-the-key').update(`rma-session.v1.${payload}`).digest('base64url');
    expect((await getOrder(mine.orderId, `${payload}.${otherKey}`)).status).toBe(401);
    expect((await getOrder(mine.orderId, token)).status).toBe(200);
  });

  it('ends the sessions of an order whose email the shop changed: on every route, until the shopper signs in with the new email', async () => {
    const { orderId, orderNumber, email } = await deliveredOrder();
    const old = (await signIn(orderNumber, email)).body.token as string;
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    const opened = await call('POST', '/v1/rmas', {
      ...auth(old),
      headers: { ...auth(old).headers, 'idempotency-key': randomUUID() },
      body: { orderId, reason: 'faulty', lines: [{ lineId: 'L1', quantity: 1 }], explanation: 'Dead on arrival, no USB.', preferredResolution: 'refund' },
    });
    expect(opened.status).toBe(201);
    await advanceClock(1);
    const body = orderBody({ orderNumber, customer: { email: 'new-owner@example.com', name: 'Ada Lovelace' }, invoicedAt: (await call('GET', `/v1/orders/${orderId}`, auth(old))).body.invoicedAt });
    expect((await storefront('PUT', `/v1/storefront/orders/${orderId}`, body)).status).toBe(200);
    const rmaId = opened.body.rmaId as string;
    for (const [method, path] of [['GET', `/v1/orders/${orderId}`], ['GET', '/v1/rmas'], ['GET', `/v1/rmas/${rmaId}`], ['POST', `/v1/rmas/${rmaId}/cancel`]] as const) {
      const reply = await call(method, path, auth(old));
      expect(reply.status, `${method} ${path}`).toBe(401);
      expect(reply.body.code).toBe('unauthorized');
    }
    expect((await signIn(orderNumber, email)).status).toBe(404);
    const fresh = (await signIn(orderNumber, 'new-owner@example.com')).body.token as string;
    expect((await call('GET', `/v1/rmas/${rmaId}`, auth(fresh))).body.status).toBe('awaiting_evidence');
  });

  it('answers another order exactly as a missing one: 404 not_found', async () => {
    const a = await deliveredOrder();
    const b = await deliveredOrder();
    const token = (await signIn(a.orderNumber, a.email)).body.token;
    const other = await getOrder(b.orderId, token);
    const missing = await getOrder(newOrderId(), token);
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
  });

  it('refuses a token once 24 hours have passed', async () => {
    const { orderId, orderNumber, email } = await deliveredOrder();
    const token = (await signIn(orderNumber, email)).body.token;
    await advanceClock(24 * 3600 - 60);
    expect((await getOrder(orderId, token)).status).toBe(200);
    await advanceClock(61);
    expect((await getOrder(orderId, token)).status).toBe(401);
  });

  it('refuses an ops token on a customer route, and a customer token on an ops route', async () => {
    const { orderId, orderNumber, email } = await deliveredOrder();
    const ops = (await call('POST', '/_local/tokens/ops', { body: {} })).body.token;
    expect((await getOrder(orderId, ops)).status).toBe(401);
    const customer = (await signIn(orderNumber, email)).body.token;
    expect((await call('GET', '/v1/ops/summary', { headers: { authorization: `Bearer ${customer}` } })).status).toBe(401);
  });
});
