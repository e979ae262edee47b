/**
 * Side effects under real faults, over HTTP against the local stack (api.md "outbox", issue 10):
 * a long SES outage during many transitions, a message that gives up and is retried by ops as
 * the runbook says, and a DynamoDB that stops answering in the middle of a write.
 */
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { fromStored } from '../../shared/adapters/outbox.js';
import { advanceClock, call, drain, sdkOptions, stack } from '../support/client.js';
import { asOps, wholeReturn } from '../support/returns.js';
import { sentMail, templateOf } from '../support/mail.js';
import { openRma, rmaRequest, shopperWithOrder } from '../support/shopper.js';
import { stallingProxy } from '../support/stalling-proxy.js';
import { apiFront } from '../support/api-front.js';

const setSes = async (running: boolean) => expect((await call('POST', '/_local/ses', { body: { running } })).body).toEqual({ running });


/** The email messages of an RMA in the order of its changes (its outbox channel), as written. */
async function emailChannel(rmaId: string): Promise<{ messageId: string; template: string; status: string }[]> {
  const ddb = createDocumentClient(sdkOptions(stack().urls.dynamodb));
  const { Items = [] } = await ddb.send(
    new QueryCommand({ TableName: stack().names.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `OUTBOX#rma-${rmaId}-email` } }),
  );
  return Items.map((item) => fromStored(item)).map((i) => ({ messageId: i.messageId, template: i.message.type === 'email' ? i.message.email.template : '', status: i.status }));
}

const FLOW_EMAILS = [
  'rma_opened',
  'rma_submitted',
  'ops_new_submission',
  'rma_approved',
  'rma_in_transit',
  'ops_customer_shipped',
  'rma_received',
  'rma_inspection_result',
  'rma_refunded',
];

describe('an SES outage of a day (and over 30 s of real time) during many transitions', () => {
  it('loses and doubles no email: every one arrives once SES is back, in the order of its RMA’s changes', { timeout: 180_000 }, async () => {
    await drain();
    await setSes(false);
    const outageStarted = Date.now();
    const returns: { rmaId: string; number: string }[] = [];
    try {
      // 8 whole returns (56 transitions, 72 emails), an hour of local time after each.
      for (let i = 0; i < 8; i++) {
        returns.push(await wholeReturn());
        await advanceClock(3600);
      }
      // The rest of the day, hour by hour: the relay retries at every stop and SES keeps refusing.
      for (let hour = 8; hour < 24; hour++) await advanceClock(3600);
      // Stream retries used to run out within seconds: keep SES down for more than 30 s of real time.
      const left = 31_000 - (Date.now() - outageStarted);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
      await drain();
      const pending = await asOps('GET', '/v1/ops/outbox?status=pending&limit=100');
      expect(pending.body.items.filter((m: { kind: string }) => m.kind === 'email').length).toBeGreaterThanOrEqual(returns.length);
    } finally {
      await setSes(true);
    }
    // The longest back-off is an hour: within the next hour every channel is retried and drains.
    await advanceClock(3600);
    await drain();

    const mail = await sentMail();
    let lost = 0;
    let doubled = 0;
    for (const { rmaId, number } of returns) {
      const written = await emailChannel(rmaId);
      expect(written.map((m) => m.template)).toEqual(FLOW_EMAILS);
      expect(written.every((m) => m.status === 'delivered')).toBe(true);
      const received = mail.filter((e) => e.subject.includes(number)).map(templateOf);
      lost += FLOW_EMAILS.filter((t) => !received.includes(t)).length;
      doubled += received.length - new Set(received).size;
      expect(received).toEqual(FLOW_EMAILS);
    }
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
    expect((await asOps('GET', '/v1/ops/outbox?status=pending&limit=100')).body.items).toEqual([]);
  });
});

describe('a message that gives up, recovered as docs/operations.md says', () => {
  it('fails after 72 hours, is listed with its error, counted, retried once by ops, and delivered once', { timeout: 60_000 }, async () => {
    await drain();
    await setSes(false);
    const shopper = await shopperWithOrder();
    let rma: { rmaId: string; number: string };
    let failed: { messageId: string; kind: string; rmaId: string; status: string; attempts: number; lastError: string } | undefined;
    try {
      rma = (await openRma(shopper, rmaRequest(shopper.orderId, { reason: 'other', explanation: 'Wrong size.' }))).body;
      await drain();
      await advanceClock(72 * 3600);
      // Each relay run tries SES once while it is down (the oldest due message first): step until ours has been tried.
      for (let minute = 0; minute < 20 && failed === undefined; minute++) {
        await advanceClock(60);
        // Runbook step 1: list what failed.
        const list = await asOps('GET', '/v1/ops/outbox?status=failed&limit=100');
        expect(list.status).toBe(200);
        failed = list.body.items.find((m: { rmaId: string }) => m.rmaId === rma.rmaId);
      }
    } finally {
      // Runbook step 2: fix the cause.
      await setSes(true);
    }
    expect(failed).toMatchObject({ kind: 'email', status: 'failed', attempts: expect.any(Number), lastError: expect.stringContaining('SES'), nextAttemptAt: null });
    expect(failed!.attempts).toBeGreaterThanOrEqual(2);
    const metrics = (await call('GET', '/_local/metrics')).body.published as { name: string; properties: { messageId?: string } }[];
    expect(metrics.filter((m) => m.name === 'OutboxMessageFailed' && m.properties.messageId === failed!.messageId)).toHaveLength(1);
    expect((await sentMail()).filter((e) => e.subject.includes(rma!.number))).toEqual([]);

    // Runbook step 3: retry it; a second retry is refused until it fails again.
    const retried = await asOps('POST', `/v1/ops/outbox/${failed!.messageId}/retry`);
    expect(retried).toMatchObject({ status: 202, body: { messageId: failed!.messageId, status: 'pending' } });
    expect((await asOps('POST', `/v1/ops/outbox/${failed!.messageId}/retry`)).body).toMatchObject({ status: 409, code: 'invalid_state' });
    await advanceClock(60);
    await drain();
    expect((await sentMail()).filter((e) => e.subject.includes(rma!.number)).map(templateOf)).toEqual(['rma_opened']);
    // …and check it left the failed list.
    const after = await asOps('GET', '/v1/ops/outbox?status=failed&limit=100');
    expect(after.body.items.map((m: { messageId: string }) => m.messageId)).not.toContain(failed!.messageId);
  });

  it('refuses to retry what does not exist or is not an outbox id', async () => {
    expect((await asOps('POST', '/v1/ops/outbox/rma-01NOPE-email.0000000001-001/retry')).body).toMatchObject({ status: 404, code: 'not_found' });
    expect((await asOps('POST', '/v1/ops/outbox/..%2Fetc/retry')).body).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await asOps('GET', '/v1/ops/outbox?status=delivered')).body).toMatchObject({ status: 400, code: 'validation_failed' });
    const forged = Buffer.from('not-a-position', 'utf8').toString('base64url');
    expect((await asOps('GET', `/v1/ops/outbox?cursor=${forged}`)).body).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ path: 'cursor' }] });
  });
});

/** Opens a return through `front` with one idempotency key, as often as asked. */
function opener(front: { url: string }, shopper: { headers: Record<string, string>; orderId: string }) {
  const key = randomUUID();
  const body = JSON.stringify(rmaRequest(shopper.orderId));
  return () => fetch(`${front.url}/v1/rmas`, { method: 'POST', headers: { ...shopper.headers, 'content-type': 'application/json', 'idempotency-key': key }, body });
}

describe('a DynamoDB that stops answering in the middle of opening a return', () => {
  it('answers 503 unavailable with retry-after; the same key then returns the first answer, and there is one RMA', { timeout: 60_000 }, async () => {
    const proxy = await stallingProxy(stack().urls.dynamodb);
    const front = await apiFront(proxy.url);
    try {
      const shopper = await shopperWithOrder();
      const open = opener(front, shopper);

      proxy.mode = 'hold';
      const stalled = await open();
      expect(stalled.status).toBe(503);
      expect(stalled.headers.get('retry-after')).toBe('5');
      expect(await stalled.json()).toMatchObject({ code: 'unavailable', status: 503 });
      expect(proxy.heldWrites).toBeGreaterThanOrEqual(1);
      // The write did land: the order already has its RMA.
      const listed = (await call('GET', '/v1/rmas', { headers: shopper.headers })).body.items;
      expect(listed).toHaveLength(1);

      proxy.mode = 'pass';
      const retried = await open();
      expect(retried.status).toBe(201);
      expect(((await retried.json()) as { rmaId: string }).rmaId).toBe(listed[0].rmaId);
      expect((await call('GET', '/v1/rmas', { headers: shopper.headers })).body.items).toHaveLength(1);
    } finally {
      await front.close();
      await proxy.close();
    }
  });

  it('when the write never reached DynamoDB: 503 and nothing changed; the same key then creates the RMA once', { timeout: 60_000 }, async () => {
    const proxy = await stallingProxy(stack().urls.dynamodb);
    const front = await apiFront(proxy.url);
    try {
      const shopper = await shopperWithOrder();
      const open = opener(front, shopper);
      proxy.mode = 'drop';
      expect((await open()).status).toBe(503);
      expect((await call('GET', '/v1/rmas', { headers: shopper.headers })).body.items).toEqual([]);
      proxy.mode = 'pass';
      const created = await open();
      expect(created.status).toBe(201);
      const again = await open();
      expect(await again.json()).toEqual((await created.json()) as unknown);
      expect((await call('GET', '/v1/rmas', { headers: shopper.headers })).body.items).toHaveLength(1);
    } finally {
      await front.close();
      await proxy.close();
    }
  });
});
