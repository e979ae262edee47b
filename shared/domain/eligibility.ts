/**
 * May a shopper open a return for this order line and reason now? (policy.md, "Reasons and
 * their windows", R-DELIVERED, R-ACCEPTANCE, R-QUANTITY). Pure: `now` is passed in.
 */
import { type Policy, type PolicyWindow, REASONS, type Reason } from './policy/book.js';
import { earliest, windowEnd } from './time.js';

export type IneligibleCode = 'order_not_delivered' | 'fully_returned' | 'window_closed';

export interface Eligibility {
  readonly eligible: boolean;
  /** The last instant at which this reason can be opened for the line; `null` before delivery. */
  readonly closesAt: Date | null;
  /** Why not, when not eligible. */
  readonly code?: IneligibleCode;
  /** Units of the line still returnable (R-QUANTITY). */
  readonly returnable: number;
}

/** The instants a window can be anchored on; `null` where the event has not happened yet. */
export type Anchors = Readonly<Record<PolicyWindow['anchor'], Date | null>>;

export interface OrderFacts {
  readonly invoicedAt: Date;
  readonly deliveredAt: Date | null;
}

/** End of `window` for the given anchors, or `null` if its anchor has not happened. */
export function closeOf(window: PolicyWindow, anchors: Anchors, policy: Policy): Date | null {
  const anchor = anchors[window.anchor];
  return anchor === null ? null : windowEnd(anchor, window.days, policy.timeZone);
}

/**
 * When a reason stops being openable: its own window and, unless the reason survives the
 * acceptance deadline (faulty: the 60-day guarantee; damage: its 14 days), the acceptance
 * deadline too: after it the goods are "deemed received in full working order".
 */
export function reasonClosesAt(policy: Policy, reason: Reason, order: OrderFacts): Date | null {
  if (order.deliveredAt === null) return null;
  const anchors: Anchors = { invoicedAt: order.invoicedAt, deliveredAt: order.deliveredAt, noticeAt: null, approvedAt: null, inspectedAt: null };
  const rule = policy.reasons[reason];
  const own = closeOf(rule.openUntil, anchors, policy)!;
  if (rule.survivesAcceptance) return own;
  return earliest(own, closeOf(policy.acceptance.window, anchors, policy)!);
}

/**
 * @param committed units of the line already in RMAs that are open or went through
 *   (everything but cancelled, rejected and expired ones).
 */
export function eligibility(
  policy: Policy,
  reason: Reason,
  order: OrderFacts,
  line: { readonly quantity: number },
  committed: number,
  now: Date,
): Eligibility {
  const returnable = Math.max(0, line.quantity - committed);
  const closesAt = reasonClosesAt(policy, reason, order);
  if (closesAt === null) return { eligible: false, closesAt, code: 'order_not_delivered', returnable };
  if (returnable === 0) return { eligible: false, closesAt, code: 'fully_returned', returnable };
  if (now.getTime() > closesAt.getTime()) return { eligible: false, closesAt, code: 'window_closed', returnable };
  return { eligible: true, closesAt, returnable };
}

export interface LineEligibility {
  readonly lineId: string;
  readonly returnable: number;
  readonly reasons: Readonly<Record<Reason, Eligibility>>;
}

/** Every line of an order under every reason, as the shopper's order page shows it. */
export function orderEligibility(
  policy: Policy,
  order: OrderFacts & {
    readonly lines: readonly { readonly lineId: string; readonly quantity: number }[];
    readonly committed: Readonly<Record<string, number>>;
  },
  now: Date,
): LineEligibility[] {
  return order.lines.map((line) => {
    const committed = order.committed[line.lineId] ?? 0;
    const reasons = Object.fromEntries(REASONS.map((r) => [r, eligibility(policy, r, order, line, committed, now)])) as Record<Reason, Eligibility>;
    return { lineId: line.lineId, returnable: Math.max(0, line.quantity - committed), reasons };
  });
}
