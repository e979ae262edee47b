import {
  CreateScheduleCommand,
  GetScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { describe, expect, it } from 'vitest';
import { advanceClock, call, drain, localNow, opsToken, sdkOptions, stack } from '../support/client.js';
import { submittedRma } from '../support/evidence.js';
import { mailAbout } from '../support/mail.js';

const scheduler = () => new SchedulerClient(sdkOptions(stack().urls.scheduler));
const group = () => stack().names.scheduleGroup;
const getSchedule = (name: string) => scheduler().send(new GetScheduleCommand({ Name: name, GroupName: group() }));
const gone = (name: string) => expect(getSchedule(name)).rejects.toBeInstanceOf(ResourceNotFoundException);

/** Ops calls with a fresh token each time: the clock moves by days in these tests, tokens last an hour. */
async function ops(method: 'GET' | 'POST', path: string, body?: unknown) {
  const headers = { authorization: `Bearer ${await opsToken({ sub: 'ops-lin', email: 'lin@example.com' })}` };
  return call(method, path, { headers, ...(body === undefined ? {} : { body }) });
}
const opsRma = async (rmaId: string) => (await ops('GET', `/v1/ops/rmas/${rmaId}`)).body;

/** Moves the local clock to `seconds` after (or before, if negative) `iso`. */
/** Moves the local clock to `seconds` from `iso`; a minute of margin before a deadline, since the clock runs on in real time. */
async function clockTo(iso: string, seconds: number) {
  await advanceClock((Date.parse(iso) - (await localNow()).getTime()) / 1000 + seconds);
}

/** A one-time schedule invoking the deadline function with `input`, as the notifier creates them. */
async function createSchedule(name: string, expression: string, input: string): Promise<void> {
  await scheduler().send(
    new CreateScheduleCommand({
      Name: name,
      GroupName: group(),
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: { Arn: stack().env.RMA_DEADLINE_FUNCTION_ARN!, RoleArn: stack().env.RMA_SCHEDULER_ROLE_ARN!, Input: input },
    }),
  );
}

/** Scheduler delivers at least once: a second schedule with the same payload is a redelivery. */
async function duplicateOf(name: string): Promise<void> {
  const original = await getSchedule(name);
  await createSchedule(`${name}-again`, original.ScheduleExpression!, original.Target!.Input!);
}

/** Delivers `payload` to the deadline function a minute from now. */
async function fireNow(name: string, payload: unknown): Promise<void> {
  const at = new Date((await localNow()).getTime() + 61_000).toISOString().slice(0, 19);
  await createSchedule(name, `at(${at})`, JSON.stringify(payload));
  await advanceClock(62);
}

async function metricsFor(rmaId: string): Promise<string[]> {
  const { published } = (await call('GET', '/_local/metrics')).body as { published: { name: string; properties: { rmaId?: string } }[] };
  return published.filter((m) => m.properties.rmaId === rmaId).map((m) => m.name);
}

const typesOf = (rma: { timeline: { type: string }[] }) => rma.timeline.map((t) => t.type);

describe('ship-by (R-SHIP-BY) on the local clock', () => {
  it('reminds 3 days before ship-by, once, and expires the RMA right after it', async () => {
    const { rma } = await submittedRma();
    const approved = (await ops('POST', `/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'ok' })).body;
    await drain();
    const shipBy: string = approved.deadlines.shipBy;
    const reminder = new Date(Date.parse(shipBy) - 3 * 86_400_000).toISOString();
    expect(JSON.parse((await getSchedule(`rma-${rma.rmaId}-ship-reminder`)).Target!.Input!)).toMatchObject({ kind: 'rma.ship_reminder', dueAt: reminder });
    expect(JSON.parse((await getSchedule(`rma-${rma.rmaId}-ship-due`)).Target!.Input!)).toMatchObject({ kind: 'rma.ship_due', dueAt: shipBy });
    await duplicateOf(`rma-${rma.rmaId}-ship-reminder`);

    await clockTo(reminder, -60);
    expect(typesOf(await opsRma(rma.rmaId))).not.toContain('ship_reminder_sent');
    await clockTo(reminder, 2);
    const reminded = await opsRma(rma.rmaId);
    expect(reminded.status).toBe('approved');
    expect(typesOf(reminded).filter((t) => t === 'ship_reminder_sent')).toHaveLength(1);
    await gone(`rma-${rma.rmaId}-ship-reminder-again`); // the redelivery did fire
    expect((await mailAbout(rma.number)).filter((m) => m.startsWith('rma_ship_reminder'))).toEqual(['rma_ship_reminder → Ada@Example.com']);

    await clockTo(shipBy, -60);
    expect((await opsRma(rma.rmaId)).status).toBe('approved');
    await clockTo(shipBy, 2);
    const expired = await opsRma(rma.rmaId);
    expect(expired.status).toBe('expired');
    expect(expired.timeline.at(-1)).toMatchObject({ actor: 'system', type: 'expired_ship_by' });
    await drain();
    expect((await mailAbout(rma.number)).filter((m) => m.startsWith('rma_expired'))).toEqual(['rma_expired → Ada@Example.com']);
  });

  it('shipping in time cancels the reminder and the expiry', async () => {
    const { shopper, rma } = await submittedRma();
    await ops('POST', `/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'ok' });
    await drain();
    await getSchedule(`rma-${rma.rmaId}-ship-due`);
    const shipped = await call('POST', `/v1/rmas/${rma.rmaId}/shipment`, { headers: shopper.headers, body: { carrier: 'DHL', trackingNumber: 'JD0001234567' } });
    expect(shipped.body.status).toBe('in_transit');
    await drain();
    await gone(`rma-${rma.rmaId}-ship-reminder`);
    await gone(`rma-${rma.rmaId}-ship-due`);
  });
});

describe('the 2-day refund promise (R-REFUND-SLA)', () => {
  it('records a breach 48 h after the inspection passed: flag, one metric, even when the schedule is delivered twice', async () => {
    const { rma } = await submittedRma('incorrect_item');
    await ops('POST', `/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', note: 'We collect it.' });
    await ops('POST', `/v1/ops/rmas/${rma.rmaId}/collection`, { carrier: 'SF', trackingNumber: 'SF7770001' });
    await ops('POST', `/v1/ops/rmas/${rma.rmaId}/receipt`, {});
    const waiting = (await ops('POST', `/v1/ops/rmas/${rma.rmaId}/inspection`, { result: 'pass', note: 'Wrong part.' })).body;
    expect(waiting.status).toBe('awaiting_resolution');
    await drain();
    await duplicateOf(`rma-${rma.rmaId}-resolution-due`);

    await clockTo(waiting.deadlines.resolutionDueBy, -60);
    expect((await opsRma(rma.rmaId)).slaBreached).toBe(false);
    await clockTo(waiting.deadlines.resolutionDueBy, 120);
    const breached = await opsRma(rma.rmaId);
    expect(breached).toMatchObject({ status: 'awaiting_resolution', slaBreached: true });
    expect(typesOf(breached).filter((t) => t === 'refund_sla_breached')).toHaveLength(1);
    expect(await metricsFor(rma.rmaId)).toEqual(['RefundSlaBreached']);
    await gone(`rma-${rma.rmaId}-resolution-due-again`); // the redelivery did fire
    await drain();
    expect((await mailAbout(rma.number)).filter((m) => m.startsWith('ops_refund_sla_breach'))).toEqual(['ops_refund_sla_breach → sales@mitkco.com']);
    const queue = (await ops('GET', '/v1/ops/rmas?status=awaiting_resolution&slaBreached=true&limit=100')).body;
    expect(queue.items.map((r: { rmaId: string }) => r.rmaId)).toContain(rma.rmaId);

    // Resolving late still works and ends the breach's count among open RMAs.
    const resolved = await ops('POST', `/v1/ops/rmas/${rma.rmaId}/resolution`, { type: 'exchange', reference: 'EX-9', carrier: 'SF', trackingNumber: 'SF7770002' });
    expect(resolved.body).toMatchObject({ status: 'resolved', slaBreached: true });
  });

  it('resolved in time: no breach, no metric, and the schedule is deleted', async () => {
    const { rma } = await submittedRma('damaged_in_transit');
    const waiting = (await ops('POST', `/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'none', note: 'Keep it.' })).body;
    await drain();
    await getSchedule(`rma-${rma.rmaId}-resolution-due`);
    await ops('POST', `/v1/ops/rmas/${rma.rmaId}/resolution`, { type: 'refund', amount: 299, currency: 'USD', reference: 'RF-10' });
    await drain();
    await gone(`rma-${rma.rmaId}-resolution-due`);
    await clockTo(waiting.deadlines.resolutionDueBy, 3600);
    expect((await opsRma(rma.rmaId)).slaBreached).toBe(false);
    expect(await metricsFor(rma.rmaId)).toEqual([]);
    expect((await mailAbout(rma.number)).filter((m) => m.startsWith('ops_refund_sla_breach'))).toEqual([]);
  });
});

describe('moving the clock right after a change', () => {
  it('finds the timers that change started in place: the refund SLA of an approval without return is missed 3 days later', async () => {
    // Submitted and approved back to back, the clock moved at once: no drain in between, so the
    // timers of both changes may still be undelivered; /_local/clock delivers what is pending first.
    const { rma } = await submittedRma('damaged_in_transit');
    await ops('POST', `/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'none', note: 'Keep it.' });
    await advanceClock(3 * 86_400);
    expect(await opsRma(rma.rmaId)).toMatchObject({ status: 'awaiting_resolution', slaBreached: true });
    expect(await metricsFor(rma.rmaId)).toEqual(['RefundSlaBreached']);
  });
});

describe('the decision SLA (R-DECISION-SLA)', () => {
  it('flags an RMA still undecided 48 h after submission, with one DecisionSlaBreached metric', async () => {
    const { rma } = await submittedRma();
    await drain();
    await clockTo(rma.deadlines.decisionDueBy, 120);
    const late = await opsRma(rma.rmaId);
    expect(late).toMatchObject({ status: 'submitted', decisionSlaBreached: true, slaBreached: false });
    expect(await metricsFor(rma.rmaId)).toEqual(['DecisionSlaBreached']);
    await drain();
    expect((await mailAbout(rma.number)).filter((m) => m.startsWith('ops_decision'))).toEqual(['ops_decision_sla_breach → sales@mitkco.com']);
  });
});

describe('stale timer deliveries', () => {
  it('a timer of another state or an older generation changes nothing', async () => {
    const { rma } = await submittedRma();
    const approved = (await ops('POST', `/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'ok' })).body;
    await drain();
    const before = await opsRma(rma.rmaId);
    // The evidence-by timer of the first state, delivered late.
    await fireNow(`stale-evidence-${rma.rmaId}`, { kind: 'rma.evidence_due', rmaId: rma.rmaId, dueAt: rma.deadlines.evidenceBy, generation: 1 });
    // The ship-by timer with the right due time but a generation from before approval.
    const current = JSON.parse((await getSchedule(`rma-${rma.rmaId}-ship-due`)).Target!.Input!) as { generation: number };
    await fireNow(`stale-ship-${rma.rmaId}`, { kind: 'rma.ship_due', rmaId: rma.rmaId, dueAt: approved.deadlines.shipBy, generation: current.generation - 1 });
    const after = await opsRma(rma.rmaId);
    expect(after.status).toBe('approved');
    expect(after.timeline).toEqual(before.timeline);
    expect(after.updatedAt).toBe(before.updatedAt);
  });
});
