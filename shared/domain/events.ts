/**
 * What a change of an RMA tells the outside world (events.md, "Event types"): one event per
 * timeline entry that a shop cares about, with the few facts a receiver needs besides the RMA
 * itself. Pure: the caller adds the id, the time and the RMA as the customer API shows it.
 */
import type { Rma, TimelineEntry } from './rma.js';

export const RMA_EVENT_TYPES = [
  'rma.opened',
  'rma.evidence_verified',
  'rma.evidence_rejected',
  'rma.submitted',
  'rma.approved',
  'rma.rejected',
  'rma.in_transit',
  'rma.received',
  'rma.inspected',
  'rma.resolved',
  'rma.cancelled',
  'rma.expired',
  'rma.sla_breached',
] as const;
export type RmaEventType = (typeof RMA_EVENT_TYPES)[number];

/** Every type a webhook endpoint can subscribe to; `webhook.test` only by the test endpoint. */
export const EVENT_TYPES = [...RMA_EVENT_TYPES, 'webhook.test'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface RmaEventFacts {
  readonly type: RmaEventType;
  /** Added to the payload's `data` beside the RMA (events.md): what the type is about. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/**
 * Timeline entries that are events. Entries missing here change nothing a shop acts on: a
 * refund inquiry (ops' business), a ship-by reminder (the shopper's email).
 */
const BY_ENTRY: Readonly<Record<string, (entry: TimelineEntry, rma: Rma) => RmaEventFacts>> = {
  opened: () => ({ type: 'rma.opened', extra: {} }),
  evidence_verified: (entry) => ({ type: 'rma.evidence_verified', extra: { evidenceId: entry.data?.evidenceId } }),
  evidence_rejected: (entry) => ({ type: 'rma.evidence_rejected', extra: { evidenceId: entry.data?.evidenceId } }),
  submitted: () => ({ type: 'rma.submitted', extra: {} }),
  approved: (_, rma) => ({ type: 'rma.approved', extra: { returnInstructions: rma.returnInstructions } }),
  rejected: () => ({ type: 'rma.rejected', extra: {} }),
  shipped: () => ({ type: 'rma.in_transit', extra: {} }),
  collected: () => ({ type: 'rma.in_transit', extra: {} }),
  received: () => ({ type: 'rma.received', extra: {} }),
  inspected: (entry) => ({ type: 'rma.inspected', extra: { result: entry.data?.result } }),
  resolved: (_, rma) => ({ type: 'rma.resolved', extra: { resolution: rma.resolution } }),
  cancelled: () => ({ type: 'rma.cancelled', extra: {} }),
  expired_ship_by: () => ({ type: 'rma.expired', extra: { deadline: 'shipBy' } }),
  expired_evidence_by: () => ({ type: 'rma.expired', extra: { deadline: 'evidenceBy' } }),
  decision_sla_breached: () => ({ type: 'rma.sla_breached', extra: { sla: 'decision' } }),
  refund_sla_breached: () => ({ type: 'rma.sla_breached', extra: { sla: 'resolution' } }),
};

/**
 * The events of the change from `before` (null: the RMA is new) to `after`, in the order its
 * timeline entries were added. A change that added no such entry tells nothing.
 */
export function eventsOfChange(before: Rma | null, after: Rma): RmaEventFacts[] {
  const added = after.timeline.slice(before?.timeline.length ?? 0);
  return added.flatMap((entry) => BY_ENTRY[entry.type]?.(entry, after) ?? []);
}
