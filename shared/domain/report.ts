/**
 * The returns report over a period (the ops console's "Reports"): what came back and why, how
 * fast ops decided and resolved, and how often the two promises of the terms were kept (the
 * 48-hour decision, R-DECISION-SLA; the refund within 2 days of a passed inspection, R-REFUND-SLA).
 * Pure: it takes the RMAs opened in the period and the order lines they return.
 */
import type { Reason } from './policy/book.js';
import { REASONS } from './policy/book.js';
import type { Rma } from './rma.js';

export interface OrderLineFacts {
  readonly sku: string;
  readonly name: string;
}

export interface SlaCompliance {
  /** RMAs whose clock has run out or stopped: decided (or resolved) in time, or flagged breached. */
  readonly measured: number;
  readonly met: number;
  /** `met / measured`, null when nothing was measured. */
  readonly compliance: number | null;
}

export interface ReturnsReport {
  readonly total: number;
  readonly byReason: readonly { readonly reason: Reason; readonly count: number; readonly share: number }[];
  readonly bySku: readonly { readonly sku: string; readonly name: string; readonly returns: number; readonly units: number; readonly share: number }[];
  readonly medianHoursToDecision: number | null;
  readonly medianHoursToResolution: number | null;
  readonly sla: { readonly decision: SlaCompliance; readonly refund: SlaCompliance };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const hoursBetween = (from: string, to: string) => Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 10) / 10;
const share = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 1000) / 1000);

function compliance(measured: number, breached: number): SlaCompliance {
  return { measured, met: measured - breached, compliance: measured === 0 ? null : share(measured - breached, measured) };
}

/** When ops decided (approved or rejected), from the timeline; null while undecided. */
function decidedAt(rma: Rma): string | null {
  return rma.timeline.find((t) => t.type === 'approved' || t.type === 'rejected')?.at ?? null;
}

/**
 * The report of `rmas` (those opened in the period); `lineOf` names an RMA's order line (null if
 * the order is gone, then the line counts under its id).
 */
export function returnsReport(rmas: readonly Rma[], lineOf: (rma: Rma, lineId: string) => OrderLineFacts | null): ReturnsReport {
  const total = rmas.length;
  const byReason = REASONS.map((reason) => {
    const count = rmas.filter((r) => r.reason === reason).length;
    return { reason, count, share: share(count, total) };
  });

  const skus = new Map<string, { sku: string; name: string; rmas: Set<string>; units: number }>();
  for (const rma of rmas) {
    for (const line of rma.lines) {
      const facts = lineOf(rma, line.lineId) ?? { sku: line.lineId, name: '' };
      const entry = skus.get(facts.sku) ?? { ...facts, rmas: new Set<string>(), units: 0 };
      entry.rmas.add(rma.rmaId);
      entry.units += line.quantity;
      skus.set(facts.sku, entry);
    }
  }
  const bySku = [...skus.values()]
    .map(({ sku, name, rmas: returned, units }) => ({ sku, name, returns: returned.size, units, share: share(returned.size, total) }))
    .sort((a, b) => b.returns - a.returns || b.units - a.units || a.sku.localeCompare(b.sku));

  const toDecision = rmas.flatMap((r) => {
    const decided = decidedAt(r);
    return r.submittedAt !== null && decided !== null ? [hoursBetween(r.submittedAt, decided)] : [];
  });
  const toResolution = rmas.flatMap((r) => (r.status === 'resolved' && r.submittedAt !== null && r.resolvedAt !== null ? [hoursBetween(r.submittedAt, r.resolvedAt)] : []));

  const decisionMeasured = rmas.filter((r) => decidedAt(r) !== null || r.decisionSlaBreached);
  const refundMeasured = rmas.filter((r) => r.deadlines.resolutionDueBy !== null && (r.status === 'resolved' || r.slaBreached));
  return {
    total,
    byReason,
    bySku,
    medianHoursToDecision: median(toDecision),
    medianHoursToResolution: median(toResolution),
    sla: {
      decision: compliance(decisionMeasured.length, decisionMeasured.filter((r) => r.decisionSlaBreached).length),
      refund: compliance(refundMeasured.length, refundMeasured.filter((r) => r.slaBreached).length),
    },
  };
}
