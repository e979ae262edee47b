/** Test data in one place. */
import { randomUUID } from 'node:crypto';

export function newOrderId(): string {
  return `o-${randomUUID().slice(0, 8)}`;
}

export function orderBody(overrides: Record<string, unknown> = {}) {
  return {
    orderNumber: `SO-${randomUUID().slice(0, 6).toUpperCase()}`,
    customer: { email: 'Ada@Example.com', name: 'Ada Lovelace' },
    currency: 'USD',
    invoicedAt: '2026-11-01T08:00:00.000Z',
    lines: [
      { lineId: 'L1', sku: 'STM32F103C8T6', name: 'MCU STM32F103', quantity: 10, unitPrice: 299 },
      { lineId: 'L2', sku: 'AMS1117-3.3', name: 'LDO regulator 3.3 V', quantity: 50, unitPrice: 12 },
    ],
    ...overrides,
  };
}
