/** Which change tells which event (events.md, "Event types"): one per timeline entry a shop acts on. */
import { describe, expect, it } from 'vitest';
import { eventsOfChange } from '../../shared/domain/events.js';
import type { Rma, TimelineEntry } from '../../shared/domain/rma.js';
import { opened, rmaIn } from '../support/domain.js';

const withEntry = (rma: Rma, type: string, data?: Record<string, unknown>): Rma => ({
  ...rma,
  version: rma.version + 1,
  timeline: [...rma.timeline, { at: '2026-11-05T00:00:00.000Z', actor: 'system', type, ...(data ? { data } : {}) } as TimelineEntry],
});

describe('the events of a change', () => {
  it('a new RMA tells rma.opened', () => {
    expect(eventsOfChange(null, opened())).toEqual([{ type: 'rma.opened', extra: {} }]);
  });

  it.each([
    ['evidence_verified', { evidenceId: 'E1', kind: 'photo' }, 'rma.evidence_verified', { evidenceId: 'E1' }],
    ['evidence_rejected', { evidenceId: 'E2', kind: 'photo', why: 'too large' }, 'rma.evidence_rejected', { evidenceId: 'E2' }],
    ['submitted', undefined, 'rma.submitted', {}],
    ['rejected', { note: 'no' }, 'rma.rejected', {}],
    ['shipped', {}, 'rma.in_transit', {}],
    ['collected', {}, 'rma.in_transit', {}],
    ['received', undefined, 'rma.received', {}],
    ['inspected', { result: 'fail', intact: false }, 'rma.inspected', { result: 'fail' }],
    ['cancelled', undefined, 'rma.cancelled', {}],
    ['expired_ship_by', undefined, 'rma.expired', { deadline: 'shipBy' }],
    ['expired_evidence_by', undefined, 'rma.expired', { deadline: 'evidenceBy' }],
    ['decision_sla_breached', undefined, 'rma.sla_breached', { sla: 'decision' }],
    ['refund_sla_breached', undefined, 'rma.sla_breached', { sla: 'resolution' }],
  ])('a %s entry tells %s', (entry, data, type, extra) => {
    const before = rmaIn('submitted');
    expect(eventsOfChange(before, withEntry(before, entry, data))).toEqual([{ type, extra }]);
  });

  it('an approval carries the return instructions; a resolution carries the resolution', () => {
    const approved = rmaIn('approved');
    expect(eventsOfChange({ ...approved, timeline: approved.timeline.slice(0, -1) }, approved)).toEqual([
      { type: 'rma.approved', extra: { returnInstructions: approved.returnInstructions } },
    ]);
    const resolved = rmaIn('resolved');
    expect(eventsOfChange({ ...resolved, timeline: resolved.timeline.slice(0, -1) }, resolved)).toEqual([
      { type: 'rma.resolved', extra: { resolution: resolved.resolution } },
    ]);
  });

  it('tells nothing for a refund inquiry, a ship-by reminder or a change without an entry (an upload slot)', () => {
    const rma = rmaIn('approved');
    expect(eventsOfChange(rma, withEntry(rma, 'refund_inquiry', { message: '?' }))).toEqual([]);
    expect(eventsOfChange(rma, withEntry(rma, 'ship_reminder_sent'))).toEqual([]);
    expect(eventsOfChange(rma, { ...rma, version: rma.version + 1 })).toEqual([]);
  });

  it('tells every entry a change added, in order', () => {
    const rma = rmaIn('in_transit');
    const next = withEntry(withEntry(rma, 'received'), 'inspected', { result: 'pass' });
    expect(eventsOfChange(rma, next).map((e) => e.type)).toEqual(['rma.received', 'rma.inspected']);
  });
});
