import { describe, expect, it } from 'vitest';
import { eligibility, orderEligibility, reasonClosesAt } from '../../shared/domain/eligibility.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { REASONS, type Reason } from '../../shared/domain/policy/schema.js';
import { at, order, withPolicy } from '../support/domain.js';

const line = { quantity: 10 };
const check = (reason: Reason, now: Date, committed = 0, policy = defaultPolicy) => eligibility(policy, reason, order, line, committed, now);

describe('windows per reason: the last instant inside is accepted, the first after is refused', () => {
  // Invoiced 20 Oct, delivered 2 Nov (Shanghai). Windows close at 23:59:59.999 Shanghai = 15:59:59.999Z.
  const matrix: [Reason, string, string][] = [
    ['faulty', 'invoicedAt + 60 days (guarantee)', '2026-12-19T15:59:59.999Z'],
    ['damaged_in_transit', 'deliveredAt + 14 days', '2026-11-16T15:59:59.999Z'],
    ['incorrect_item', 'deliveredAt + 7 days', '2026-11-09T15:59:59.999Z'],
    ['other', 'deliveredAt + 7 days (reason in writing)', '2026-11-09T15:59:59.999Z'],
  ];

  it.each(matrix)('%s (%s) accepts at %s', (reason, _, last) => {
    expect(check(reason, at(last))).toEqual({ eligible: true, closesAt: at(last), returnable: 10 });
  });

  it.each(matrix)('%s (%s) refuses 1 ms after %s', (reason, _, last) => {
    const after = new Date(at(last).getTime() + 1);
    expect(check(reason, after)).toEqual({ eligible: false, closesAt: at(last), code: 'window_closed', returnable: 10 });
  });
});

describe('the terms’ own examples', () => {
  it('refuses a damage claim on day 15 after delivery', () => {
    expect(check('damaged_in_transit', at('2026-11-16T16:00:00.000Z')).code).toBe('window_closed'); // 17 Nov 00:00 Shanghai
    expect(check('damaged_in_transit', at('2026-11-17T09:00:00.000Z')).code).toBe('window_closed');
  });

  it('refuses an incorrect-item report on day 8 after delivery', () => {
    expect(check('incorrect_item', at('2026-11-10T01:00:00.000Z')).code).toBe('window_closed'); // 10 Nov 09:00 Shanghai
  });

  it('accepts a faulty report on invoice day 59, long after the 7-day acceptance', () => {
    const day59 = at('2026-12-18T04:00:00.000Z'); // 18 Dec 12:00 Shanghai
    expect(check('other', day59).code).toBe('window_closed');
    expect(check('faulty', day59).eligible).toBe(true);
  });
});

describe('R-ACCEPTANCE: after the acceptance deadline only faulty and damage claims can be opened', () => {
  it('closes a reason that does not survive acceptance at the acceptance deadline, even if its own window is longer', () => {
    const longer = withPolicy((p) => ({ ...p, reasons: { ...p.reasons, other: { ...p.reasons.other, openUntil: { ...p.reasons.other.openUntil, days: 30 } } } }));
    expect(reasonClosesAt(longer, 'other', order)).toEqual(at('2026-11-09T15:59:59.999Z'));
    const surviving = withPolicy((p) => ({ ...p, reasons: { ...p.reasons, other: { ...p.reasons.other, survivesAcceptance: true, openUntil: { ...p.reasons.other.openUntil, days: 30 } } } }));
    expect(reasonClosesAt(surviving, 'other', order)).toEqual(at('2026-12-02T15:59:59.999Z'));
  });
});

describe('the cases the terms authorise', () => {
  it('authorises returns for exactly the four reasons of the terms, each with its rule in the policy', () => {
    expect(REASONS).toEqual(['faulty', 'damaged_in_transit', 'incorrect_item', 'other']);
    expect(Object.keys(defaultPolicy.reasons).sort()).toEqual([...REASONS].sort());
  });
});

describe('R-DELIVERED and R-QUANTITY', () => {
  it.each(REASONS)('refuses %s before delivery with order_not_delivered', (reason) => {
    const undelivered = { ...order, deliveredAt: null };
    expect(eligibility(defaultPolicy, reason, undelivered, line, 0, at('2026-10-25T00:00:00Z'))).toEqual({
      eligible: false,
      closesAt: null,
      code: 'order_not_delivered',
      returnable: 10,
    });
  });

  it('counts units already committed and refuses a fully returned line', () => {
    const now = at('2026-11-05T00:00:00Z');
    expect(check('faulty', now, 7)).toMatchObject({ eligible: true, returnable: 3 });
    expect(check('faulty', now, 10)).toMatchObject({ eligible: false, code: 'fully_returned', returnable: 0 });
  });
});

describe('the order page', () => {
  it('gives every line its returnable units and a verdict per reason', () => {
    const lines = orderEligibility(defaultPolicy, { ...order, committed: { L1: 10, L2: 5 } }, at('2026-11-12T00:00:00Z'));
    expect(lines.map((l) => [l.lineId, l.returnable])).toEqual([
      ['L1', 0],
      ['L2', 45],
    ]);
    expect(lines[0]!.reasons.faulty.code).toBe('fully_returned');
    expect(lines[1]!.reasons.faulty.eligible).toBe(true);
    expect(lines[1]!.reasons.other.code).toBe('window_closed');
  });
});
