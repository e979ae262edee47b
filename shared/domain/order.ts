/**
 * Orders as the storefront reports them, their delivery, and the acceptance deadline
 * (R-DELIVERED, R-ACCEPTANCE). Pure: `now` and the policy are passed in.
 */
import { DomainError, type FieldProblem } from './errors.js';
import type { Policy } from './policy/book.js';
import { countsAgainstLine, type Rma } from './rma.js';
import { TERMINAL_STATUSES } from './rma-status.js';
import { putSchedule, type OrderAcceptanceDue, type ScheduleRequest } from './schedules.js';
import { normalise } from './session.js';
import { windowEnd } from './time.js';

export interface OrderLine {
  readonly lineId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  /** Minor units of the order currency. */
  readonly unitPrice: number;
}

export interface OrderInput {
  readonly orderNumber: string;
  /** `locale`: the shopper's language as the shop knows it (BCP 47, e.g. `zh-CN`), if it says. */
  readonly customer: { readonly email: string; readonly name: string; readonly locale?: string | undefined };
  readonly currency: string;
  readonly invoicedAt: string;
  readonly lines: readonly OrderLine[];
  /** The shop's last-modified time of the order; shops deliver order webhooks out of order. */
  readonly updatedAt?: string;
}

export interface Acceptance {
  /** End of the "7 days of delivery" window (R-ACCEPTANCE). */
  readonly closesAt: string;
  /** Bumped whenever the deadline moves, so a timer of an older deadline is recognised as stale. */
  readonly generation: number;
  readonly acceptedAt: string | null;
  readonly acceptedLineIds: readonly string[];
}

export interface Order extends OrderInput {
  readonly orderId: string;
  readonly deliveredAt: string | null;
  readonly acceptance: Acceptance | null;
  /** Open (non-terminal) RMAs per line; such lines are not deemed accepted. Absent = 0. */
  readonly openRmas: Readonly<Record<string, number>>;
  /** Units of each line in RMAs that are open or went through (R-QUANTITY); absent = 0. */
  readonly committed: Readonly<Record<string, number>>;
  /** The order's RMAs, oldest first. */
  readonly rmaIds: readonly string[];
  /** RMAs ever opened for this order; once there is one, lines, invoice date and delivery are fixed. */
  readonly rmaCount: number;
  readonly version: number;
  readonly createdAt: string;
  /** When this backend last changed the order. */
  readonly updatedAt: string;
  /** The shop's `updatedAt` of the last update applied; an older one is refused (stale_update). */
  readonly shopUpdatedAt?: string | null;
  /** Shopper sessions issued before this instant are over: set when the shop changes the order's email. */
  readonly sessionsNotBefore?: string | null;
}

/** How far a storefront clock may run ahead of ours when it reports a delivery. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
/** No order of this shop is older than this: an earlier date is a mistake, not history. */
const EARLIEST_PLAUSIBLE = Date.parse('2000-01-01T00:00:00Z');

/** A date the storefront reports: not before 2000, and not ahead of our clock (beyond its tolerance). */
function plausibleDate(path: string, value: string, now: Date): FieldProblem[] {
  const at = Date.parse(value);
  if (at > now.getTime() + FUTURE_TOLERANCE_MS) return [{ path, message: 'must not be in the future' }];
  if (at < EARLIEST_PLAUSIBLE) return [{ path, message: 'must not be before 2000' }];
  return [];
}

function invalid(message: string, errors: FieldProblem[]): DomainError {
  return new DomainError('validation_failed', message, { errors });
}

function sameLine(a: OrderLine, b: OrderLine): boolean {
  return a.lineId === b.lineId && a.sku === b.sku && a.name === b.name && a.quantity === b.quantity && a.unitPrice === b.unitPrice;
}

function sameTerms(order: Order, input: OrderInput): boolean {
  return (
    order.currency === input.currency &&
    order.invoicedAt === input.invoicedAt &&
    order.lines.length === input.lines.length &&
    order.lines.every((line, i) => sameLine(line, input.lines[i]!))
  );
}

export interface OrderChange {
  readonly order: Order;
  readonly created: boolean;
  readonly changed: boolean;
}

/**
 * Creates or updates an order from the storefront's description of it. An update carrying an
 * `updatedAt` older than the one last applied changes nothing (409 stale_update).
 */
export function upsertOrder(existing: Order | null, orderId: string, update: OrderInput, now: Date): OrderChange {
  const { updatedAt: shopUpdatedAt, ...input } = update;
  const implausible = [...plausibleDate('invoicedAt', input.invoicedAt, now), ...(shopUpdatedAt ? plausibleDate('updatedAt', shopUpdatedAt, now) : [])];
  if (implausible.length > 0) throw invalid('A date of the order is not plausible.', implausible);
  const applied = existing?.shopUpdatedAt ?? null;
  if (shopUpdatedAt !== undefined && applied !== null && Date.parse(shopUpdatedAt) < Date.parse(applied)) {
    throw new DomainError('stale_update', `An update of ${applied} was applied already; this one (${shopUpdatedAt}) is older and changed nothing.`, {
      appliedUpdatedAt: applied,
    });
  }
  const ids = input.lines.map((l) => l.lineId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) {
    throw invalid('Line ids must be unique within an order.', [
      { path: `lines[${ids.lastIndexOf(duplicate)}].lineId`, message: `duplicate line id ${duplicate}` },
    ]);
  }
  if (existing?.deliveredAt && Date.parse(input.invoicedAt) > Date.parse(existing.deliveredAt)) {
    throw invalid('An order cannot be invoiced after its delivery.', [
      { path: 'invoicedAt', message: `must not be after deliveredAt ${existing.deliveredAt}` },
    ]);
  }
  const at = now.toISOString();
  if (existing === null) {
    const order: Order = {
      ...input,
      orderId,
      deliveredAt: null,
      acceptance: null,
      openRmas: {},
      committed: {},
      rmaIds: [],
      rmaCount: 0,
      version: 1,
      createdAt: at,
      updatedAt: at,
      shopUpdatedAt: shopUpdatedAt ?? null,
    };
    return { order, created: true, changed: true };
  }
  const termsUnchanged = sameTerms(existing, input);
  if (!termsUnchanged && existing.rmaCount > 0) {
    throw new DomainError('order_locked', 'The lines, currency and invoice date of an order with returns cannot change.');
  }
  const contactUnchanged =
    existing.orderNumber === input.orderNumber &&
    existing.customer.email === input.customer.email &&
    existing.customer.name === input.customer.name &&
    existing.customer.locale === input.customer.locale;
  const nextShopUpdatedAt = shopUpdatedAt ?? applied;
  if (termsUnchanged && contactUnchanged && nextShopUpdatedAt === applied) return { order: existing, created: false, changed: false };
  // Another email: whoever signed in with the old one is no longer the order's shopper.
  const emailChanged = normalise(existing.customer.email) !== normalise(input.customer.email);
  return {
    order: {
      ...existing,
      ...input,
      version: existing.version + 1,
      updatedAt: at,
      shopUpdatedAt: nextShopUpdatedAt,
      ...(emailChanged ? { sessionsNotBefore: at } : {}),
    },
    created: false,
    changed: true,
  };
}

export interface DeliveryChange {
  readonly order: Order;
  readonly changed: boolean;
  readonly schedules: readonly ScheduleRequest[];
}

/**
 * Records the delivery instant and starts the acceptance clock (R-ACCEPTANCE): at the end of
 * the policy's acceptance window every line with no open RMA is deemed accepted. Reporting the
 * same delivery again changes nothing; a corrected delivery moves the deadline (new generation).
 */
export function recordDelivery(order: Order, deliveredAt: Date, policy: Policy, now: Date): DeliveryChange {
  if (deliveredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw invalid('A delivery cannot be reported before it happens.', [
      { path: 'deliveredAt', message: 'must not be in the future' },
    ]);
  }
  if (deliveredAt.getTime() < Date.parse(order.invoicedAt)) {
    throw invalid('An order cannot be delivered before it was invoiced.', [
      { path: 'deliveredAt', message: `must not be before invoicedAt ${order.invoicedAt}` },
    ]);
  }
  const iso = deliveredAt.toISOString();
  if (order.deliveredAt === iso) return { order, changed: false, schedules: [] };
  if (order.rmaCount > 0) {
    throw new DomainError('order_locked', 'The delivery date of an order with returns cannot change.');
  }
  const { window } = policy.acceptance;
  const closesAt = windowEnd(deliveredAt, window.days, policy.timeZone).toISOString();
  const acceptance: Acceptance = {
    closesAt,
    generation: (order.acceptance?.generation ?? 0) + 1,
    acceptedAt: null,
    acceptedLineIds: [],
  };
  const event: OrderAcceptanceDue = {
    kind: 'order.acceptance_due',
    orderId: order.orderId,
    dueAt: closesAt,
    generation: acceptance.generation,
  };
  return {
    order: { ...order, deliveredAt: iso, acceptance, version: order.version + 1, updatedAt: now.toISOString() },
    changed: true,
    schedules: [putSchedule(event)],
  };
}

export type AcceptanceOutcome =
  | { readonly kind: 'accepted'; readonly order: Order }
  | { readonly kind: 'stale'; readonly why: string }
  | { readonly kind: 'early'; readonly dueAt: Date };

/**
 * Applies a fired `order.acceptance_due` event. Acts only when the event is the order's current
 * deadline (same generation and due time) and the deadline has passed; firing twice is the
 * same as firing once.
 */
export function applyAcceptanceDue(order: Order, event: OrderAcceptanceDue, now: Date): AcceptanceOutcome {
  const acceptance = order.acceptance;
  if (acceptance === null) return { kind: 'stale', why: 'order has no delivery' };
  if (acceptance.generation !== event.generation || acceptance.closesAt !== event.dueAt) {
    return { kind: 'stale', why: `event generation ${event.generation} is not current (${acceptance.generation})` };
  }
  if (acceptance.acceptedAt !== null) return { kind: 'stale', why: 'already accepted' };
  const dueAt = new Date(acceptance.closesAt);
  if (now.getTime() <= dueAt.getTime()) return { kind: 'early', dueAt };
  const accepted: Acceptance = {
    ...acceptance,
    acceptedAt: now.toISOString(),
    acceptedLineIds: order.lines.map((l) => l.lineId).filter((id) => (order.openRmas[id] ?? 0) === 0),
  };
  return {
    kind: 'accepted',
    order: { ...order, acceptance: accepted, version: order.version + 1, updatedAt: now.toISOString() },
  };
}

function adjust(counts: Readonly<Record<string, number>>, lines: Rma['lines'], by: (quantity: number) => number): Record<string, number> {
  const next = { ...counts };
  for (const line of lines) next[line.lineId] = (next[line.lineId] ?? 0) + by(line.quantity);
  return next;
}

/**
 * What an RMA's change does to its order: units committed per line (R-QUANTITY) while the RMA
 * counts against its lines, and open RMAs per line (R-ACCEPTANCE) while it is not terminal.
 * Returns `null` when the order is unaffected.
 */
export function applyRmaToOrder(
  order: Order,
  before: Pick<Rma, 'status'> | null,
  after: Pick<Rma, 'rmaId' | 'status' | 'lines'>,
  now: Date,
): Order | null {
  const counted = (r: Pick<Rma, 'status'> | null) => (r !== null && countsAgainstLine(r.status) ? 1 : 0);
  const open = (r: Pick<Rma, 'status'> | null) => (r !== null && !TERMINAL_STATUSES.has(r.status) ? 1 : 0);
  const commitDelta = counted(after) - counted(before);
  const openDelta = open(after) - open(before);
  if (before !== null && commitDelta === 0 && openDelta === 0) return null;
  return {
    ...order,
    committed: adjust(order.committed, after.lines, (q) => commitDelta * q),
    openRmas: adjust(order.openRmas, after.lines, () => openDelta),
    rmaIds: before === null ? [...order.rmaIds, after.rmaId] : order.rmaIds,
    rmaCount: order.rmaCount + (before === null ? 1 : 0),
    version: order.version + 1,
    updatedAt: now.toISOString(),
  };
}
