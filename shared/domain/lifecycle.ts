/**
 * The RMA state machine (lifecycle.md): opening, every transition as a row of one table with its
 * guards, and the timers of each state. Each step returns the new RMA, the schedule changes,
 * and the notifications to send; the caller writes all of it in one transaction. Pure: the
 * policy book and `now` are passed in, and an RMA is always judged by the policy it was opened
 * under.
 */
import { type Anchors, closeOf, eligibility, type OrderFacts } from './eligibility.js';
import { DomainError, type FieldProblem } from './errors.js';
import { missingEvidence } from './evidence.js';
import type { OrderLine } from './order.js';
import type { Policy, PolicyBook, Reason, ReturnMethod } from './policy/book.js';
import type { Actor, Notification, Rma, RmaLine, TimelineEntry } from './rma.js';
import type { RmaStatus } from './rma-status.js';
import { deleteSchedule, putSchedule, type RmaDeadlineDue, type ScheduleRequest } from './schedules.js';
import { addHours, earliest, windowEnd } from './time.js';
import { formatMoney } from './money.js';

export interface OrderContext extends OrderFacts {
  readonly orderId: string;
  readonly currency: string;
  readonly lines: readonly OrderLine[];
}

export interface Outcome {
  readonly rma: Rma;
  readonly schedules: readonly ScheduleRequest[];
  readonly notifications: readonly Notification[];
  /** Business metrics to emit (SLA breaches). */
  readonly metrics: readonly string[];
}

export type Command =
  | { readonly type: 'submit' }
  /** Without a method, the reason's only method; a reason with several needs one named. */
  | { readonly type: 'approve'; readonly method?: ReturnMethod; readonly note: string; readonly shipBy?: Date }
  | { readonly type: 'reject'; readonly note: string }
  | { readonly type: 'ship'; readonly carrier: string; readonly trackingNumber: string }
  | { readonly type: 'collect'; readonly carrier: string; readonly trackingNumber: string }
  | { readonly type: 'receive'; readonly note?: string }
  | { readonly type: 'inspect'; readonly result: 'pass' | 'fail'; readonly note: string; readonly intact?: boolean }
  | { readonly type: 'refund'; readonly amount: number; readonly currency: string; readonly reference: string }
  | { readonly type: 'exchange'; readonly reference: string; readonly carrier: string; readonly trackingNumber: string }
  | { readonly type: 'cancel' }
  | { readonly type: 'inquire'; readonly message: string };

/** Who may do what from which state (lifecycle.md, "Transitions"). Anything else is refused. */
export const TRANSITIONS: Readonly<Record<Command['type'], { readonly from: readonly RmaStatus[]; readonly by: readonly Actor['kind'][] }>> = {
  submit: { from: ['awaiting_evidence'], by: ['customer'] },
  approve: { from: ['submitted'], by: ['ops'] },
  reject: { from: ['submitted'], by: ['ops'] },
  ship: { from: ['approved'], by: ['customer'] },
  collect: { from: ['approved'], by: ['ops'] },
  receive: { from: ['in_transit'], by: ['ops'] },
  inspect: { from: ['received'], by: ['ops'] },
  refund: { from: ['awaiting_resolution'], by: ['ops'] },
  exchange: { from: ['awaiting_resolution'], by: ['ops'] },
  cancel: { from: ['awaiting_evidence', 'submitted', 'approved'], by: ['customer', 'ops'] },
  // Not a change of state: a refund inquiry (R-REFUND-HELP), passed on to the refunds address.
  inquire: { from: ['resolved'], by: ['customer'] },
};

const DAY_MS = 86_400_000;

function invalid(message: string, errors: FieldProblem[]): DomainError {
  return new DomainError('validation_failed', message, { errors });
}

function timelineEntry(actor: Actor, type: string, now: Date, data?: Record<string, unknown>): TimelineEntry {
  return {
    at: now.toISOString(),
    actor: actor.kind,
    ...(actor.kind === 'ops' ? { actorId: actor.sub, actorEmail: actor.email } : {}),
    type,
    ...(data ? { data } : {}),
  };
}

/** The timers that run while an RMA is in its current state (lifecycle.md, "Scheduled events"). */
export function clocksOf(rma: Rma, policy: Policy): RmaDeadlineDue[] {
  const clock = (kind: RmaDeadlineDue['kind'], dueAt: string | null): RmaDeadlineDue[] =>
    dueAt === null ? [] : [{ kind, rmaId: rma.rmaId, dueAt, generation: rma.generation }];
  switch (rma.status) {
    case 'awaiting_evidence':
      return clock('rma.evidence_due', rma.deadlines.evidenceBy);
    case 'submitted':
      return clock('rma.decision_due', rma.deadlines.decisionDueBy);
    case 'approved': {
      const shipBy = rma.deadlines.shipBy;
      if (shipBy === null) return [];
      const reminder = new Date(Date.parse(shipBy) - policy.shipBy.reminderDaysBefore * DAY_MS).toISOString();
      return [...clock('rma.ship_reminder', reminder), ...clock('rma.ship_due', shipBy)];
    }
    case 'awaiting_resolution':
      return clock('rma.resolution_due', rma.deadlines.resolutionDueBy);
    default:
      return [];
  }
}

/** Deletes the timers of the state left and puts those of the state entered. */
function rescheduled(before: Rma | null, after: Rma, policy: Policy): ScheduleRequest[] {
  const next = clocksOf(after, policy);
  const keep = new Set(next.map((e) => e.kind));
  const stale = before === null ? [] : clocksOf(before, policy).filter((e) => !keep.has(e.kind));
  return [...stale.map(deleteSchedule), ...next.map(putSchedule)];
}

export interface OpenRmaInput {
  readonly rmaId: string;
  readonly number: string;
  readonly order: OrderContext;
  readonly reason: Reason;
  readonly lines: readonly RmaLine[];
  readonly explanation: string;
  readonly preferredResolution: 'refund' | 'exchange';
  /** Units of each line already committed by other RMAs (R-QUANTITY). */
  readonly committed: (lineId: string) => number;
}

/** Opens an RMA: the customer's written notice (noticeAt = now). */
export function openRma(book: PolicyBook, input: OpenRmaInput, now: Date): Outcome {
  const policy = book.current;
  const { order } = input;
  const ids = input.lines.map((l) => l.lineId);
  const problems: FieldProblem[] = [];
  input.lines.forEach((line, i) => {
    if (ids.indexOf(line.lineId) !== i) problems.push({ path: `lines[${i}].lineId`, message: `line ${line.lineId} is listed twice` });
    else if (!order.lines.some((l) => l.lineId === line.lineId)) {
      problems.push({ path: `lines[${i}].lineId`, message: `the order has no line ${line.lineId}` });
    }
  });
  if (problems.length > 0) throw invalid('The lines do not match the order.', problems);
  if (order.deliveredAt === null) {
    throw new DomainError('order_not_delivered', 'A return can be opened once the order has been delivered.');
  }
  for (const [i, line] of input.lines.entries()) {
    const orderLine = order.lines.find((l) => l.lineId === line.lineId)!;
    const verdict = eligibility(policy, input.reason, order, orderLine, input.committed(line.lineId), now);
    if (verdict.code === 'window_closed') {
      const rule = policy.reasons[input.reason];
      throw new DomainError('window_closed', `${rule.label}: returns for this reason closed at ${verdict.closesAt!.toISOString()}.`, {
        closesAt: verdict.closesAt!.toISOString(),
      });
    }
    if (line.quantity > verdict.returnable) {
      throw new DomainError('quantity_exceeds_returnable', `Only ${verdict.returnable} of line ${line.lineId} can be returned.`, {
        errors: [{ path: `lines[${i}].quantity`, message: `must be at most ${verdict.returnable}` }],
        returnable: verdict.returnable,
      });
    }
  }
  const at = now.toISOString();
  const anchors: Anchors = { invoicedAt: order.invoicedAt, deliveredAt: order.deliveredAt, noticeAt: now, approvedAt: null, inspectedAt: null };
  const rma: Rma = {
    rmaId: input.rmaId,
    number: input.number,
    orderId: order.orderId,
    reason: input.reason,
    lines: input.lines,
    explanation: input.explanation,
    preferredResolution: input.preferredResolution,
    policyVersion: policy.version,
    status: 'awaiting_evidence',
    createdAt: at,
    updatedAt: at,
    version: 1,
    generation: 1,
    noticeAt: at,
    submittedAt: null,
    approvedAt: null,
    inspectedAt: null,
    resolvedAt: null,
    deadlines: {
      evidenceBy: closeOf(policy.evidenceBy, anchors, policy)!.toISOString(),
      shipBy: null,
      decisionDueBy: null,
      resolutionDueBy: null,
    },
    returnInstructions: null,
    decisionNote: null,
    shipment: null,
    evidence: [],
    inspection: null,
    resolution: null,
    shipReminderSentAt: null,
    slaBreached: false,
    decisionSlaBreached: false,
    timeline: [timelineEntry({ kind: 'customer' }, 'opened', now, { reason: input.reason })],
  };
  return { rma, schedules: rescheduled(null, rma, policy), notifications: [{ to: 'customer', template: 'rma_opened' }], metrics: [] };
}

/**
 * Ship-by (R-SHIP-BY): the earliest of the reason's bounds, but never less than the policy's
 * minimum after approval. Ops may set a later date, never an earlier one.
 */
export function shipByFor(policy: Policy, reason: Reason, anchors: Anchors, requested?: Date): Date {
  const bounds = policy.reasons[reason].shipBy.map((w) => closeOf(w, anchors, policy)!);
  const floor = windowEnd(anchors.approvedAt!, policy.shipBy.minDaysAfterApproval, policy.timeZone);
  const computed = new Date(Math.max(earliest(bounds[0]!, ...bounds.slice(1)).getTime(), floor.getTime()));
  if (requested === undefined) return computed;
  if (requested.getTime() < computed.getTime()) {
    throw invalid('Ship-by can only be moved later than the policy allows.', [
      { path: 'shipBy', message: `must not be before ${computed.toISOString()}` },
    ]);
  }
  return requested;
}

function checkTracking(policy: Policy, trackingNumber: string, path = 'trackingNumber'): void {
  const { pattern, minLength, maxLength } = policy.tracking;
  if (trackingNumber.length < minLength || trackingNumber.length > maxLength || !new RegExp(pattern).test(trackingNumber)) {
    throw invalid('The tracking number is not valid.', [
      { path, message: `must be ${minLength}-${maxLength} characters of A-Z, a-z, 0-9 and -` },
    ]);
  }
}

function formatAddress(policy: Policy): string {
  return [...policy.returnAddress.lines, `Tel: ${policy.returnAddress.phone}`].join('\n');
}

/** What the customer paid for the units being returned (R-RESOLUTION cap). */
export function paidFor(order: OrderContext, lines: readonly RmaLine[]): number {
  return lines.reduce((sum, l) => sum + l.quantity * order.lines.find((o) => o.lineId === l.lineId)!.unitPrice, 0);
}

export interface TransitionContext {
  readonly actor: Actor;
  readonly order: OrderContext;
  readonly now: Date;
}

/** Applies a command to an RMA, or refuses it with the contract's code; a refusal changes nothing. */
export function transition(book: PolicyBook, rma: Rma, command: Command, ctx: TransitionContext): Outcome {
  const policy = book.forVersion(rma.policyVersion);
  const rule = policy.reasons[rma.reason];
  const { actor, order, now } = ctx;
  const at = now.toISOString();

  // R-HOLD: a damaged item stays with the customer until ops instructs them to ship it.
  if (command.type === 'ship' && rule.holdUntilInstructed && !(rma.status === 'approved' && rma.returnInstructions?.method === 'ship')) {
    throw new DomainError('awaiting_instructions', 'Do not ship a damaged item until we instruct you to.', { rmaStatus: rma.status });
  }
  const allowed = TRANSITIONS[command.type];
  if (!allowed.by.includes(actor.kind)) throw new DomainError('forbidden', `A ${actor.kind} cannot ${command.type} an RMA.`);
  if (!allowed.from.includes(rma.status)) {
    throw new DomainError('invalid_state', `Cannot ${command.type} an RMA that is ${rma.status}.`, { rmaStatus: rma.status });
  }

  const base = { ...rma, updatedAt: at, version: rma.version + 1, generation: rma.generation + 1 };
  const entry = (type: string, data?: Record<string, unknown>) => [...rma.timeline, timelineEntry(actor, type, now, data)];
  const done = (next: Rma, notifications: Notification[]): Outcome => ({
    rma: next,
    schedules: rescheduled(rma, next, policy),
    notifications,
    metrics: [],
  });

  switch (command.type) {
    case 'submit': {
      const missing = missingEvidence(rule.evidence, rma.evidence, rma.explanation);
      if (missing.length > 0) {
        throw new DomainError('evidence_incomplete', `Still missing: ${missing.join('; ')}.`, { missing });
      }
      return done(
        {
          ...base,
          status: 'submitted',
          submittedAt: at,
          deadlines: { ...rma.deadlines, decisionDueBy: addHours(now, policy.sla.decisionHours).toISOString() },
          timeline: entry('submitted'),
        },
        [
          { to: 'customer', template: 'rma_submitted' },
          { to: 'ops', template: 'ops_new_submission' },
        ],
      );
    }
    case 'approve': {
      const method = command.method ?? (rule.returnMethods.length === 1 ? rule.returnMethods[0]! : undefined);
      if (method === undefined) {
        throw invalid(`Choose how the item comes back: ${rule.returnMethods.join(', ')}.`, [
          { path: 'returnMethod', message: `required for ${rule.label}` },
        ]);
      }
      if (command.shipBy !== undefined && method !== 'ship') {
        throw invalid('A ship-by date applies only when the customer ships the item.', [{ path: 'shipBy', message: 'only with method ship' }]);
      }
      if (!rule.returnMethods.includes(method)) {
        throw invalid(`${rule.label} returns use ${rule.returnMethods.join(' or ')}.`, [
          { path: 'returnMethod', message: `must be one of ${rule.returnMethods.join(', ')}` },
        ]);
      }
      if (method === 'none') {
        return done(
          {
            ...base,
            status: 'awaiting_resolution',
            approvedAt: at,
            decisionNote: command.note,
            returnInstructions: { method: 'none', address: null, shipBy: null },
            deadlines: { ...rma.deadlines, resolutionDueBy: addHours(now, policy.sla.resolutionHours).toISOString() },
            timeline: entry('approved', { method: 'none' }),
          },
          [{ to: 'customer', template: 'rma_approved' }],
        );
      }
      const anchors: Anchors = {
        invoicedAt: order.invoicedAt,
        deliveredAt: order.deliveredAt,
        noticeAt: new Date(rma.noticeAt),
        approvedAt: now,
        inspectedAt: null,
      };
      const shipBy = method === 'ship' ? shipByFor(policy, rma.reason, anchors, command.shipBy).toISOString() : null;
      return done(
        {
          ...base,
          status: 'approved',
          approvedAt: at,
          decisionNote: command.note,
          returnInstructions: { method, address: method === 'ship' ? formatAddress(policy) : null, shipBy },
          deadlines: { ...rma.deadlines, shipBy },
          timeline: entry('approved', { method, shipBy }),
        },
        [{ to: 'customer', template: 'rma_approved' }],
      );
    }
    case 'reject':
      return done(
        { ...base, status: 'rejected', decisionNote: command.note, timeline: entry('rejected', { note: command.note }) },
        [{ to: 'customer', template: 'rma_rejected' }],
      );
    case 'ship': {
      if (rma.returnInstructions?.method !== 'ship') {
        throw new DomainError('invalid_state', 'The seller collects this item; there is nothing to ship.', { rmaStatus: rma.status });
      }
      checkTracking(policy, command.trackingNumber);
      if (rma.deadlines.shipBy !== null && now.getTime() > Date.parse(rma.deadlines.shipBy)) {
        throw new DomainError('window_closed', `The item had to be shipped by ${rma.deadlines.shipBy}.`, { closesAt: rma.deadlines.shipBy });
      }
      const shipment = { carrier: command.carrier, trackingNumber: command.trackingNumber, at, by: 'customer' as const };
      return done({ ...base, status: 'in_transit', shipment, timeline: entry('shipped', { ...shipment }) }, [
        { to: 'customer', template: 'rma_in_transit' },
        { to: 'ops', template: 'ops_customer_shipped' },
      ]);
    }
    case 'collect': {
      if (rma.returnInstructions?.method !== 'collection') {
        throw new DomainError('invalid_state', 'This return is shipped by the customer, not collected.', { rmaStatus: rma.status });
      }
      checkTracking(policy, command.trackingNumber);
      const shipment = { carrier: command.carrier, trackingNumber: command.trackingNumber, at, by: 'ops' as const };
      return done({ ...base, status: 'in_transit', shipment, timeline: entry('collected', { ...shipment }) }, [
        { to: 'customer', template: 'rma_in_transit' },
      ]);
    }
    case 'receive':
      return done({ ...base, status: 'received', timeline: entry('received', command.note ? { note: command.note } : undefined) }, [
        { to: 'customer', template: 'rma_received' },
      ]);
    case 'inspect': {
      // R-INSPECTION: for `other`, the item must come back intact.
      if (rule.requiresIntact && command.intact === undefined) {
        throw invalid('Record whether the item is intact.', [{ path: 'intact', message: 'required for this reason' }]);
      }
      const passed = command.result === 'pass' && command.intact !== false;
      const inspection = { result: passed ? ('pass' as const) : ('fail' as const), note: command.note, intact: command.intact ?? null, at };
      return done(
        passed
          ? {
              ...base,
              status: 'awaiting_resolution',
              inspectedAt: at,
              inspection,
              deadlines: { ...rma.deadlines, resolutionDueBy: addHours(now, policy.sla.resolutionHours).toISOString() },
              timeline: entry('inspected', { result: 'pass' }),
            }
          : { ...base, status: 'inspection_failed', inspection, timeline: entry('inspected', { result: 'fail', intact: inspection.intact }) },
        [{ to: 'customer', template: 'rma_inspection_result' }],
      );
    }
    case 'refund': {
      if (command.currency !== order.currency) {
        throw invalid('Refunds are made in the order currency.', [{ path: 'currency', message: `must be ${order.currency}` }]);
      }
      const paid = paidFor(order, rma.lines);
      if (command.amount > paid) {
        throw new DomainError('refund_exceeds_paid', `At most ${formatMoney(paid, order.currency)} was paid for the returned units.`, { paid });
      }
      const resolution = { type: 'refund' as const, amount: command.amount, currency: command.currency, reference: command.reference, at };
      return done({ ...base, status: 'resolved', resolvedAt: at, resolution, timeline: entry('resolved', { ...resolution }) }, [
        { to: 'customer', template: 'rma_refunded' },
      ]);
    }
    case 'exchange': {
      checkTracking(policy, command.trackingNumber);
      const resolution = {
        type: 'exchange' as const,
        reference: command.reference,
        carrier: command.carrier,
        trackingNumber: command.trackingNumber,
        at,
      };
      return done({ ...base, status: 'resolved', resolvedAt: at, resolution, timeline: entry('resolved', { ...resolution }) }, [
        { to: 'customer', template: 'rma_exchanged' },
      ]);
    }
    case 'cancel':
      return done({ ...base, status: 'cancelled', timeline: entry('cancelled') }, [{ to: 'customer', template: 'rma_cancelled' }]);
    case 'inquire':
      if (rma.resolution?.type !== 'refund') {
        throw new DomainError('invalid_state', 'Inquiries are about refunds; this return was resolved with an exchange.', { rmaStatus: rma.status });
      }
      return done({ ...base, generation: rma.generation, timeline: entry('refund_inquiry', { message: command.message }) }, [
        { to: 'refunds', template: 'refund_inquiry' },
      ]);
  }
}

export type DeadlineResult =
  | { readonly kind: 'applied'; readonly outcome: Outcome }
  | { readonly kind: 'stale'; readonly why: string }
  | { readonly kind: 'early'; readonly dueAt: Date };

/** R-DECISION-SLA and R-REFUND-SLA: what a missed SLA records, emits and tells ops. */
const SLA_BREACHES = {
  'rma.decision_due': { flag: 'decisionSlaBreached', entry: 'decision_sla_breached', metric: 'DecisionSlaBreached', template: 'ops_decision_sla_breach' },
  'rma.resolution_due': { flag: 'slaBreached', entry: 'refund_sla_breached', metric: 'RefundSlaBreached', template: 'ops_refund_sla_breach' },
} as const;

/** The state each timer watches. */
const WATCHES: Readonly<Record<RmaDeadlineDue['kind'], RmaStatus>> = {
  'rma.evidence_due': 'awaiting_evidence',
  'rma.ship_reminder': 'approved',
  'rma.ship_due': 'approved',
  'rma.decision_due': 'submitted',
  'rma.resolution_due': 'awaiting_resolution',
};

/**
 * Applies a fired timer. Acts only if the RMA is still in the watched state, of the same
 * generation, with the same due time, and the time has come; firing twice is firing once.
 */
export function applyDeadline(book: PolicyBook, rma: Rma, event: RmaDeadlineDue, now: Date): DeadlineResult {
  const policy = book.forVersion(rma.policyVersion);
  if (rma.status !== WATCHES[event.kind]) return { kind: 'stale', why: `RMA is ${rma.status}` };
  if (rma.generation !== event.generation) return { kind: 'stale', why: `generation ${event.generation} is not current (${rma.generation})` };
  const current = clocksOf(rma, policy).find((c) => c.kind === event.kind);
  if (current === undefined || current.dueAt !== event.dueAt) return { kind: 'stale', why: 'the deadline moved' };
  const dueAt = new Date(event.dueAt);
  if (now.getTime() <= dueAt.getTime()) return { kind: 'early', dueAt };

  const system: Actor = { kind: 'system' };
  const at = now.toISOString();
  const touched = { ...rma, updatedAt: at, version: rma.version + 1 };
  const entry = (type: string) => [...rma.timeline, timelineEntry(system, type, now)];
  // Expiry changes the state, so the other timers of the state go; a flag changes no timer (the
  // schedule that fired deletes itself after completion).
  const applied = (next: Rma, notifications: Notification[], metrics: string[] = []): DeadlineResult => ({
    kind: 'applied',
    outcome: { rma: next, schedules: next.status === rma.status ? [] : rescheduled(rma, next, policy), notifications, metrics },
  });

  switch (event.kind) {
    case 'rma.evidence_due':
    case 'rma.ship_due':
      return applied(
        { ...touched, generation: rma.generation + 1, status: 'expired', timeline: entry(event.kind === 'rma.ship_due' ? 'expired_ship_by' : 'expired_evidence_by') },
        [{ to: 'customer', template: 'rma_expired' }],
      );
    case 'rma.ship_reminder':
      if (rma.shipReminderSentAt !== null) return { kind: 'stale', why: 'reminder already sent' };
      return applied({ ...touched, shipReminderSentAt: at, timeline: entry('ship_reminder_sent') }, [
        { to: 'customer', template: 'rma_ship_reminder' },
      ]);
    case 'rma.decision_due':
    case 'rma.resolution_due': {
      const sla = SLA_BREACHES[event.kind];
      if (rma[sla.flag]) return { kind: 'stale', why: 'breach already recorded' };
      return applied({ ...touched, [sla.flag]: true, timeline: entry(sla.entry) }, [{ to: 'ops', template: sla.template }], [sla.metric]);
    }
  }
}
