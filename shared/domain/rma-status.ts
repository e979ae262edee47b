/** RMA states (lifecycle.md, "States"). */
export const RMA_STATUSES = [
  'awaiting_evidence',
  'submitted',
  'approved',
  'in_transit',
  'received',
  'awaiting_resolution',
  'resolved',
  'rejected',
  'inspection_failed',
  'expired',
  'cancelled',
] as const;

export type RmaStatus = (typeof RMA_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<RmaStatus> = new Set([
  'resolved',
  'rejected',
  'inspection_failed',
  'expired',
  'cancelled',
]);

/** The states ops still have work in: the default of the ops queue. */
export const OPEN_STATUSES: readonly RmaStatus[] = RMA_STATUSES.filter((s) => !TERMINAL_STATUSES.has(s));
