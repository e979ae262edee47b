import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call } from '../support/client.js';
import { openRma, rmaRequest, type Shopper, shopperWithOrder } from '../support/shopper.js';

const list = (s: Shopper) => call('GET', '/v1/rmas', { headers: s.headers });
const returnable = async (s: Shopper) => (await call('GET', `/v1/orders/${s.orderId}`, { headers: s.headers })).body.lines[0].returnableQuantity;

describe('POST /v1/rmas', () => {
  it('opens a return awaiting evidence, with its number, deadlines and policy version', async () => {
    const shopper = await shopperWithOrder();
    const reply = await openRma(shopper, rmaRequest(shopper.orderId, { lines: [{ lineId: 'L1', quantity: 3 }] }));
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      orderId: shopper.orderId,
      status: 'awaiting_evidence',
      reason: 'faulty',
      lines: [{ lineId: 'L1', quantity: 3 }],
      policyVersion: '2026-11-24',
      returnInstructions: null,
      shipment: null,
      resolution: null,
      evidence: [],
      slaBreached: false,
      timeline: [{ actor: 'customer', type: 'opened' }],
    });
    expect(reply.body.number).toMatch(/^RMA-\d{4}-\d{6}$/);
    expect(reply.body.deadlines.evidenceBy).toMatch(/T15:59:59\.999Z$/);
    expect((await call('GET', `/v1/rmas/${reply.body.rmaId}`, { headers: shopper.headers })).body).toEqual(reply.body);
    expect((await list(shopper)).body.items).toEqual([reply.body]);
    expect(await returnable(shopper)).toBe(7);
  });

  it('numbers returns uniquely and in order', async () => {
    const shopper = await shopperWithOrder();
    const first = await openRma(shopper, rmaRequest(shopper.orderId));
    const second = await openRma(shopper, rmaRequest(shopper.orderId));
    expect(Number(second.body.number.slice(-6))).toBeGreaterThan(Number(first.body.number.slice(-6)));
  });

  describe('refuses bad input with its contract code, and changes nothing', () => {
    const cases: [string, (orderId: string) => unknown, number, string][] = [
      ['an unknown field', (o) => rmaRequest(o, { priority: 'high' }), 400, 'validation_failed'],
      ['a zero quantity', (o) => rmaRequest(o, { lines: [{ lineId: 'L1', quantity: 0 }] }), 400, 'validation_failed'],
      ['a negative quantity', (o) => rmaRequest(o, { lines: [{ lineId: 'L1', quantity: -2 }] }), 400, 'validation_failed'],
      ['an unknown reason', (o) => rmaRequest(o, { reason: 'changed_mind' }), 400, 'validation_failed'],
      ['an unknown line', (o) => rmaRequest(o, { lines: [{ lineId: 'L9', quantity: 1 }] }), 400, 'validation_failed'],
      ['more than is returnable', (o) => rmaRequest(o, { lines: [{ lineId: 'L1', quantity: 11 }] }), 422, 'quantity_exceeds_returnable'],
      ['another order', () => rmaRequest('o-not-mine'), 404, 'not_found'],
    ];
    it.each(cases)('%s', async (_, body, status, code) => {
      const shopper = await shopperWithOrder();
      const reply = await openRma(shopper, body(shopper.orderId));
      expect(reply.status).toBe(status);
      expect(reply.headers.get('content-type')).toBe('application/problem+json');
      expect(reply.body.code).toBe(code);
      expect((await list(shopper)).body.items).toEqual([]);
      expect(await returnable(shopper)).toBe(10);
    });

    it('malformed JSON', async () => {
      const shopper = await shopperWithOrder();
      const reply = await call('POST', '/v1/rmas', { rawBody: '{"orderId":', headers: { ...shopper.headers, 'idempotency-key': randomUUID() } });
      expect(reply.status).toBe(400);
      expect((await list(shopper)).body.items).toEqual([]);
    });

    it('a missing idempotency key', async () => {
      const shopper = await shopperWithOrder();
      const reply = await call('POST', '/v1/rmas', { body: rmaRequest(shopper.orderId), headers: shopper.headers });
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].path).toBe('idempotency-key');
    });

    it('a damage claim 15 days after delivery: window_closed', async () => {
      const shopper = await shopperWithOrder({ deliveredDaysAgo: 15 });
      const reply = await openRma(shopper, rmaRequest(shopper.orderId, { reason: 'damaged_in_transit' }));
      expect(reply.status).toBe(422);
      expect(reply.body).toMatchObject({ code: 'window_closed', closesAt: expect.stringMatching(/T15:59:59\.999Z$/) });
    });

    it('an order not delivered yet: order_not_delivered', async () => {
      const shopper = await shopperWithOrder({ deliveredDaysAgo: null });
      const reply = await openRma(shopper, rmaRequest(shopper.orderId));
      expect(reply.status).toBe(409);
      expect(reply.body.code).toBe('order_not_delivered');
    });
  });

  describe('idempotency', () => {
    it('answers the same key and body with the same response, once', async () => {
      const shopper = await shopperWithOrder();
      const key = randomUUID();
      const first = await openRma(shopper, rmaRequest(shopper.orderId), key);
      const again = await openRma(shopper, { ...rmaRequest(shopper.orderId) }, key);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect((await list(shopper)).body.items).toHaveLength(1);
    });

    it('refuses the same key with another body: 422 idempotency_key_reused', async () => {
      const shopper = await shopperWithOrder();
      const key = randomUUID();
      await openRma(shopper, rmaRequest(shopper.orderId), key);
      const other = await openRma(shopper, rmaRequest(shopper.orderId, { explanation: 'Something else entirely, as it turns out.' }), key);
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('idempotency_key_reused');
    });

    it("scopes keys to the session's order: another shopper's key replays nothing", async () => {
      const a = await shopperWithOrder();
      const b = await shopperWithOrder();
      const key = randomUUID();
      const mine = await openRma(a, rmaRequest(a.orderId), key);
      const theirs = await openRma(b, rmaRequest(b.orderId), key);
      expect(theirs.status).toBe(201);
      expect(theirs.body.rmaId).not.toBe(mine.body.rmaId);
      expect(theirs.body.orderId).toBe(b.orderId);
    });

    it('creates one RMA when the same key arrives concurrently', async () => {
      const shopper = await shopperWithOrder();
      const key = randomUUID();
      const replies = await Promise.all(Array.from({ length: 5 }, () => openRma(shopper, rmaRequest(shopper.orderId), key)));
      expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(replies.map((r) => r.body.rmaId)).size).toBe(1);
      expect((await list(shopper)).body.items).toHaveLength(1);
    });
  });

  it('lets exactly one of two concurrent requests take the last returnable unit', async () => {
    const shopper = await shopperWithOrder({
      overrides: { lines: [{ lineId: 'L1', sku: 'ESP32-WROOM', name: 'ESP32 module', quantity: 1, unitPrice: 450 }] },
    });
    const replies = await Promise.all([openRma(shopper, rmaRequest(shopper.orderId)), openRma(shopper, rmaRequest(shopper.orderId))]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(replies.find((r) => r.status === 422)?.body.code).toBe('quantity_exceeds_returnable');
    expect((await list(shopper)).body.items).toHaveLength(1);
  });
});

describe('reading and cancelling', () => {
  it("answers another order's RMA exactly as a missing one", async () => {
    const a = await shopperWithOrder();
    const b = await shopperWithOrder();
    const rma = (await openRma(a, rmaRequest(a.orderId))).body;
    const foreign = await call('GET', `/v1/rmas/${rma.rmaId}`, { headers: b.headers });
    const missing = await call('GET', '/v1/rmas/01JAAAAAAAAAAAAAAAAAAAAAAA', { headers: b.headers });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    expect((await call('POST', `/v1/rmas/${rma.rmaId}/cancel`, { headers: b.headers })).status).toBe(404);
    expect((await call('GET', `/v1/rmas/${rma.rmaId}`)).status).toBe(401);
  });

  it('cancels a return, releases its units, and refuses to cancel twice', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId, { lines: [{ lineId: 'L1', quantity: 4 }] }))).body;
    expect(await returnable(shopper)).toBe(6);
    const cancelled = await call('POST', `/v1/rmas/${rma.rmaId}/cancel`, { headers: shopper.headers });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.timeline.map((t: { type: string }) => t.type)).toEqual(['opened', 'cancelled']);
    expect(await returnable(shopper)).toBe(10);
    const again = await call('POST', `/v1/rmas/${rma.rmaId}/cancel`, { headers: shopper.headers });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'invalid_state', status: 409 });
  });
});
