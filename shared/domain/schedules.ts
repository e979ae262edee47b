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

export type DeadlineEvent = OrderAcceptanceDue;
export type DeadlineKind = DeadlineEvent['kind'];

export type ScheduleRequest =
  | { readonly action: 'put'; readonly name: string; readonly event: DeadlineEvent }
  | { readonly action: 'delete'; readonly name: string };

/** Schedule names: `[0-9A-Za-z_.-]{1,64}` (the Scheduler API's own constraint). */
export function scheduleName(event: DeadlineEvent): string {
  switch (event.kind) {
    case 'order.acceptance_due':
      return `order-acceptance-${event.orderId}`;
  }
}

export function putSchedule(event: DeadlineEvent): ScheduleRequest {
  return { action: 'put', name: scheduleName(event), event };
}
