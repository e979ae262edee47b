import { describe, expect, it } from 'vitest';
import { median, returnsReport } from '../../shared/domain/report.js';
import type { Rma } from '../../shared/domain/rma.js';
import { rmaIn } from '../support/domain.js';

const id = (n: number) => ({ rmaId: `rma-${n}`, number: `RMA-2026-00000${n}` });
const LINES: Record<string, { sku: string; name: string }> = { L1: { sku: 'STM32F103C8T6', name: 'MCU' }, L2: { sku: 'AMS1117-3.3', name: 'LDO' } };
const lineOf = (_: Rma, lineId: string) => LINES[lineId] ?? null;

/** Submitted at `rmaIn`'s fixed instant (3 Nov 02:00 UTC); the decision and the refund `hours` later. */
const at = (hours: number) => new Date(Date.parse('2026-11-03T02:00:00.000Z') + hours * 3_600_000).toISOString();
function decidedAfter(rma: Rma, hours: number): Rma {
  return { ...rma, timeline: rma.timeline.map((t) => (t.type === 'approved' || t.type === 'rejected' ? { ...t, at: at(hours) } : t)) };
}

describe('the returns report of a period', () => {
  const resolvedFast = { ...decidedAfter(rmaIn('resolved'), 10), ...id(1), resolvedAt: at(30) };
  const resolvedSlow = { ...decidedAfter(rmaIn('resolved', 'other'), 40), ...id(2), resolvedAt: at(90), slaBreached: true, lines: [{ lineId: 'L2', quantity: 5 }] };
  const undecided = { ...rmaIn('submitted', 'damaged_in_transit'), ...id(3) };
  const lateDecision = { ...rmaIn('submitted'), ...id(4), decisionSlaBreached: true };
  const waitingBreached = { ...decidedAfter(rmaIn('awaiting_resolution'), 20), ...id(5), slaBreached: true, lines: [{ lineId: 'L9', quantity: 1 }] };
  const report = returnsReport([resolvedFast, resolvedSlow, undecided, lateDecision, waitingBreached], lineOf);

  it('counts returns by reason, with each reason’s share of all', () => {
    expect(report.total).toBe(5);
    expect(report.byReason).toEqual([
      { reason: 'faulty', count: 3, share: 0.6 },
      { reason: 'damaged_in_transit', count: 1, share: 0.2 },
      { reason: 'incorrect_item', count: 0, share: 0 },
      { reason: 'other', count: 1, share: 0.2 },
    ]);
  });

  it('counts returns and units by SKU from the order lines, most returned first; a line of a vanished order by its id', () => {
    expect(report.bySku).toEqual([
      { sku: 'STM32F103C8T6', name: 'MCU', returns: 3, units: 6, share: 0.6 },
      { sku: 'AMS1117-3.3', name: 'LDO', returns: 1, units: 5, share: 0.2 },
      { sku: 'L9', name: '', returns: 1, units: 1, share: 0.2 },
    ]);
  });

  it('takes the median hours from submission to decision and to resolution', () => {
    expect(report.medianHoursToDecision).toBe(20); // 10, 20, 40
    expect(report.medianHoursToResolution).toBe(60); // 30, 90
  });

  it('measures each SLA over the RMAs whose clock ran out or stopped (R-DECISION-SLA, R-REFUND-SLA)', () => {
    // Decision: decided 1, 2, 5 in time, 4 flagged late; 3 still within its 48 hours.
    expect(report.sla.decision).toEqual({ measured: 4, met: 3, compliance: 0.75 });
    // Refund: 1 in time, 2 and 5 breached.
    expect(report.sla.refund).toEqual({ measured: 3, met: 1, compliance: 0.333 });
  });

  it('of an empty period: zeros and no rates', () => {
    expect(returnsReport([], lineOf)).toMatchObject({ total: 0, bySku: [], medianHoursToDecision: null, sla: { decision: { measured: 0, compliance: null } } });
    expect(median([3, 1, 2])).toBe(2);
  });
});
