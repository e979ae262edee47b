import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, drain, opsToken, type Reply } from '../support/client.js';
import { submittedRma } from '../support/evidence.js';
import { JPEG, PDF } from '../support/files.js';
import { openRma, rmaRequest, shopperWithOrder } from '../support/shopper.js';

const LIN = { sub: 'ops-lin', email: 'lin@example.com' };

async function opsClient(claims: { sub?: string; email?: string } = LIN) {
  const headers = { authorization: `Bearer ${await opsToken(claims)}` };
  return {
    get: <T = any>(path: string): Promise<Reply<T>> => call<T>('GET', path, { headers }),
    post: <T = any>(path: string, body?: unknown): Promise<Reply<T>> => call<T>('POST', path, { headers, ...(body === undefined ? {} : { body }) }),
  };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const types = (rma: { timeline: { type: string }[] }) => rma.timeline.map((t) => t.type);

describe('the ops journey, per return method', () => {
  it('method ship: approve → the customer ships → receipt → inspection → refund, with the actors on the timeline', async () => {
    const { shopper, rma } = await submittedRma('faulty', { lines: [{ lineId: 'L1', quantity: 2 }] });
    const ops = await opsClient();
    const approved = await ops.post(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'Send both units.' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', returnInstructions: { method: 'ship', address: expect.stringContaining('\n') } });
    expect(approved.body.deadlines.shipBy).toBe(approved.body.returnInstructions.shipBy);

    const shipped = await call('POST', `/v1/rmas/${rma.rmaId}/shipment`, { headers: shopper.headers, body: { carrier: 'SF', trackingNumber: 'SF1234567890' } });
    expect(shipped.body.status).toBe('in_transit');
    expect((await ops.post(`/v1/ops/rmas/${rma.rmaId}/receipt`, { note: 'Two boards, bagged.' })).body.status).toBe('received');
    const inspected = await ops.post(`/v1/ops/rmas/${rma.rmaId}/inspection`, { result: 'pass', note: 'USB dead on both.' });
    expect(inspected.body).toMatchObject({ status: 'awaiting_resolution', deadlines: { resolutionDueBy: expect.any(String) } });
    const resolved = await ops.post(`/v1/ops/rmas/${rma.rmaId}/resolution`, { type: 'refund', amount: 598, currency: 'USD', reference: 'RF-1001' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: { type: 'refund', amount: 598, currency: 'USD', reference: 'RF-1001' } });

    const detail = (await ops.get(`/v1/ops/rmas/${rma.rmaId}`)).body;
    const byActor = detail.timeline.map((t: { type: string; actor: string; actorId?: string; actorEmail?: string }) =>
      t.actor === 'ops' ? `${t.type} by ${t.actorId} <${t.actorEmail}>` : `${t.type} by ${t.actor}`,
    );
    expect(byActor.filter((t: string) => !t.startsWith('evidence_'))).toEqual([
      'opened by customer',
      'submitted by customer',
      'approved by ops-lin <lin@example.com>',
      'shipped by customer',
      'received by ops-lin <lin@example.com>',
      'inspected by ops-lin <lin@example.com>',
      'resolved by ops-lin <lin@example.com>',
    ]);
    // The shopper sees that ops acted, not who.
    const mine = (await call('GET', `/v1/rmas/${rma.rmaId}`, { headers: shopper.headers })).body;
    expect(JSON.stringify(mine.timeline)).not.toContain('lin@example.com');
  });

  it('method collection: approve (the reason’s only method) → pickup recorded by ops → receipt → inspection → exchange', async () => {
    const { rma } = await submittedRma('incorrect_item');
    const ops = await opsClient({ sub: 'ops-wu', email: 'wu@example.com' });
    const approved = await ops.post(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', note: 'We collect it.' });
    expect(approved.body).toMatchObject({ status: 'approved', returnInstructions: { method: 'collection', shipBy: null } });
    const collected = await ops.post(`/v1/ops/rmas/${rma.rmaId}/collection`, { carrier: 'SF', trackingNumber: 'SF5550001' });
    expect(collected.body).toMatchObject({ status: 'in_transit', shipment: { carrier: 'SF', trackingNumber: 'SF5550001' } });
    await ops.post(`/v1/ops/rmas/${rma.rmaId}/receipt`);
    await ops.post(`/v1/ops/rmas/${rma.rmaId}/inspection`, { result: 'pass', note: 'Wrong part confirmed.' });
    const resolved = await ops.post(`/v1/ops/rmas/${rma.rmaId}/resolution`, {
      type: 'exchange',
      reference: 'EX-77',
      carrier: 'SF',
      trackingNumber: 'SF5550002',
    });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: { type: 'exchange', trackingNumber: 'SF5550002' } });
    expect(types(resolved.body).filter((t) => !t.startsWith('evidence_'))).toEqual([
      'opened', 'submitted', 'approved', 'collected', 'received', 'inspected', 'resolved',
    ]);
  });

  it('method none: approve goes straight to awaiting resolution, then a refund', async () => {
    const { rma } = await submittedRma('damaged_in_transit');
    const ops = await opsClient();
    const approved = await ops.post(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'none', note: 'Keep it.' });
    expect(approved.body).toMatchObject({ status: 'awaiting_resolution', returnInstructions: { method: 'none', address: null } });
    const resolved = await ops.post(`/v1/ops/rmas/${rma.rmaId}/resolution`, { type: 'refund', amount: 299, currency: 'USD', reference: 'RF-2' });
    expect(resolved.body.status).toBe('resolved');
  });

  it('reject ends the RMA with the note and releases its units', async () => {
    const { shopper, rma } = await submittedRma('other', { lines: [{ lineId: 'L1', quantity: 10 }] });
    const ops = await opsClient();
    const rejected = await ops.post(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'reject', note: 'Opened and soldered.' });
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.timeline.at(-1)).toMatchObject({ type: 'rejected', data: { note: 'Opened and soldered.' } });
    const order = (await call('GET', `/v1/orders/${shopper.orderId}`, { headers: shopper.headers })).body;
    expect(order.lines[0].returnableQuantity).toBe(10);
  });
});

describe('the RMA as ops see it', () => {
  it('has the customer, the refund cap, and each verified file with its SHA-256 and a 15-minute download of exactly those bytes', async () => {
    const { rma } = await submittedRma('faulty', { lines: [{ lineId: 'L1', quantity: 3 }] });
    const ops = await opsClient();
    const reply = await ops.get(`/v1/ops/rmas/${rma.rmaId}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ customer: { name: 'Ada Lovelace', email: 'Ada@Example.com' }, maxRefund: { amount: 897, currency: 'USD' } });
    const files = new Map([['image/jpeg', JPEG], ['application/pdf', PDF]]);
    for (const evidence of reply.body.evidence) {
      const bytes = files.get(evidence.contentType)!;
      expect(evidence).toMatchObject({ status: 'verified', sha256: sha256(bytes), fileName: expect.any(String) });
      const validFor = Date.parse(evidence.downloadExpiresAt) - Date.parse((await call('GET', '/_local/clock')).body.now);
      expect(validFor).toBeGreaterThan(14 * 60_000);
      expect(validFor).toBeLessThanOrEqual(15 * 60_000);
      const download = await fetch(evidence.downloadUrl);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(evidence.sha256);
    }
  });

  it('answers an unknown RMA with 404 and a malformed id with 400', async () => {
    const ops = await opsClient();
    expect((await ops.get('/v1/ops/rmas/01ARZ3NDEKTSV4RRFFQ69G5FAV')).body.code).toBe('not_found');
    expect((await ops.get('/v1/ops/rmas/not-an-id')).body).toMatchObject({ status: 400, errors: [{ path: 'rmaId' }] });
  });
});

describe('ops search (exact lookups by index, never a scan)', () => {
  it('finds an RMA by the number its emails show, by order number, and by customer email in any case', async () => {
    const email = `grace-${randomUUID().slice(0, 8)}@example.com`;
    const customer = { email, name: 'Grace Hopper' };
    const first = await shopperWithOrder({ overrides: { customer } });
    const second = await shopperWithOrder({ overrides: { customer } });
    const a = (await openRma(first, rmaRequest(first.orderId))).body;
    const b = (await openRma(first, rmaRequest(first.orderId, { lines: [{ lineId: 'L2', quantity: 1 }] }))).body;
    const c = (await openRma(second, rmaRequest(second.orderId))).body;
    const ops = await opsClient();
    const ids = async (query: string) => {
      const reply = await ops.get(`/v1/ops/rmas?${query}`);
      expect(reply.status).toBe(200);
      expect(reply.body.nextCursor).toBeNull();
      return reply.body.items.map((r: { rmaId: string }) => r.rmaId);
    };
    expect(await ids(`number=${b.number}`)).toEqual([b.rmaId]);
    const { orderNumber } = (await call('GET', `/v1/orders/${first.orderId}`, { headers: first.headers })).body;
    expect(await ids(`orderNumber=${encodeURIComponent(` ${orderNumber.toLowerCase()} `)}`)).toEqual([a.rmaId, b.rmaId]);
    expect(await ids(`email=${encodeURIComponent(email.toUpperCase())}`)).toEqual([a.rmaId, b.rmaId, c.rmaId]);
    expect(await ids('number=RMA-2099-999999')).toEqual([]);

    const detail = await ops.get(`/v1/ops/rmas/${c.number}`);
    expect(detail).toMatchObject({ status: 200, body: { rmaId: c.rmaId, number: c.number, customer: { email } } });
    expect((await ops.get('/v1/ops/rmas/RMA-2099-999999')).body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it.each([
    ['two lookups at once', 'number=RMA-2026-000001&email=a%40example.com', 'email'],
    ['a lookup with a status', 'status=submitted&orderNumber=SO-1', 'orderNumber'],
    ['a malformed number', 'number=42', 'number'],
  ])('refuses %s with 400', async (_, query, path) => {
    const reply = await (await opsClient()).get(`/v1/ops/rmas?${query}`);
    expect(reply).toMatchObject({ status: 400, body: { code: 'validation_failed', errors: [expect.objectContaining({ path })] } });
  });
});

describe('the ops queue', () => {
  it('pages through one status oldest first with a cursor, never repeating an RMA', async () => {
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) mine.push((await submittedRma()).rma.rmaId);
    const ops = await opsClient();
    const seen: { rmaId: string; createdAt: string; status: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: Reply = await ops.get(`/v1/ops/rmas?status=submitted&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(seen.every((r) => r.status === 'submitted')).toBe(true);
    expect(new Set(seen.map((r) => r.rmaId)).size).toBe(seen.length);
    const created = seen.map((r) => r.createdAt);
    expect(created).toEqual([...created].sort());
    expect(seen.map((r) => r.rmaId).filter((id) => mine.includes(id))).toEqual(mine);
  });

  it('without a status lists the open RMAs only, merged oldest first', async () => {
    const { rma } = await submittedRma();
    const ops = await opsClient();
    await ops.post(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'reject', note: 'No.' });
    const open: { rmaId: string; status: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: Reply = await ops.get(`/v1/ops/rmas?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      open.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(open.some((r) => r.status === 'submitted')).toBe(true);
    expect(open.every((r) => !['resolved', 'rejected', 'inspection_failed', 'expired', 'cancelled'].includes(r.status))).toBe(true);
    expect(open.map((r) => r.rmaId)).not.toContain(rma.rmaId);
    expect(open.map((r) => r.createdAt)).toEqual(open.map((r) => r.createdAt).sort());
  });

  it('filters on the refund SLA flag', async () => {
    const ops = await opsClient();
    const breached = (await ops.get('/v1/ops/rmas?slaBreached=true&limit=100')).body.items as { slaBreached: boolean }[];
    const notBreached = (await ops.get('/v1/ops/rmas?slaBreached=false&limit=100')).body.items as { slaBreached: boolean }[];
    expect(breached.every((r) => r.slaBreached)).toBe(true);
    expect(notBreached.length).toBeGreaterThan(0);
    expect(notBreached.every((r) => !r.slaBreached)).toBe(true);
  });

  it.each([
    ['status=lost', 'status'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=bm90LWEtcG9zaXRpb24', 'cursor'],
    ['sort=newest', 'sort'],
  ])('refuses ?%s with 400 at %s', async (query, path) => {
    const reply = await (await opsClient()).get(`/v1/ops/rmas?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'validation_failed', errors: [{ path }] });
  });
});

describe('ops commands refused', () => {
  it('a refund above what was paid for the returned units: 422 refund_exceeds_paid, nothing changes', async () => {
    const { rma } = await submittedRma('damaged_in_transit');
    const ops = await opsClient();
    await ops.post(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'none', note: 'Keep it.' });
    const before = (await ops.get(`/v1/ops/rmas/${rma.rmaId}`)).body;
    const reply = await ops.post(`/v1/ops/rmas/${rma.rmaId}/resolution`, { type: 'refund', amount: 300, currency: 'USD', reference: 'RF-X' });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'refund_exceeds_paid', paid: 299 });
    expect((await ops.get(`/v1/ops/rmas/${rma.rmaId}`)).body).toEqual({ ...before, evidence: expect.any(Array) });
  });

  it('a refund of 0 or in a currency that is not ISO 4217: 400, and the RMA stays awaiting resolution', async () => {
    const { rma } = await submittedRma('damaged_in_transit');
    const ops = await opsClient();
    const approved = await ops.post(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'none', note: 'Keep it.' });
    expect(approved.body.status).toBe('awaiting_resolution');
    for (const [over, path] of [[{ amount: 0 }, 'amount'], [{ currency: 'XYZ' }, 'currency']] as const) {
      const reply = await ops.post(`/v1/ops/rmas/${rma.rmaId}/resolution`, { type: 'refund', amount: 100, currency: 'USD', reference: 'RF-0', ...over });
      expect(reply).toMatchObject({ status: 400, body: { code: 'validation_failed', errors: [expect.objectContaining({ path })] } });
    }
    expect((await ops.get(`/v1/ops/rmas/${rma.rmaId}`)).body.status).toBe('awaiting_resolution');
  });

  it('a step out of order: 409 invalid_state', async () => {
    const { rma } = await submittedRma();
    const ops = await opsClient();
    const reply = await ops.post(`/v1/ops/rmas/${rma.rmaId}/receipt`, {});
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ code: 'invalid_state', status: 409 });
  });

  it.each([
    [{ decision: 'approve', returnMethod: 'ship', note: 'ok', extra: 1 }, 'extra'],
    [{ decision: 'maybe', note: 'ok' }, 'decision'],
    [{ decision: 'reject' }, 'note'],
    [{ decision: 'approve', returnMethod: 'ship', note: 'ok', shipBy: 'tomorrow' }, 'shipBy'],
  ])('a malformed decision %j: 400 at %s', async (body, path) => {
    const { rma } = await submittedRma();
    const reply = await (await opsClient()).post(`/v1/ops/rmas/${rma.rmaId}/decision`, body);
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('approve and cancel sent together: one of them wins, the other is refused or applies after it, never both to one state', async () => {
    // Whether two HTTP requests really overlap is up to timing; the exact interleaving is forced
    // in test/integration/rma-races.test.ts. Over HTTP both orders must be sound.
    const ops = await opsClient();
    for (let race = 0; race < 3; race++) {
      const { shopper, rma } = await submittedRma();
      const [approve, cancel] = await Promise.all([
        ops.post(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'ok' }),
        call('POST', `/v1/rmas/${rma.rmaId}/cancel`, { headers: shopper.headers }),
      ]);
      const final = (await ops.get(`/v1/ops/rmas/${rma.rmaId}`)).body;
      const decisions = types(final).filter((t) => t === 'approved' || t === 'cancelled');
      if (approve.status === 200 && cancel.status === 200) {
        // Sequential: the cancel came after the approval and withdrew the approved return (allowed).
        expect(decisions).toEqual(['approved', 'cancelled']);
      } else {
        expect([approve.status, cancel.status].sort()).toEqual([200, 409]);
        expect(decisions).toEqual([approve.status === 200 ? 'approved' : 'cancelled']);
        expect((approve.status === 409 ? approve : cancel).body.code).toBe('invalid_state');
      }
    }
  });
});
