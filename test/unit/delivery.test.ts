import { describe, expect, it } from 'vitest';
import { isUnavailable } from '../../shared/adapters/aws-clients.js';
import { retryDelayMs } from '../../shared/adapters/delivery.js';
import { fromStored, GIVE_UP_HOURS, MESSAGE_ID, outboxItems, parseMessageId } from '../../shared/adapters/outbox.js';

describe('back-off of a message that could not be delivered', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [5, 16],
    [6, 32],
    [7, 60],
    [50, 60],
  ])('after %i failed attempts waits %i minutes (growing to an hour)', (attempts, minutes) => {
    expect(retryDelayMs(attempts)).toBe(minutes * 60_000);
  });

  it('keeps trying an email for 72 hours: about 77 attempts before it gives up', () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < GIVE_UP_HOURS.email * 3_600_000) elapsed += retryDelayMs(++attempts);
    expect(attempts).toBeGreaterThanOrEqual(70);
    expect(attempts).toBeLessThanOrEqual(80);
  });
});

describe('outbox messages of one change', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  const email = (template: string) =>
    ({ type: 'email', rmaId: '01J0000000000000000000000A', email: { template, to: ['a@example.com'], replyTo: [], subject: 's', text: 't', html: 'h' } }) as const;
  const put = { type: 'schedule', requests: [{ action: 'delete', name: 'rma-x-decision-due' }] } as const;

  it('are sequenced per channel (subject and kind) by the subject version and their place in the change', () => {
    const items = outboxItems({ type: 'rma', id: '01J0000000000000000000000A', version: 7 }, [email('rma_approved'), put, email('ops_x')], now);
    expect(items.map((i) => i.messageId)).toEqual([
      'rma-01J0000000000000000000000A-email.0000000007-001',
      'rma-01J0000000000000000000000A-schedule.0000000007-001',
      'rma-01J0000000000000000000000A-email.0000000007-002',
    ]);
    for (const item of items) expect(item.messageId).toMatch(MESSAGE_ID);
    expect(parseMessageId(items[1]!.messageId)).toEqual({ channel: 'rma-01J0000000000000000000000A-schedule', kind: 'schedule', seq: '0000000007-001' });
  });

  it('keep their message gzipped (a small item: claims and settles are charged by item size); items stored before that still read', () => {
    const message = email('rma_approved');
    const [record] = outboxItems({ type: 'rma', id: '01J0000000000000000000000A', version: 7 }, [message], now);
    expect(record).not.toHaveProperty('message');
    expect(record!.payload.length).toBeGreaterThan(0);
    expect(fromStored(record as unknown as Record<string, unknown>).message).toEqual(message);
    const { payload: _payload, ...older } = record!;
    expect(fromStored({ ...older, message }).message).toEqual(message);
  });

  it('start pending, untried, in the status index, and give up 72 hours after they were written', () => {
    const [item] = outboxItems({ type: 'order', id: 'O-1', version: 2 }, [put], now);
    expect(item).toMatchObject({
      status: 'pending',
      attempts: 0,
      lastError: null,
      rmaId: null,
      gsi3pk: 'OUTBOX#pending',
      giveUpAt: '2026-11-27T10:00:00.000Z',
      nextAttemptAt: '2026-11-24T10:01:00.000Z',
    });
  });
});

describe('a dependency that did not answer, told apart from one that refused', () => {
  const error = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error('x'), { name, ...extra });
  it.each([
    ['a timeout', error('TimeoutError'), true],
    ['a refused connection', error('Error', { code: 'ECONNREFUSED' }), true],
    ['a reset connection', error('Error', { code: 'ECONNRESET' }), true],
    ['throttling', error('ThrottlingException'), true],
    ['a server error', error('InternalServerError', { $fault: 'server', $metadata: { httpStatusCode: 500 } }), true],
    ['a failed condition', error('ConditionalCheckFailedException', { $fault: 'client', $metadata: { httpStatusCode: 400 } }), false],
    ['a validation error', error('ValidationException', { $fault: 'client', $metadata: { httpStatusCode: 400 } }), false],
    ['not an error', 'boom', false],
  ])('%s', (_what, thrown, unavailable) => {
    expect(isUnavailable(thrown)).toBe(unavailable);
  });
});
