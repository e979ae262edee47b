import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/errors.js';
import { type Command, openRma, shipByFor, TRANSITIONS, transition } from '../../shared/domain/lifecycle.js';
import { policyBook, type Reason } from '../../shared/domain/policy/schema.js';
import type { Rma } from '../../shared/domain/rma.js';
import { RMA_STATUSES, type RmaStatus } from '../../shared/domain/rma-status.js';
import { apply, at, book, customer, opened, openedAt, ops, order, rmaIn, verified, withPolicy } from '../support/domain.js';

function refusal(action: () => unknown): { code: string; details: Record<string, unknown> } | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
  return undefined;
}

const open = (overrides: Partial<Parameters<typeof openRma>[1]> = {}, now = openedAt) =>
  openRma(
    book,
    {
      rmaId: 'rma-1',
      number: 'RMA-2026-000001',
      order,
      reason: 'faulty',
      lines: [{ lineId: 'L1', quantity: 2 }],
      explanation: 'The MCU does not enumerate over USB at all.',
      preferredResolution: 'refund',
      committed: () => 0,
      ...overrides,
    },
    now,
  );

describe('opening an RMA (the written notice)', () => {
  it('starts awaiting evidence, under the current policy version, with the evidence-by timer', () => {
    const { rma, schedules, notifications } = open();
    expect(rma).toMatchObject({ status: 'awaiting_evidence', policyVersion: '2026-11-24', noticeAt: openedAt.toISOString(), generation: 1 });
    // Opened 3 Nov 10:00 Shanghai: evidence by the end of 10 Nov, Shanghai.
    expect(rma.deadlines).toEqual({ evidenceBy: '2026-11-10T15:59:59.999Z', shipBy: null, decisionDueBy: null, resolutionDueBy: null });
    expect(schedules).toEqual([
      {
        action: 'put',
        name: 'rma-rma-1-evidence-due',
        event: { kind: 'rma.evidence_due', rmaId: 'rma-1', dueAt: '2026-11-10T15:59:59.999Z', generation: 1 },
      },
    ]);
    expect(notifications).toEqual([{ to: 'customer', template: 'rma_opened' }]);
    expect(rma.timeline).toEqual([{ at: openedAt.toISOString(), actor: 'customer', type: 'opened', data: { reason: 'faulty' } }]);
  });

  it('refuses unknown and repeated lines', () => {
    expect(refusal(() => open({ lines: [{ lineId: 'L9', quantity: 1 }] }))).toMatchObject({
      code: 'validation_failed',
      details: { errors: [{ path: 'lines[0].lineId' }] },
    });
    expect(refusal(() => open({ lines: [{ lineId: 'L1', quantity: 1 }, { lineId: 'L1', quantity: 1 }] }))?.details.errors).toEqual([
      { path: 'lines[1].lineId', message: 'line L1 is listed twice' },
    ]);
  });

  it('refuses before delivery (R-DELIVERED)', () => {
    expect(refusal(() => open({ order: { ...order, deliveredAt: null } }))?.code).toBe('order_not_delivered');
  });

  it('refuses after the window with its closing instant', () => {
    expect(refusal(() => open({ reason: 'other' }, at('2026-11-10T00:00:00Z')))).toMatchObject({
      code: 'window_closed',
      details: { closesAt: '2026-11-09T15:59:59.999Z' },
    });
  });

  it('refuses more units than are left to return (R-QUANTITY)', () => {
    expect(refusal(() => open({ lines: [{ lineId: 'L1', quantity: 4 }], committed: () => 7 }))).toMatchObject({
      code: 'quantity_exceeds_returnable',
      details: { returnable: 3, errors: [{ path: 'lines[0].quantity', message: 'must be at most 3' }] },
    });
    expect(open({ lines: [{ lineId: 'L1', quantity: 3 }], committed: () => 7 }).rma.status).toBe('awaiting_evidence');
  });
});

describe('submitting: evidence rules per reason (R-EVIDENCE)', () => {
  const submit = (reason: Reason, evidence: Rma['evidence'], explanation = 'It arrived broken in two.') =>
    refusal(() => transition(book, { ...opened(reason), evidence, explanation }, { type: 'submit' }, { actor: customer, order, now: openedAt }));

  it.each<[Reason, Rma['evidence'], string, string | undefined]>([
    ['faulty', [], 'A long explanation of the fault seen.', 'evidence_incomplete'],
    ['faulty', verified('photo'), 'Too short', 'evidence_incomplete'],
    ['faulty', verified('photo'), 'Does not power up, even on a bench supply.', undefined],
    ['faulty', [...verified('photo'), ...verified('test_report')], '', undefined],
    ['damaged_in_transit', verified('video'), 'Crushed box.', undefined],
    ['damaged_in_transit', verified('video'), '   ', 'evidence_incomplete'],
    ['damaged_in_transit', verified('test_report'), 'Crushed box.', 'evidence_incomplete'],
    ['incorrect_item', verified('photo'), 'Got AMS1117-5.0 instead.', undefined],
    ['incorrect_item', verified('video'), 'Got AMS1117-5.0 instead.', 'evidence_incomplete'],
    ['other', verified('photo'), 'Ordered too many.', undefined],
    ['other', verified('photo'), '', 'evidence_incomplete'],
  ])('%s with %j and explanation %j → %s', (reason, evidence, explanation, code) => {
    expect(submit(reason, evidence, explanation)?.code).toBe(code);
  });

  it('counts only verified uploads and lists what is missing', () => {
    const pending = verified('photo').map((e) => ({ ...e, status: 'pending' as const }));
    expect(submit('faulty', pending, 'short')).toEqual({
      code: 'evidence_incomplete',
      details: { missing: ['1 verified photo', 'an explanation of at least 20 characters or a verified test_report'] },
    });
  });

  it('starts the 48-hour decision clock and tells the customer and ops', () => {
    const { rma, schedules, notifications } = transition(
      book,
      { ...opened(), evidence: verified('photo') },
      { type: 'submit' },
      { actor: customer, order, now: openedAt },
    );
    expect(rma).toMatchObject({ status: 'submitted', submittedAt: openedAt.toISOString(), generation: 2 });
    expect(rma.deadlines.decisionDueBy).toBe('2026-11-05T02:00:00.000Z');
    expect(schedules.map((s) => `${s.action} ${s.name}`)).toEqual(['delete rma-rma-1-evidence-due', 'put rma-rma-1-decision-due']);
    expect(notifications.map((n) => `${n.to}:${n.template}`)).toEqual(['customer:rma_submitted', 'ops:ops_new_submission']);
  });
});

describe('approval and ship-by (R-SHIP-BY)', () => {
  const approve = (rma: Rma, now: Date, extra: Partial<Extract<Command, { type: 'approve' }>> = {}, ctxOrder = order) =>
    transition(book, rma, { type: 'approve', method: 'ship', note: 'Send it back.', ...extra }, { actor: ops, order: ctxOrder, now });

  it('gives the return address and ship-by = invoice + 60 days, with reminder 3 days before', () => {
    const { rma, schedules } = approve(rmaIn('submitted'), at('2026-11-05T02:00:00Z'));
    expect(rma.returnInstructions).toEqual({
      method: 'ship',
      address: 'No. 328, Hengyong Road\nJiading District\n201806 Shanghai\nChina\nTel: 86-21-68361005',
      shipBy: '2026-12-19T15:59:59.999Z',
    });
    expect(schedules.map((s) => (s.action === 'put' ? `${s.name} ${s.event.dueAt}` : `delete ${s.name}`))).toEqual([
      'delete rma-rma-1-decision-due',
      'rma-rma-1-ship-reminder 2026-12-16T15:59:59.999Z',
      'rma-rma-1-ship-due 2026-12-19T15:59:59.999Z',
    ]);
  });

  it('never gives less than 7 days after approval', () => {
    const { rma } = approve(rmaIn('submitted'), at('2026-12-15T02:00:00Z'));
    expect(rma.deadlines.shipBy).toBe('2026-12-22T15:59:59.999Z');
  });

  it('for `other`, takes the earlier of invoice + 60 days and notice + 53 days', () => {
    const lateInvoice = { ...order, invoicedAt: at('2026-11-01T02:00:00Z') };
    const rma = { ...opened('other'), evidence: verified('photo') };
    const submitted = transition(book, rma, { type: 'submit' }, { actor: customer, order: lateInvoice, now: openedAt }).rma;
    // invoice + 60 = 31 Dec; notice (3 Nov) + 53 = 26 Dec.
    expect(approve(submitted, at('2026-11-05T02:00:00Z'), {}, lateInvoice).rma.deadlines.shipBy).toBe('2026-12-26T15:59:59.999Z');
    expect(approve(rmaIn('submitted', 'other'), at('2026-11-05T02:00:00Z')).rma.deadlines.shipBy).toBe('2026-12-19T15:59:59.999Z');
  });

  it('lets ops give more time, never less', () => {
    expect(approve(rmaIn('submitted'), at('2026-11-05T02:00:00Z'), { shipBy: at('2027-01-10T00:00:00Z') }).rma.deadlines.shipBy).toBe(
      '2027-01-10T00:00:00.000Z',
    );
    expect(refusal(() => approve(rmaIn('submitted'), at('2026-11-05T02:00:00Z'), { shipBy: at('2026-12-01T00:00:00Z') }))).toMatchObject({
      code: 'validation_failed',
      details: { errors: [{ path: 'shipBy' }] },
    });
  });

  it('is never earlier than approval + 7 days, and equals the earliest bound when that is later (property)', () => {
    const reasons: Reason[] = ['faulty', 'damaged_in_transit', 'other'];
    fc.assert(
      fc.property(
        fc.constantFrom(...reasons),
        fc.date({ min: at('2026-11-03T02:00:00Z'), max: at('2027-06-01T00:00:00Z'), noInvalidDate: true }),
        (reason, approvedAt) => {
          const anchors = { invoicedAt: order.invoicedAt, deliveredAt: order.deliveredAt, noticeAt: openedAt, approvedAt, inspectedAt: null };
          const shipBy = shipByFor(book.current, reason, anchors);
          expect(shipBy.getTime()).toBeGreaterThanOrEqual(approvedAt.getTime() + 7 * 86_400_000);
          // Every reason's earliest bound here is invoice + 60 days (notice + 53 is later for `other`).
          const bound = at('2026-12-19T15:59:59.999Z');
          if (bound.getTime() >= approvedAt.getTime() + 8 * 86_400_000) expect(shipBy).toEqual(bound);
        },
      ),
    );
  });

  it('refuses a method the reason does not allow', () => {
    expect(refusal(() => approve(rmaIn('submitted'), openedAt, { method: 'collection' }))).toMatchObject({
      code: 'validation_failed',
      details: { errors: [{ path: 'returnMethod' }] },
    });
  });

  it('takes the reason’s only method when none is named, and needs one named when there are several', () => {
    const unnamed = { method: undefined } as const;
    expect(approve(rmaIn('submitted', 'incorrect_item'), openedAt, unnamed).rma.returnInstructions?.method).toBe('collection');
    expect(approve(rmaIn('submitted'), openedAt, unnamed).rma.returnInstructions?.method).toBe('ship');
    expect(refusal(() => approve(rmaIn('submitted', 'damaged_in_transit'), openedAt, unnamed))).toMatchObject({
      code: 'validation_failed',
      details: { errors: [{ path: 'returnMethod' }] },
    });
  });

  it('refuses a ship-by date for a return the customer does not ship', () => {
    expect(
      refusal(() => approve(rmaIn('submitted', 'damaged_in_transit'), openedAt, { method: 'collection', shipBy: at('2027-01-10T00:00:00Z') })),
    ).toMatchObject({ code: 'validation_failed', details: { errors: [{ path: 'shipBy' }] } });
  });

  it('with method `none`, goes straight to awaiting resolution with the 48-hour refund clock', () => {
    const { rma, schedules } = approve(rmaIn('submitted', 'damaged_in_transit'), openedAt, { method: 'none' });
    expect(rma).toMatchObject({ status: 'awaiting_resolution', returnInstructions: { method: 'none', address: null, shipBy: null } });
    expect(rma.deadlines.resolutionDueBy).toBe('2026-11-05T02:00:00.000Z');
    expect(schedules.map((s) => `${s.action} ${s.name}`)).toEqual(['delete rma-rma-1-decision-due', 'put rma-rma-1-resolution-due']);
  });

  it('with method `collection`, sets no ship-by: the seller collects', () => {
    const { rma, schedules } = approve(rmaIn('submitted', 'incorrect_item'), openedAt, { method: 'collection' });
    expect(rma.returnInstructions).toEqual({ method: 'collection', address: null, shipBy: null });
    expect(schedules.map((s) => s.action)).toEqual(['delete']);
  });
});

describe('shipping and the damage hold (R-HOLD, R-TRACKING)', () => {
  const ship = (rma: Rma, trackingNumber = 'JD0146000011', now = openedAt) =>
    refusal(() => transition(book, rma, { type: 'ship', carrier: 'DHL', trackingNumber }, { actor: customer, order, now }));

  it.each<RmaStatus>(['awaiting_evidence', 'submitted'])('refuses to ship a damaged item while %s: awaiting_instructions', (status) => {
    expect(ship(rmaIn(status, 'damaged_in_transit'))).toEqual({ code: 'awaiting_instructions', details: { rmaStatus: status } });
  });

  it('keeps the hold when ops chose to collect, and lifts it when ops say ship', () => {
    const collect = apply(rmaIn('submitted', 'damaged_in_transit'), { type: 'approve', method: 'collection', note: 'We pick up.' });
    expect(ship(collect)?.code).toBe('awaiting_instructions');
    expect(ship(rmaIn('approved', 'damaged_in_transit'))).toBeUndefined();
  });

  it('refuses a non-damaged RMA that is not approved with invalid_state, not the hold', () => {
    expect(ship(rmaIn('submitted'))).toEqual({ code: 'invalid_state', details: { rmaStatus: 'submitted' } });
  });

  it.each(['1234', 'x'.repeat(41), 'JD 0146000011', 'JD0146_000011'])('refuses tracking number %j', (tracking) => {
    expect(ship(rmaIn('approved'), tracking)?.code).toBe('validation_failed');
  });

  it('accepts 5 and 40 characters of letters, digits and dashes', () => {
    expect(ship(rmaIn('approved'), 'AB-12')).toBeUndefined();
    expect(ship(rmaIn('approved'), 'A'.repeat(40))).toBeUndefined();
  });

  it('refuses after ship-by with window_closed', () => {
    const rma = rmaIn('approved');
    expect(ship(rma, 'JD0146000011', at(rma.deadlines.shipBy!))).toBeUndefined();
    expect(ship(rma, 'JD0146000011', new Date(Date.parse(rma.deadlines.shipBy!) + 1))?.code).toBe('window_closed');
  });

  it('records the shipment and tells the customer and ops', () => {
    const { rma, notifications, schedules } = transition(
      book,
      rmaIn('approved'),
      { type: 'ship', carrier: 'DHL', trackingNumber: 'JD0146000011' },
      { actor: customer, order, now: openedAt },
    );
    expect(rma.shipment).toEqual({ carrier: 'DHL', trackingNumber: 'JD0146000011', at: openedAt.toISOString(), by: 'customer' });
    expect(notifications.map((n) => n.template)).toEqual(['rma_in_transit', 'ops_customer_shipped']);
    expect(schedules.map((s) => `${s.action} ${s.name}`)).toEqual(['delete rma-rma-1-ship-reminder', 'delete rma-rma-1-ship-due']);
  });

  it('lets only the right party move the item: customer ships, ops collect', () => {
    expect(ship(rmaIn('approved', 'incorrect_item'))?.code).toBe('invalid_state');
    const collect = () => apply(rmaIn('approved'), { type: 'collect', carrier: 'SF', trackingNumber: 'SF1234567890' });
    expect(refusal(collect)?.code).toBe('invalid_state');
    expect(rmaIn('in_transit', 'incorrect_item').shipment).toMatchObject({ by: 'ops', carrier: 'SF' });
  });
});

describe('inspection and resolution (R-INSPECTION, R-RESOLUTION)', () => {
  const inspect = (rma: Rma, command: Omit<Extract<Command, { type: 'inspect' }>, 'type'>) => apply(rma, { type: 'inspect', ...command });

  it('requires `intact` for `other` and fails an item that is not intact', () => {
    expect(refusal(() => inspect(rmaIn('received', 'other'), { result: 'pass', note: 'ok' }))).toMatchObject({
      code: 'validation_failed',
      details: { errors: [{ path: 'intact' }] },
    });
    expect(inspect(rmaIn('received', 'other'), { result: 'pass', note: 'Seal broken', intact: false })).toMatchObject({
      status: 'inspection_failed',
      inspection: { result: 'fail', intact: false },
    });
    expect(inspect(rmaIn('received'), { result: 'pass', note: 'ok' }).inspection?.intact).toBeNull();
  });

  it('starts the 2-day refund promise when the inspection passes', () => {
    const rma = inspect(rmaIn('received'), { result: 'pass', note: 'Dead on arrival.' });
    expect(rma).toMatchObject({ status: 'awaiting_resolution', inspectedAt: openedAt.toISOString() });
    expect(rma.deadlines.resolutionDueBy).toBe('2026-11-05T02:00:00.000Z');
  });

  it('refunds at most what was paid for the returned units, in the order currency', () => {
    const rma = rmaIn('awaiting_resolution'); // 2 × 299
    expect(refusal(() => apply(rma, { type: 'refund', amount: 599, currency: 'USD', reference: 'RF-1' }))).toMatchObject({
      code: 'refund_exceeds_paid',
      details: { paid: 598 },
    });
    // In words, in the currency's major units (the refund's amount is in minor units).
    expect(() => apply(rma, { type: 'refund', amount: 599, currency: 'USD', reference: 'RF-1' })).toThrow('At most 5.98 USD was paid for the returned units.');
    expect(refusal(() => apply(rma, { type: 'refund', amount: 598, currency: 'EUR', reference: 'RF-1' }))?.code).toBe('validation_failed');
    expect(apply(rma, { type: 'refund', amount: 598, currency: 'USD', reference: 'RF-1' })).toMatchObject({
      status: 'resolved',
      resolution: { type: 'refund', amount: 598, currency: 'USD', reference: 'RF-1' },
    });
  });

  it('resolves with an exchange and the replacement’s tracking', () => {
    const rma = apply(rmaIn('awaiting_resolution'), { type: 'exchange', reference: 'EX-1', carrier: 'DHL', trackingNumber: 'JD0146000099' });
    expect(rma).toMatchObject({ status: 'resolved', resolution: { type: 'exchange', trackingNumber: 'JD0146000099' } });
    expect(rma.timeline.at(-1)).toMatchObject({ actor: 'ops', actorId: 'ops-sub-1', actorEmail: 'lin@example.com', type: 'resolved' });
  });
});

describe('refund inquiries (R-REFUND-HELP)', () => {
  it('passes a question about a refund on to the refunds address, without changing the RMA’s state', () => {
    const refunded = rmaIn('resolved');
    const { rma, notifications, schedules } = transition(
      book,
      refunded,
      { type: 'inquire', message: 'Not on my card after 10 days.' },
      { actor: customer, order, now: openedAt },
    );
    expect(rma.status).toBe('resolved');
    expect(rma.generation).toBe(refunded.generation);
    expect(rma.timeline.at(-1)).toMatchObject({ actor: 'customer', type: 'refund_inquiry', data: { message: 'Not on my card after 10 days.' } });
    expect(notifications).toEqual([{ to: 'refunds', template: 'refund_inquiry' }]);
    expect(schedules).toEqual([]);
  });

  it('refuses an inquiry about an exchange', () => {
    const exchanged = apply(rmaIn('awaiting_resolution'), { type: 'exchange', reference: 'EX-1', carrier: 'DHL', trackingNumber: 'JD0146000099' });
    expect(refusal(() => apply(exchanged, { type: 'inquire', message: '?' }, customer))).toEqual({
      code: 'invalid_state',
      details: { rmaStatus: 'resolved' },
    });
  });
});

describe('the transition table', () => {
  const sample: Record<Command['type'], Command> = {
    submit: { type: 'submit' },
    approve: { type: 'approve', method: 'ship', note: 'ok' },
    reject: { type: 'reject', note: 'no' },
    ship: { type: 'ship', carrier: 'DHL', trackingNumber: 'JD0146000011' },
    collect: { type: 'collect', carrier: 'SF', trackingNumber: 'SF1234567890' },
    receive: { type: 'receive' },
    inspect: { type: 'inspect', result: 'pass', note: 'ok' },
    refund: { type: 'refund', amount: 1, currency: 'USD', reference: 'R' },
    exchange: { type: 'exchange', reference: 'E', carrier: 'DHL', trackingNumber: 'JD0146000011' },
    cancel: { type: 'cancel' },
    inquire: { type: 'inquire', message: 'Where is my refund?' },
  };
  const illegal = (Object.keys(TRANSITIONS) as Command['type'][]).flatMap((type) =>
    RMA_STATUSES.filter((status) => !TRANSITIONS[type].from.includes(status)).map((status) => [type, status] as const),
  );

  it.each(illegal)('refuses %s from %s with invalid_state and the current state, changing nothing', (type, status) => {
    const rma = rmaIn(status);
    const before = structuredClone(rma);
    const actor = TRANSITIONS[type].by[0] === 'customer' ? customer : ops;
    expect(refusal(() => transition(book, rma, sample[type], { actor, order, now: openedAt }))).toEqual({
      code: 'invalid_state',
      details: { rmaStatus: status },
    });
    expect(rma).toEqual(before);
  });

  it('refuses a party the transition is not for', () => {
    expect(refusal(() => apply(rmaIn('submitted'), sample.approve, customer))?.code).toBe('forbidden');
    expect(refusal(() => apply(rmaIn('awaiting_evidence'), sample.submit, ops))?.code).toBe('forbidden');
  });

  it.each<RmaStatus>(['awaiting_evidence', 'submitted', 'approved'])('lets the customer or ops cancel from %s', (status) => {
    expect(apply(rmaIn(status), sample.cancel, customer).status).toBe('cancelled');
    expect(apply(rmaIn(status), sample.cancel, ops).status).toBe('cancelled');
  });

  it('drives every reason from opening to resolution', () => {
    for (const reason of ['faulty', 'damaged_in_transit', 'incorrect_item', 'other'] as const) {
      const rma = rmaIn('resolved', reason);
      expect(rma.status).toBe('resolved');
      expect(rma.timeline.map((e) => e.type)).toEqual(['opened', 'submitted', 'approved', reason === 'incorrect_item' ? 'collected' : 'shipped', 'received', 'inspected', 'resolved']);
    }
  });
});

describe('policy versions', () => {
  it('judges an open RMA by the policy it was opened under, and new RMAs by the current one', () => {
    const v1 = book.current;
    const v2 = withPolicy((p) => ({
      ...p,
      version: '2027-01-01',
      evidenceBy: { ...p.evidenceBy, days: 3 },
      reasons: { ...p.reasons, faulty: { ...p.reasons.faulty, shipBy: [{ ...p.reasons.faulty.shipBy[0]!, days: 90 }] } },
    }));
    const later = policyBook(v2, [v1]);
    const submitted = rmaIn('submitted');
    const approved = transition(later, submitted, { type: 'approve', method: 'ship', note: 'ok' }, { actor: ops, order, now: at('2026-11-05T02:00:00Z') }).rma;
    expect(approved.policyVersion).toBe(v1.version);
    expect(approved.deadlines.shipBy).toBe('2026-12-19T15:59:59.999Z');
    expect(opened('faulty', { books: later })).toMatchObject({ policyVersion: '2027-01-01', deadlines: { evidenceBy: '2026-11-06T15:59:59.999Z' } });
    expect(() => transition(policyBook(v2), submitted, { type: 'cancel' }, { actor: ops, order, now: openedAt })).toThrow(/No policy with version/);
  });
});
