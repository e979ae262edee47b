/** Domain fixtures: one order, and RMAs driven into any state through the real transitions. */
import { type Command, type OrderContext, openRma, transition } from '../../shared/domain/lifecycle.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { type Policy, policyBook, type Reason } from '../../shared/domain/policy/schema.js';
import type { Actor, Evidence, Rma } from '../../shared/domain/rma.js';
import type { RmaStatus } from '../../shared/domain/rma-status.js';

export const book = policyBook(defaultPolicy);
export const customer: Actor = { kind: 'customer' };
export const ops: Actor = { kind: 'ops', sub: 'ops-sub-1', email: 'lin@example.com' };

/** Invoiced 20 Oct 10:00 and delivered 2 Nov 15:00, Shanghai time. */
export const order: OrderContext = {
  orderId: 'o-1',
  currency: 'USD',
  invoicedAt: new Date('2026-10-20T02:00:00.000Z'),
  deliveredAt: new Date('2026-11-02T07:00:00.000Z'),
  lines: [
    { lineId: 'L1', sku: 'STM32F103C8T6', name: 'MCU', quantity: 10, unitPrice: 299 },
    { lineId: 'L2', sku: 'AMS1117-3.3', name: 'LDO', quantity: 50, unitPrice: 12 },
  ],
};

export const at = (iso: string) => new Date(iso);
/** The day after delivery, 10:00 Shanghai. */
export const openedAt = at('2026-11-03T02:00:00.000Z');

export function verified(kind: Evidence['kind'], n = 1): Evidence[] {
  return Array.from({ length: n }, (_, i) => ({
    evidenceId: `${kind}-${i}`,
    kind,
    status: 'verified' as const,
    contentType: kind === 'test_report' ? 'application/pdf' : kind === 'video' ? 'video/mp4' : 'image/jpeg',
    size: 1000,
    fileName: `${kind}-${i}`,
    sha256: 'ab'.repeat(32),
    versionId: null,
  }));
}

export function opened(reason: Reason = 'faulty', overrides: { now?: Date; books?: typeof book; quantity?: number } = {}): Rma {
  return openRma(
    overrides.books ?? book,
    {
      rmaId: 'rma-1',
      number: 'RMA-2026-000001',
      order,
      reason,
      lines: [{ lineId: 'L1', quantity: overrides.quantity ?? 2 }],
      explanation: 'The MCU does not enumerate over USB at all.',
      preferredResolution: 'refund',
      committed: () => 0,
    },
    overrides.now ?? openedAt,
  ).rma;
}

export function apply(rma: Rma, command: Command, actor: Actor = ops, now = openedAt, books = book): Rma {
  return transition(books, rma, command, { actor, order, now }).rma;
}

const methodFor: Record<Reason, 'ship' | 'collection'> = {
  faulty: 'ship',
  damaged_in_transit: 'ship',
  incorrect_item: 'collection',
  other: 'ship',
};

/** An RMA of `reason` driven into `status` through the real transitions. */
export function rmaIn(status: RmaStatus, reason: Reason = 'faulty'): Rma {
  let rma: Rma = { ...opened(reason), evidence: [...verified('photo'), ...verified('test_report')] };
  if (status === 'awaiting_evidence') return rma;
  if (status === 'expired') return { ...rma, status: 'expired' };
  if (status === 'cancelled') return apply(rma, { type: 'cancel' }, customer);
  rma = apply(rma, { type: 'submit' }, customer);
  if (status === 'submitted') return rma;
  if (status === 'rejected') return apply(rma, { type: 'reject', note: 'No fault found on photos.' });
  const method = methodFor[reason];
  rma = apply(rma, { type: 'approve', method, note: 'OK' });
  if (status === 'approved') return rma;
  rma =
    method === 'ship'
      ? apply(rma, { type: 'ship', carrier: 'DHL', trackingNumber: 'JD0146000011' }, customer)
      : apply(rma, { type: 'collect', carrier: 'SF', trackingNumber: 'SF1234567890' });
  if (status === 'in_transit') return rma;
  rma = apply(rma, { type: 'receive' });
  if (status === 'received') return rma;
  if (status === 'inspection_failed') return apply(rma, { type: 'inspect', result: 'fail', note: 'Works fine.', intact: true });
  rma = apply(rma, { type: 'inspect', result: 'pass', note: 'Dead on arrival.', intact: true });
  if (status === 'awaiting_resolution') return rma;
  return apply(rma, { type: 'refund', amount: 598, currency: 'USD', reference: 'RF-1' });
}

export function withPolicy(change: (p: Policy) => Policy): Policy {
  return change(structuredClone(defaultPolicy));
}
