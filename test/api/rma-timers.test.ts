import { GetScheduleCommand, ResourceNotFoundException, SchedulerClient } from '@aws-sdk/client-scheduler';
import { describe, expect, it } from 'vitest';
import { advanceClock, call, drain, localNow, sdkOptions, stack, storefront } from '../support/client.js';
import { mailAbout } from '../support/mail.js';
import { openRma, rmaRequest, shopperWithOrder } from '../support/shopper.js';

describe('evidence-by (R-EVIDENCE-BY) on the local clock', () => {
  it('expires an RMA left awaiting evidence right after evidence-by, not before, and releases its units', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId, { lines: [{ lineId: 'L1', quantity: 2 }] }))).body;
    await drain();
    const scheduler = new SchedulerClient(sdkOptions(stack().urls.scheduler));
    const name = `rma-${rma.rmaId}-evidence-due`;
    const schedule = await scheduler.send(new GetScheduleCommand({ Name: name, GroupName: stack().names.scheduleGroup }));
    expect(JSON.parse(schedule.Target!.Input!)).toMatchObject({ kind: 'rma.evidence_due', rmaId: rma.rmaId, dueAt: rma.deadlines.evidenceBy });

    // A week passes: the shopper signs in again (sessions last 24 hours).
    const headers = async () => ({ authorization: `Bearer ${(await storefront('POST', '/v1/storefront/sessions', { orderId: shopper.orderId })).body.token}` });
    const get = async () => (await call('GET', `/v1/rmas/${rma.rmaId}`, { headers: await headers() })).body;
    await advanceClock((Date.parse(rma.deadlines.evidenceBy) - (await localNow()).getTime()) / 1000 - 2);
    expect((await get()).status).toBe('awaiting_evidence');

    await advanceClock(4);
    const expired = await get();
    expect(expired.status).toBe('expired');
    expect(expired.timeline.at(-1)).toMatchObject({ actor: 'system', type: 'expired_evidence_by' });
    await drain();
    expect((await mailAbout(rma.number)).filter((m) => m.startsWith('rma_expired'))).toEqual(['rma_expired → Ada@Example.com']);
    expect((await call('GET', `/v1/orders/${shopper.orderId}`, { headers: await headers() })).body.lines[0].returnableQuantity).toBe(10);
    await expect(scheduler.send(new GetScheduleCommand({ Name: name, GroupName: stack().names.scheduleGroup }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it('deletes the evidence-by timer when the RMA is cancelled', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    await drain();
    await call('POST', `/v1/rmas/${rma.rmaId}/cancel`, { headers: shopper.headers });
    await drain();
    const scheduler = new SchedulerClient(sdkOptions(stack().urls.scheduler));
    await expect(
      scheduler.send(new GetScheduleCommand({ Name: `rma-${rma.rmaId}-evidence-due`, GroupName: stack().names.scheduleGroup })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});
