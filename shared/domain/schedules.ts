/**
 * Scheduled events (lifecycle.md, "Scheduled events") and the requests to (re)schedule or
 * cancel them. The domain decides *what* must fire *when*; the outbox dispatcher turns a
 * request into EventBridge Scheduler calls. Names are deterministic so a retried request
 * lands on the same schedule.
 */
export interface OrderAcceptanceDue {
  readonly kind: 'order.acceptance_due';
  readonly orderId: string;
  readonly dueAt: string;
  readonly generation: number;
}

export const RMA_DEADLINE_KINDS = [
  'rma.evidence_due',
  'rma.ship_reminder',
  'rma.ship_due',
  'rma.decision_due',
  'rma.resolution_due',
] as const;

export interface RmaDeadlineDue {
  readonly kind: (typeof RMA_DEADLINE_KINDS)[number];
  readonly rmaId: string;
  readonly dueAt: string;
  readonly generation: number;
}

export type DeadlineEvent = OrderAcceptanceDue | RmaDeadlineDue;

export type ScheduleRequest =
  | { readonly action: 'put'; readonly name: string; readonly event: DeadlineEvent }
  | { readonly action: 'delete'; readonly name: string };

/** Schedule names: `[0-9A-Za-z_.-]{1,64}` (the Scheduler API's own constraint). */
export function scheduleName(event: DeadlineEvent): string {
  switch (event.kind) {
    case 'order.acceptance_due':
      return `order-acceptance-${event.orderId}`;
    default:
      return `rma-${event.rmaId}-${event.kind.slice('rma.'.length).replace('_', '-')}`;
  }
}

export function putSchedule(event: DeadlineEvent): ScheduleRequest {
  return { action: 'put', name: scheduleName(event), event };
}

export function deleteSchedule(event: DeadlineEvent): ScheduleRequest {
  return { action: 'delete', name: scheduleName(event) };
}
