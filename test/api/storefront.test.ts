import { GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { describe, expect, it } from 'vitest';
import { advanceClock, drain, localNow, sdkOptions, signedCall, stack, storefront } from '../support/client.js';
import { newOrderId, orderBody } from '../support/fixtures.js';

const orderPath = (id: string) => `/v1/storefront/orders/${id}`;

describe('storefront signatures', () => {
  const cases = [
    ['a wrong signature', { secret: 'not-the-secret' }],
    ['a timestamp 301 s old', { timestampOffsetSeconds: -301 }],
    ['a timestamp 301 s ahead', { timestampOffsetSeconds: 301 }],
    ['a body changed after signing', { sendBody: JSON.stringify(orderBody({ currency: 'EUR' })) }],
  ] as const;

  it.each(cases)('refuses %s with 401 invalid_signature and stores nothing', async (_, tamper) => {
    const id = newOrderId();
    const reply = await storefront('PUT', orderPath(id), orderBody(), tamper);
    expect(reply.status).toBe(401);
    expect(reply.headers.get('content-type')).toBe('application/problem+json');
    expect(reply.body).toMatchObject({ code: 'invalid_signature', status: 401, type: 'https://errors.rma.dev/invalid_signature' });
    const after = await storefront('PUT', orderPath(id), orderBody());
    expect(after.status).toBe(201);
  });

  it('refuses a request without signature headers', async () => {
    const response = await fetch(stack().urls.api + orderPath(newOrderId()), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(orderBody()),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('invalid_signature');
  });

  it('accepts timestamps up to 300 s away in either direction', async () => {
    expect((await storefront('PUT', orderPath(newOrderId()), orderBody(), { timestampOffsetSeconds: -299 })).status).toBe(201);
    expect((await storefront('PUT', orderPath(newOrderId()), orderBody(), { timestampOffsetSeconds: 299 })).status).toBe(201);
  });
});

describe('PUT /v1/storefront/orders/{orderId}', () => {
  it('creates an order (201), then updates it (200) and reports an unchanged one as 200', async () => {
    const id = newOrderId();
    const body = orderBody();
    const created = await storefront('PUT', orderPath(id), body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ orderId: id, orderNumber: body.orderNumber, deliveredAt: null, acceptanceClosesAt: null });

    const renamed = { ...body, customer: { ...body.customer, name: 'Ada King' } };
    const updated = await storefront('PUT', orderPath(id), renamed);
    expect(updated.status).toBe(200);
    expect(updated.body.customer.name).toBe('Ada King');

    const again = await storefront('PUT', orderPath(id), renamed);
    expect(again.status).toBe(200);
    expect(again.body.updatedAt).toBe(updated.body.updatedAt);
  });

  const line = (over: Record<string, unknown>) => ({ lineId: 'L1', sku: 'X', name: 'X', quantity: 1, unitPrice: 1, ...over });
  it.each([
    ['malformed JSON', '{"orderNumber": ', '(body)'],
    ['an unknown field', JSON.stringify(orderBody({ discount: 5 })), 'discount'],
    ['an unknown nested field', JSON.stringify(orderBody({ lines: [line({ colour: 'red' })] })), 'lines[0].colour'],
    ['a zero quantity', JSON.stringify(orderBody({ lines: [line({ quantity: 0 })] })), 'lines[0].quantity'],
    ['a negative price', JSON.stringify(orderBody({ lines: [line({ unitPrice: -1 })] })), 'lines[0].unitPrice'],
    ['a local-time invoice date', JSON.stringify(orderBody({ invoicedAt: '2026-11-01T08:00:00+08:00' })), 'invoicedAt'],
    ['duplicate line ids', JSON.stringify(orderBody({ lines: [line({}), line({ sku: 'Y' })] })), 'lines[1].lineId'],
    ['a currency that is not ISO 4217', JSON.stringify(orderBody({ currency: 'XYZ' })), 'currency'],
    ['an invoice date in 2099', JSON.stringify(orderBody({ invoicedAt: '2099-01-01T00:00:00.000Z' })), 'invoicedAt'],
  ])('refuses %s with 400 validation_failed naming the field, and stores nothing', async (_, raw, path) => {
    const id = newOrderId();
    const reply = await signedCall('PUT', orderPath(id), raw);
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toBe('application/problem+json');
    expect(reply.body.code).toBe('validation_failed');
    expect(reply.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await storefront('PUT', orderPath(id), orderBody())).status).toBe(201);
  });

  it('refuses an update older than the one applied with 409 stale_update, and keeps the newer one', async () => {
    const id = newOrderId();
    const now = (await localNow()).getTime();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
    expect((await storefront('PUT', orderPath(id), orderBody({ orderNumber: 'SO-NEW', updatedAt: at(5) }))).status).toBe(201);
    const stale = await storefront('PUT', orderPath(id), orderBody({ orderNumber: 'SO-OLD', updatedAt: at(10) }));
    expect(stale).toMatchObject({ status: 409, body: { code: 'stale_update', appliedUpdatedAt: at(5) } });
    const again = await storefront('PUT', orderPath(id), orderBody({ orderNumber: 'SO-NEW', updatedAt: at(5) }));
    expect(again).toMatchObject({ status: 200, body: { orderNumber: 'SO-NEW' } });
  });

  it('keeps the shopper\'s language the shop reports (customer.locale, api.md), and refuses one that is no language tag', async () => {
    const id = newOrderId();
    const body = orderBody({ customer: { email: 'lin@example.com', name: '林', locale: 'zh-CN' } });
    const created = await storefront('PUT', orderPath(id), body);
    expect(created.status).toBe(201);
    expect(created.body.customer).toEqual({ email: 'lin@example.com', name: '林', locale: 'zh-CN' });
    const changed = await storefront('PUT', orderPath(id), { ...body, customer: { ...body.customer, locale: 'en' } });
    expect(changed.status).toBe(200);
    expect(changed.body.customer.locale).toBe('en');
    const refused = await storefront('PUT', orderPath(newOrderId()), orderBody({ customer: { email: 'a@example.com', name: 'A', locale: 'not a tag!' } }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: 'customer.locale', message: 'must be a BCP 47 language tag, e.g. en or zh-CN' }]);
  });

  it('refuses an order id that cannot be a key', async () => {
    const reply = await storefront('PUT', orderPath('bad%20id'), orderBody());
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].path).toBe('orderId');
  });
});

describe('POST /v1/storefront/orders/{orderId}/delivery', () => {
  const scheduler = () => new SchedulerClient(sdkOptions(stack().urls.scheduler));

  it('records the delivery, closes acceptance at local end of day + 7, and schedules order.acceptance_due', async () => {
    const id = newOrderId();
    await storefront('PUT', orderPath(id), orderBody());
    const deliveredAt = new Date((await localNow()).getTime() - 3_600_000);
    const reply = await storefront('POST', `${orderPath(id)}/delivery`, { deliveredAt: deliveredAt.toISOString() });
    expect(reply.status).toBe(200);
    expect(reply.body.deliveredAt).toBe(deliveredAt.toISOString());
    const closes = new Date(reply.body.acceptanceClosesAt);
    // 23:59:59.999 in Shanghai (UTC+8) is 15:59:59.999Z.
    expect(reply.body.acceptanceClosesAt).toMatch(/T15:59:59\.999Z$/);
    const days = (closes.getTime() - deliveredAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThanOrEqual(8);

    await drain();
    const schedule = await scheduler().send(
      new GetScheduleCommand({ Name: `order-acceptance-${id}`, GroupName: stack().names.scheduleGroup }),
    );
    expect(schedule.ScheduleExpression).toBe(`at(${new Date(closes.getTime() + 1).toISOString().slice(0, 19)})`);
    expect(schedule.ScheduleExpressionTimezone).toBe('UTC');
    expect(schedule.FlexibleTimeWindow).toEqual({ Mode: 'OFF' });
    expect(schedule.ActionAfterCompletion).toBe('DELETE');
    expect(schedule.Target?.RetryPolicy).toEqual({ MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 185 });
    expect(schedule.Target?.DeadLetterConfig?.Arn).toMatch(/^arn:aws:sqs:/);
    expect(JSON.parse(schedule.Target?.Input ?? '{}')).toEqual({
      kind: 'order.acceptance_due',
      orderId: id,
      dueAt: reply.body.acceptanceClosesAt,
      generation: 1,
    });
  });

  it('reporting the same delivery twice changes nothing', async () => {
    const id = newOrderId();
    await storefront('PUT', orderPath(id), orderBody());
    const deliveredAt = new Date((await localNow()).getTime() - 60_000).toISOString();
    const first = await storefront('POST', `${orderPath(id)}/delivery`, { deliveredAt });
    const second = await storefront('POST', `${orderPath(id)}/delivery`, { deliveredAt });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
  });

  it('refuses a delivery before the invoice or in the future, and an unknown order', async () => {
    const id = newOrderId();
    await storefront('PUT', orderPath(id), orderBody());
    const early = await storefront('POST', `${orderPath(id)}/delivery`, { deliveredAt: '2026-10-01T00:00:00.000Z' });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].path).toBe('deliveredAt');
    const future = new Date((await localNow()).getTime() + 3_600_000).toISOString();
    expect((await storefront('POST', `${orderPath(id)}/delivery`, { deliveredAt: future })).status).toBe(400);
    const unknown = await storefront('POST', `${orderPath(newOrderId())}/delivery`, { deliveredAt: '2026-11-02T00:00:00.000Z' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('order_not_found');
  });

  it('deems the lines accepted once the acceptance deadline passes, not before', async () => {
    const id = newOrderId();
    const body = orderBody();
    await storefront('PUT', orderPath(id), body);
    const deliveredAt = new Date((await localNow()).getTime() - 60_000).toISOString();
    const delivered = await storefront('POST', `${orderPath(id)}/delivery`, { deliveredAt });
    await drain();
    const closesAt = new Date(delivered.body.acceptanceClosesAt);

    await advanceClock((closesAt.getTime() - (await localNow()).getTime()) / 1000 - 5);
    expect((await storefront('PUT', orderPath(id), body)).body.acceptedAt).toBeNull();

    await advanceClock(10);
    const after = await storefront('PUT', orderPath(id), body);
    expect(after.body.acceptedAt).not.toBeNull();
    expect(new Date(after.body.acceptedAt).getTime()).toBeGreaterThan(closesAt.getTime());
  });
});
