import { describe, expect, it } from 'vitest';
import { applyDeadline, clocksOf } from '../../shared/domain/lifecycle.js';
import type { Rma } from '../../shared/domain/rma.js';
import type { RmaDeadlineDue } from '../../shared/domain/schedules.js';
import { book, rmaIn } from '../support/domain.js';

const clock = (rma: Rma, kind: RmaDeadlineDue['kind']) => clocksOf(rma, book.current).find((c) => c.kind === kind)!;
const justAfter = (iso: string) => new Date(Date.parse(iso) + 1);

describe('deadline timers (R-EVIDENCE-BY, R-SHIP-BY, R-SHIP-REMINDER, SLAs)', () => {
  it('expires an RMA still awaiting evidence right after evidence-by, not at it', () => {
    const rma = rmaIn('awaiting_evidence');
    const event = clock(rma, 'rma.evidence_due');
    expect(applyDeadline(book, rma, event, new Date(event.dueAt))).toEqual({ kind: 'early', dueAt: new Date(event.dueAt) });
    const result = applyDeadline(book, rma, event, justAfter(event.dueAt));
    expect(result.kind === 'applied' && result.outcome.rma.status).toBe('expired');
    expect(result.kind === 'applied' && result.outcome.notifications).toEqual([{ to: 'customer', template: 'rma_expired' }]);
  });

  it('does nothing for an RMA that left the watched state, an older generation, or a moved deadline', () => {
    const waiting = rmaIn('awaiting_evidence');
    const event = clock(waiting, 'rma.evidence_due');
    expect(applyDeadline(book, rmaIn('submitted'), event, justAfter(event.dueAt)).kind).toBe('stale');
    expect(applyDeadline(book, { ...waiting, generation: 2 }, event, justAfter(event.dueAt)).kind).toBe('stale');
    expect(applyDeadline(book, waiting, { ...event, dueAt: '2026-11-09T15:59:59.999Z' }, justAfter(event.dueAt))).toEqual({
      kind: 'stale',
      why: 'the deadline moved',
    });
  });

  it('firing twice is firing once', () => {
    const rma = rmaIn('awaiting_evidence');
    const event = clock(rma, 'rma.evidence_due');
    const first = applyDeadline(book, rma, event, justAfter(event.dueAt));
    if (first.kind !== 'applied') throw new Error('expected the first firing to apply');
    expect(applyDeadline(book, first.outcome.rma, event, justAfter(event.dueAt)).kind).toBe('stale');
  });

  it('reminds once 3 days before ship-by, then expires at ship-by and drops the other timers', () => {
    const rma = rmaIn('approved');
    const reminder = clock(rma, 'rma.ship_reminder');
    expect(Date.parse(rma.deadlines.shipBy!) - Date.parse(reminder.dueAt)).toBe(3 * 86_400_000);
    const reminded = applyDeadline(book, rma, reminder, justAfter(reminder.dueAt));
    if (reminded.kind !== 'applied') throw new Error('expected the reminder to apply');
    expect(reminded.outcome.notifications).toEqual([{ to: 'customer', template: 'rma_ship_reminder' }]);
    expect(reminded.outcome.schedules).toEqual([]);
    expect(applyDeadline(book, reminded.outcome.rma, reminder, justAfter(reminder.dueAt))).toEqual({ kind: 'stale', why: 'reminder already sent' });

    const due = clock(reminded.outcome.rma, 'rma.ship_due');
    const expired = applyDeadline(book, reminded.outcome.rma, due, justAfter(due.dueAt));
    if (expired.kind !== 'applied') throw new Error('expected ship-by to expire the RMA');
    expect(expired.outcome.rma.status).toBe('expired');
    expect(expired.outcome.schedules.map((s) => `${s.action} ${s.name}`)).toEqual(['delete rma-rma-1-ship-reminder', 'delete rma-rma-1-ship-due']);
  });

  it.each([
    ['decision', 'submitted', 'rma.decision_due', 'decisionSlaBreached', 'DecisionSlaBreached', 'ops_decision_sla_breach'],
    ['refund', 'awaiting_resolution', 'rma.resolution_due', 'slaBreached', 'RefundSlaBreached', 'ops_refund_sla_breach'],
  ] as const)('flags a %s SLA breach once: flag, metric, ops email', (_, status, kind, flag, metric, template) => {
    const rma = rmaIn(status);
    const event = clock(rma, kind);
    const result = applyDeadline(book, rma, event, justAfter(event.dueAt));
    if (result.kind !== 'applied') throw new Error('expected the breach to apply');
    expect(result.outcome.rma[flag]).toBe(true);
    expect(result.outcome.rma.status).toBe(status);
    expect(result.outcome.metrics).toEqual([metric]);
    expect(result.outcome.notifications).toEqual([{ to: 'ops', template }]);
    expect(applyDeadline(book, result.outcome.rma, event, justAfter(event.dueAt))).toEqual({ kind: 'stale', why: 'breach already recorded' });
  });

  it('runs no timer in terminal states or while the item travels', () => {
    for (const status of ['in_transit', 'received', 'resolved', 'rejected', 'inspection_failed', 'cancelled'] as const) {
      expect(clocksOf(rmaIn(status), book.current)).toEqual([]);
    }
  });
});
