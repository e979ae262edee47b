/** A shopper with a delivered order and a session, as the storefront and the API create them. */
import { randomUUID } from 'node:crypto';
import { call, localNow, storefront } from './client.js';
import { newOrderId, orderBody } from './fixtures.js';

export interface Shopper {
  readonly orderId: string;
  readonly token: string;
  readonly headers: Record<string, string>;
}

export async function shopperWithOrder(options: { deliveredDaysAgo?: number | null; overrides?: Record<string, unknown> } = {}): Promise<Shopper> {
  const orderId = newOrderId();
  const now = (await localNow()).getTime();
  const daysAgo = options.deliveredDaysAgo === undefined ? 0.05 : options.deliveredDaysAgo;
  // Invoiced shortly before delivery, relative to the local clock: tests must not age with the calendar.
  const invoicedAt = new Date(now - ((daysAgo ?? 0) + 3) * 86_400_000).toISOString();
  await storefront('PUT', `/v1/storefront/orders/${orderId}`, orderBody({ invoicedAt, ...options.overrides }));
  if (daysAgo !== null) {
    const deliveredAt = new Date(now - daysAgo * 86_400_000).toISOString();
    await storefront('POST', `/v1/storefront/orders/${orderId}/delivery`, { deliveredAt });
  }
  const token = (await storefront('POST', '/v1/storefront/sessions', { orderId })).body.token as string;
  return { orderId, token, headers: { authorization: `Bearer ${token}` } };
}

export function rmaRequest(orderId: string, overrides: Record<string, unknown> = {}) {
  return {
    orderId,
    reason: 'faulty',
    lines: [{ lineId: 'L1', quantity: 1 }],
    explanation: 'Does not enumerate over USB; tried two cables and hosts.',
    preferredResolution: 'refund',
    ...overrides,
  };
}

export function openRma(shopper: Shopper, body: unknown, key: string = randomUUID()) {
  return call('POST', '/v1/rmas', { body, headers: { ...shopper.headers, 'idempotency-key': key } });
}
