import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/errors.js';
import { applyAcceptanceDue, applyRmaToOrder, type Order, recordDelivery, upsertOrder } from '../../shared/domain/order.js';
import type { Rma } from '../../shared/domain/rma.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { orderBody } from '../support/fixtures.js';

const now = new Date('2026-11-03T02:00:00.000Z');
const input = orderBody({ orderNumber: 'SO-1' }) as Parameters<typeof upsertOrder>[2];
const created = () => upsertOrder(null, 'o-1', input, now).order;
const withRmas = (order: Order): Order => ({ ...order, rmaCount: 1 });

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('orders from the storefront', () => {
  it('creates version 1 with no delivery', () => {
    const order = created();
    expect(order).toMatchObject({ orderId: 'o-1', version: 1, deliveredAt: null, acceptance: null, rmaCount: 0 });
  });

  it('treats an identical description as no change', () => {
    expect(upsertOrder(created(), 'o-1', input, now)).toMatchObject({ created: false, changed: false });
  });

  it('lets the lines change while the order has no returns', () => {
    const change = upsertOrder(created(), 'o-1', { ...input, lines: input.lines.slice(0, 1) }, now);
    expect(change).toMatchObject({ changed: true, order: { version: 2 } });
  });

  it('locks lines, currency and invoice date once the order has returns (order_locked)', () => {
    const order = withRmas(created());
    expect(codeOf(() => upsertOrder(order, 'o-1', { ...input, lines: input.lines.slice(0, 1) }, now))).toBe('order_locked');
    expect(codeOf(() => upsertOrder(order, 'o-1', { ...input, currency: 'EUR' }, now))).toBe('order_locked');
    expect(codeOf(() => upsertOrder(order, 'o-1', { ...input, invoicedAt: '2026-11-02T00:00:00.000Z' }, now))).toBe('order_locked');
  });

  it('ends the sessions of the old email when the shop changes the order’s email, not when only its case or the name changes', () => {
    const later = new Date(now.getTime() + 60_000);
    expect(upsertOrder(created(), 'o-1', { ...input, customer: { ...input.customer, email: 'someone.else@example.com' } }, later).order.sessionsNotBefore).toBe(later.toISOString());
    expect(upsertOrder(created(), 'o-1', { ...input, customer: { ...input.customer, email: input.customer.email.toUpperCase() } }, later).order.sessionsNotBefore).toBeUndefined();
    expect(upsertOrder(created(), 'o-1', { ...input, customer: { ...input.customer, name: 'Ada King' } }, later).order.sessionsNotBefore).toBeUndefined();
  });

  it('still lets contact details change on an order with returns', () => {
    const change = upsertOrder(withRmas(created()), 'o-1', { ...input, customer: { email: 'new@example.com', name: 'N' } }, now);
    expect(change.order.customer.email).toBe('new@example.com');
  });

  it('refuses duplicate line ids, naming the repeated one', () => {
    const lines = [input.lines[0]!, { ...input.lines[1]!, lineId: input.lines[0]!.lineId }];
    expect(codeOf(() => upsertOrder(null, 'o-1', { ...input, lines }, now))).toBe('validation_failed');
  });

  it('refuses an update older than the one applied (stale_update), and applies a newer one', () => {
    const v1 = upsertOrder(null, 'o-1', { ...input, updatedAt: '2026-11-02T10:00:00.000Z' }, now).order;
    const newer = upsertOrder(v1, 'o-1', { ...input, orderNumber: 'SO-1B', updatedAt: '2026-11-02T11:00:00.000Z' }, now);
    expect(newer).toMatchObject({ changed: true, order: { orderNumber: 'SO-1B', shopUpdatedAt: '2026-11-02T11:00:00.000Z' } });
    expect(codeOf(() => upsertOrder(newer.order, 'o-1', { ...input, orderNumber: 'SO-1A', updatedAt: '2026-11-02T10:30:00.000Z' }, now))).toBe('stale_update');
    // The same update delivered twice is no change; one without updatedAt is applied as before.
    expect(upsertOrder(newer.order, 'o-1', { ...input, orderNumber: 'SO-1B', updatedAt: '2026-11-02T11:00:00.000Z' }, now).changed).toBe(false);
    expect(upsertOrder(newer.order, 'o-1', { ...input, orderNumber: 'SO-1C' }, now).order).toMatchObject({ orderNumber: 'SO-1C', shopUpdatedAt: '2026-11-02T11:00:00.000Z' });
  });

  it.each([
    ['an invoice date in 2099', { invoicedAt: '2099-01-01T00:00:00.000Z' }, 'invoicedAt'],
    ['an invoice date before 2000', { invoicedAt: '1999-12-31T23:59:59.000Z' }, 'invoicedAt'],
    ['a last-modified time in the future', { updatedAt: '2026-11-03T02:06:00.000Z' }, 'updatedAt'],
  ])('refuses %s', (_, over, path) => {
    expect(() => upsertOrder(null, 'o-1', { ...input, ...over }, now)).toThrow(
      expect.objectContaining({ code: 'validation_failed', details: { errors: [expect.objectContaining({ path })] } }),
    );
  });

  it('refuses a delivery before the invoice date', () => {
    expect(codeOf(() => recordDelivery(created(), new Date('2026-10-31T00:00:00Z'), defaultPolicy, now))).toBe('validation_failed');
  });

  it('refuses an invoice date after the recorded delivery', () => {
    const delivered = recordDelivery(created(), new Date('2026-11-02T00:00:00Z'), defaultPolicy, now).order;
    expect(codeOf(() => upsertOrder(delivered, 'o-1', { ...input, invoicedAt: '2026-11-02T12:00:00.000Z' }, now))).toBe(
      'validation_failed',
    );
  });
});

describe('delivery and the acceptance deadline (R-ACCEPTANCE)', () => {
  const deliveredAt = new Date('2026-11-02T07:00:00Z'); // 15:00 in Shanghai

  it('closes acceptance at the end of delivery day + 7 in Shanghai and asks for the timer', () => {
    const change = recordDelivery(created(), deliveredAt, defaultPolicy, now);
    expect(change.order.acceptance).toEqual({
      closesAt: '2026-11-09T15:59:59.999Z',
      generation: 1,
      acceptedAt: null,
      acceptedLineIds: [],
    });
    expect(change.schedules).toEqual([
      {
        action: 'put',
        name: 'order-acceptance-o-1',
        event: { kind: 'order.acceptance_due', orderId: 'o-1', dueAt: '2026-11-09T15:59:59.999Z', generation: 1 },
      },
    ]);
  });

  it('moves the deadline with a new generation when the delivery is corrected', () => {
    const first = recordDelivery(created(), deliveredAt, defaultPolicy, now).order;
    const corrected = recordDelivery(first, new Date('2026-11-03T01:00:00Z'), defaultPolicy, now);
    expect(corrected.order.acceptance?.generation).toBe(2);
    expect(corrected.order.acceptance?.closesAt).toBe('2026-11-10T15:59:59.999Z');
  });

  it('refuses to move the delivery of an order with returns', () => {
    const first = withRmas(recordDelivery(created(), deliveredAt, defaultPolicy, now).order);
    expect(codeOf(() => recordDelivery(first, new Date('2026-11-03T01:00:00Z'), defaultPolicy, now))).toBe('order_locked');
    expect(recordDelivery(first, deliveredAt, defaultPolicy, now).changed).toBe(false);
  });

  it('tolerates a storefront clock up to 5 minutes ahead, not more', () => {
    expect(recordDelivery(created(), new Date(now.getTime() + 300_000), defaultPolicy, now).changed).toBe(true);
    expect(codeOf(() => recordDelivery(created(), new Date(now.getTime() + 300_001), defaultPolicy, now))).toBe('validation_failed');
  });

  describe('when the timer fires', () => {
    const delivered = () => recordDelivery(created(), deliveredAt, defaultPolicy, now).order;
    const event = { kind: 'order.acceptance_due', orderId: 'o-1', dueAt: '2026-11-09T15:59:59.999Z', generation: 1 } as const;

    it('is early at the last instant of the window and accepts at the first instant after it', () => {
      expect(applyAcceptanceDue(delivered(), event, new Date('2026-11-09T15:59:59.999Z')).kind).toBe('early');
      const outcome = applyAcceptanceDue(delivered(), event, new Date('2026-11-09T16:00:00.000Z'));
      expect(outcome.kind).toBe('accepted');
    });

    it('accepts only lines with no open RMA', () => {
      const order = { ...delivered(), openRmas: { L1: 0, L2: 1 } };
      const outcome = applyAcceptanceDue(order, event, new Date('2026-11-10T00:00:00Z'));
      expect(outcome.kind === 'accepted' && outcome.order.acceptance?.acceptedLineIds).toEqual(['L1']);
    });

    it('does nothing for an older generation, a changed due time, a second firing or an undelivered order', () => {
      const later = new Date('2026-11-10T00:00:00Z');
      expect(applyAcceptanceDue(delivered(), { ...event, generation: 2 }, later).kind).toBe('stale');
      expect(applyAcceptanceDue(delivered(), { ...event, dueAt: '2026-11-08T15:59:59.999Z' }, later).kind).toBe('stale');
      const accepted = applyAcceptanceDue(delivered(), event, later);
      expect(accepted.kind === 'accepted' && applyAcceptanceDue(accepted.order, event, later).kind).toBe('stale');
      expect(applyAcceptanceDue(created(), event, later).kind).toBe('stale');
    });
  });
});

describe('what RMAs do to their order (R-QUANTITY, R-ACCEPTANCE)', () => {
  const rma = (status: Rma['status']) => ({ rmaId: 'r-1', status, lines: [{ lineId: 'L1', quantity: 3 }] });

  it('commits the units and marks the line open when an RMA is opened', () => {
    const next = applyRmaToOrder(created(), null, rma('awaiting_evidence'), now)!;
    expect(next).toMatchObject({ committed: { L1: 3 }, openRmas: { L1: 1 }, rmaIds: ['r-1'], rmaCount: 1, version: 2 });
  });

  it('releases the units of a cancelled, rejected or expired RMA and closes the line', () => {
    const opened = applyRmaToOrder(created(), null, rma('submitted'), now)!;
    for (const status of ['cancelled', 'rejected', 'expired'] as const) {
      expect(applyRmaToOrder(opened, rma('submitted'), rma(status), now)).toMatchObject({ committed: { L1: 0 }, openRmas: { L1: 0 }, rmaCount: 1 });
    }
  });

  it('keeps the units of a resolved or failed RMA but closes the line', () => {
    const opened = applyRmaToOrder(created(), null, rma('received'), now)!;
    expect(applyRmaToOrder(opened, rma('received'), rma('resolved'), now)).toMatchObject({ committed: { L1: 3 }, openRmas: { L1: 0 } });
  });

  it('leaves the order alone when nothing it counts changes', () => {
    expect(applyRmaToOrder(created(), rma('submitted'), rma('approved'), now)).toBeNull();
  });
});
