/** How the console says things: states, reasons, money, instants, ages, SLA badges. */
import type { Rma, RmaStatus } from './api.js';

export const STATUS_LABELS: Record<RmaStatus, string> = {
  awaiting_evidence: 'Awaiting evidence',
  submitted: 'Submitted',
  approved: 'Approved',
  in_transit: 'In transit',
  received: 'Received',
  awaiting_resolution: 'Awaiting resolution',
  resolved: 'Resolved',
  rejected: 'Rejected',
  inspection_failed: 'Inspection failed',
  expired: 'Expired',
  cancelled: 'Cancelled',
};

export const OPEN_STATUSES: readonly RmaStatus[] = ['awaiting_evidence', 'submitted', 'approved', 'in_transit', 'received', 'awaiting_resolution'];

export const REASON_LABELS: Record<Rma['reason'], string> = {
  faulty: 'Faulty',
  damaged_in_transit: 'Damaged in transit',
  incorrect_item: 'Incorrect item',
  other: 'Other',
};

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function instant(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** "3 d 4 h", "5 h", "12 min": how long ago, or how long until. */
export function span(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

function digitsOf(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units as the currency writes them: 598 USD → "USD 5.98". */
export function money(minor: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'code' }).format(minor / 10 ** digitsOf(currency));
}

/** "5.98" in USD → 598; null when it is not an amount of that currency. */
export function toMinor(text: string, currency: string): number | null {
  const digits = digitsOf(currency);
  const match = new RegExp(`^\\s*(\\d+)(?:\\.(\\d{0,${digits}}))?\\s*$`).exec(text);
  if (match === null) return null;
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? '').padEnd(digits, '0') || 0);
}

/** The deadline that matters next in the RMA's state, with its name. */
export function nextDeadline(rma: Rma): { readonly label: string; readonly at: string } | null {
  const d = rma.deadlines;
  const byStatus: Partial<Record<RmaStatus, [string, string | null]>> = {
    awaiting_evidence: ['Evidence by', d.evidenceBy],
    submitted: ['Decision due', d.decisionDueBy],
    approved: ['Ship by', d.shipBy],
    awaiting_resolution: ['Refund due', d.resolutionDueBy],
  };
  const [label, at] = byStatus[rma.status] ?? ['', null];
  return at ? { label, at } : null;
}

export interface Badge {
  readonly text: string;
  readonly tone: 'danger' | 'warning';
}

/** SLA badges: a breach (refund or decision), or the next deadline within 12 hours. */
export function badges(rma: Rma, now: number): Badge[] {
  const out: Badge[] = [];
  if (rma.slaBreached) out.push({ text: 'Refund SLA breached', tone: 'danger' });
  if (rma.decisionSlaBreached) out.push({ text: 'Decision SLA breached', tone: 'danger' });
  const next = nextDeadline(rma);
  if (next !== null && out.length === 0) {
    const left = Date.parse(next.at) - now;
    if (left <= 0) out.push({ text: `${next.label} passed`, tone: 'danger' });
    else if (left <= 12 * 3_600_000) out.push({ text: `Due within 12 h`, tone: 'warning' });
  }
  return out;
}
