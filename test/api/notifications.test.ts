import { describe, expect, it } from 'vitest';
import { advanceClock, call, drain, localNow, opsToken } from '../support/client.js';
import { attach, submittedRma } from '../support/evidence.js';
import { JPEG } from '../support/files.js';
import { mailAbout, sentMail, templateOf } from '../support/mail.js';
import { openRma, rmaRequest, shopperWithOrder } from '../support/shopper.js';

const CUSTOMER = 'Ada@Example.com';
const SALES = 'sales@mitkco.com';
const REFUNDS = 'info@mitkco.com';

async function asOps(path: string, body: unknown = {}) {
  const reply = await call('POST', path, { headers: { authorization: `Bearer ${await opsToken({ sub: 'ops-lin' })}` }, body });
  expect(reply.status).toBe(200);
  return reply.body;
}

/** Runs `step`, delivers what it caused, and answers the emails it sent (sorted: one transaction's emails have no order). */
async function emailsOf(number: string, step: () => Promise<unknown>): Promise<string[]> {
  await drain();
  const before = (await mailAbout(number)).length;
  await step();
  await drain();
  return (await mailAbout(number)).slice(before).sort();
}

describe('every transition emails the right people (lifecycle.md, "Notifications")', () => {
  it('a return shipped by the customer, refunded, then asked about', async () => {
    const shopper = await shopperWithOrder();
    let rmaId = '';
    let number = '';
    const opened = async () => {
      const rma = (await openRma(shopper, rmaRequest(shopper.orderId, { reason: 'other', explanation: 'Ordered the wrong package size.' }))).body;
      ({ rmaId, number } = rma);
    };
    const before = (await sentMail()).length;
    await opened();
    await drain();
    expect((await sentMail()).slice(before).filter((e) => e.subject.includes(number)).map(templateOf)).toEqual(['rma_opened']);

    await attach(shopper, rmaId, 'photo', 'image/jpeg', JPEG);
    await drain();
    const steps: [string, () => Promise<unknown>, string[]][] = [
      ['submit', () => call('POST', `/v1/rmas/${rmaId}/submit`, { headers: shopper.headers }), [`ops_new_submission → ${SALES}`, `rma_submitted → ${CUSTOMER}`]],
      ['approve', () => asOps(`/v1/ops/rmas/${rmaId}/decision`, { decision: 'approve', note: 'Send it back unopened.' }), [`rma_approved → ${CUSTOMER}`]],
      [
        'ship',
        () => call('POST', `/v1/rmas/${rmaId}/shipment`, { headers: shopper.headers, body: { carrier: 'DHL', trackingNumber: 'JD0001112223' } }),
        [`ops_customer_shipped → ${SALES}`, `rma_in_transit → ${CUSTOMER}`],
      ],
      ['receive', () => asOps(`/v1/ops/rmas/${rmaId}/receipt`), [`rma_received → ${CUSTOMER}`]],
      ['inspect', () => asOps(`/v1/ops/rmas/${rmaId}/inspection`, { result: 'pass', note: 'Sealed.', intact: true }), [`rma_inspection_result → ${CUSTOMER}`]],
      ['refund', () => asOps(`/v1/ops/rmas/${rmaId}/resolution`, { type: 'refund', amount: 299, currency: 'USD', reference: 'RF-77' }), [`rma_refunded → ${CUSTOMER}`]],
      [
        'inquire',
        () => call('POST', `/v1/rmas/${rmaId}/inquiries`, { headers: shopper.headers, body: { message: 'Nothing on my card yet.' } }),
        [`refund_inquiry → ${REFUNDS}`],
      ],
    ];
    for (const [step, run, expected] of steps) expect(await emailsOf(number, run), step).toEqual(expected);

    const refund = (await sentMail()).find((e) => e.subject.includes(number) && templateOf(e) === 'rma_refunded')!;
    expect(refund.body.text).toMatch(/Amount: 2\.99 USD[\s\S]*Reference: RF-77[\s\S]*info@mitkco\.com/);
    expect(refund.body.html).toContain('RF-77');
    const inquiry = (await sentMail()).find((e) => e.subject.includes(number) && templateOf(e) === 'refund_inquiry')!;
    expect(inquiry.replyTo).toEqual([CUSTOMER]);
  });

  it('a collected return exchanged; a rejection; a cancellation', async () => {
    const collected = (await submittedRma('incorrect_item')).rma;
    await drain();
    expect(await emailsOf(collected.number, () => asOps(`/v1/ops/rmas/${collected.rmaId}/decision`, { decision: 'approve', note: 'We collect.' }))).toEqual([
      `rma_approved → ${CUSTOMER}`,
    ]);
    expect(await emailsOf(collected.number, () => asOps(`/v1/ops/rmas/${collected.rmaId}/collection`, { carrier: 'SF', trackingNumber: 'SF24242424' }))).toEqual([
      `rma_in_transit → ${CUSTOMER}`,
    ]);
    expect(await emailsOf(collected.number, () => asOps(`/v1/ops/rmas/${collected.rmaId}/receipt`))).toEqual([`rma_received → ${CUSTOMER}`]);
    const inspect = () => asOps(`/v1/ops/rmas/${collected.rmaId}/inspection`, { result: 'pass', note: 'Wrong part.' });
    expect(await emailsOf(collected.number, inspect)).toEqual([`rma_inspection_result → ${CUSTOMER}`]);
    const exchange = { type: 'exchange', reference: 'EX-5', carrier: 'SF', trackingNumber: 'SF24242425' };
    expect(await emailsOf(collected.number, () => asOps(`/v1/ops/rmas/${collected.rmaId}/resolution`, exchange))).toEqual([`rma_exchanged → ${CUSTOMER}`]);

    const rejected = (await submittedRma()).rma;
    const reject = () => asOps(`/v1/ops/rmas/${rejected.rmaId}/decision`, { decision: 'reject', note: '<b>Burnt</b> pins\r\nBcc: x@example.com' });
    expect(await emailsOf(rejected.number, reject)).toEqual([`rma_rejected → ${CUSTOMER}`]);
    const mail = (await sentMail()).find((e) => e.subject.includes(rejected.number) && templateOf(e) === 'rma_rejected')!;
    expect(mail.body.html).toContain('&lt;b&gt;Burnt&lt;/b&gt; pins');
    expect(mail.destination.to).toEqual([CUSTOMER]);

    const { shopper, rma } = await submittedRma();
    expect(await emailsOf(rma.number, () => call('POST', `/v1/rmas/${rma.rmaId}/cancel`, { headers: shopper.headers }))).toEqual([
      `rma_cancelled → ${CUSTOMER}`,
    ]);
  });
});

describe('the customer’s emails follow the order’s customer.locale', () => {
  it('a shopper whose order says zh-CN gets them in Chinese, with the terms quoted in English; ops still read English', async () => {
    const shopper = await shopperWithOrder({ overrides: { customer: { email: CUSTOMER, name: '林小姐', locale: 'zh-CN' } } });
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    await drain();
    const opened = (await sentMail()).find((e) => e.subject.includes(rma.number) && templateOf(e) === 'rma_opened')!;
    expect(opened.subject).toBe(`退货申请 ${rma.number} 已创建：请上传证明材料`);
    expect(opened.body.text).toContain('林小姐，您好：');
    expect(opened.body.text).toContain('退货条款原文（英文）："accompanied with its picture and brief explanation or test report"');
    expect(opened.body.html).toContain('<html lang="zh-CN">');

    await attach(shopper, rma.rmaId, 'photo', 'image/jpeg', JPEG);
    await drain();
    expect(await emailsOf(rma.number, () => call('POST', `/v1/rmas/${rma.rmaId}/submit`, { headers: shopper.headers }))).toEqual([
      `ops_new_submission → ${SALES}`,
      `rma_submitted → ${CUSTOMER}`,
    ]);
    const submitted = (await sentMail()).filter((e) => e.subject.includes(rma.number));
    expect(submitted.find((e) => templateOf(e) === 'rma_submitted')!.subject).toBe(`退货申请 ${rma.number} 已提交`);
    expect(submitted.find((e) => templateOf(e) === 'ops_new_submission')!.subject).toBe(`[${rma.number}] New return submitted`);
  });
});

describe('email survives an SES outage', () => {
  it('an approval made while SES is down succeeds, and its email arrives once SES is back (the relay retries a minute later), once', async () => {
    // (While SES is down its mail viewer is too, so the absence of the email cannot be read then.)
    const { rma } = await submittedRma();
    await drain();
    expect((await call('POST', '/_local/ses', { body: { running: false } })).body).toEqual({ running: false });
    try {
      await asOps(`/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'ok' });
      await drain();
      await drain();
    } finally {
      await call('POST', '/_local/ses', { body: { running: true } });
    }
    await drain();
    // The relay runs once a minute of the local clock and retries the email once it is due (a
    // minute after it failed): look after each run, a few at most, so that a run taken up by other
    // due messages, or falling just before the email is due, does not fail the test.
    const approved = async () => (await mailAbout(rma.number)).filter((m) => m.startsWith('rma_approved'));
    for (let run = 0; run < 4 && (await approved()).length === 0; run++) {
      await advanceClock(60);
      await drain();
    }
    const waiting = (await call('GET', '/v1/ops/outbox?status=pending&limit=100', { headers: { authorization: `Bearer ${await opsToken()}` } })).body.items;
    const state = { now: (await localNow()).toISOString(), pending: waiting.filter((m: { rmaId: string }) => m.rmaId === rma.rmaId) };
    expect(await approved(), JSON.stringify(state)).toEqual([`rma_approved → ${CUSTOMER}`]);
  });
});
