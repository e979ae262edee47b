/**
 * The delivery engine against the real DynamoDB Local, SES emulator and Scheduler emulator
 * (through the real SDK clients), on a table of the test's own so that the test alone decides
 * who delivers what, and when.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { GetScheduleCommand, ResourceNotFoundException } from '@aws-sdk/client-scheduler';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSchedulerClient } from '../../shared/adapters/delivery-targets.js';
import { DeliveryRun, retryDelayMs } from '../../shared/adapters/delivery.js';
import { OUTBOX_CLAIM_MS } from '../../shared/topology.js';
import { type OutboxMessage, scheduleMessages } from '../../shared/adapters/outbox.js';
import { sdkOptions, stack } from '../support/client.js';
import { sentMail } from '../support/mail.js';
import { freePort } from '../../local/ports.js';
import { emailMessage, type IsolatedOutbox, isolatedOutbox } from '../support/outbox.js';
import { startReceiver } from '../support/receiver.js';
import { WebhookEndpointStore } from '../../shared/adapters/webhook-endpoints.js';
import { newWebhookSecret } from '../../shared/adapters/webhook-sender.js';
import { Webhook } from 'standardwebhooks';
import { ulid } from 'ulid';

let outbox: IsolatedOutbox;
beforeEach(async () => {
  outbox = await isolatedOutbox();
});
afterEach(async () => {
  await outbox.drop();
});

const run = () => new DeliveryRun(() => Number.POSITIVE_INFINITY);
const rmaId = () => `01TEST${randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase()}`;
const subjects = async (prefix: string) => (await sentMail()).map((m) => m.subject).filter((s) => s.startsWith(prefix));
const statusOf = async (messageId: string) => (await outbox.store.get(messageId))?.status;

describe('order within an RMA', () => {
  it('a message whose predecessor is pending waits; delivering the predecessor delivers both, in order', async () => {
    const id = rmaId();
    const tag = `Order ${id}`;
    const [first] = await outbox.write({ type: 'rma', id, version: 2 }, [emailMessage(id, `${tag} 1`)]);
    const [second] = await outbox.write({ type: 'rma', id, version: 3 }, [emailMessage(id, `${tag} 2`)]);
    const engine = outbox.engine();
    await engine.deliver(second!, run());
    expect(await statusOf(second!)).toBe('pending');
    expect(await subjects(tag)).toEqual([]);
    await engine.deliver(first!, run());
    expect(await subjects(tag)).toEqual([`${tag} 1`, `${tag} 2`]);
    expect([await statusOf(first!), await statusOf(second!)]).toEqual(['delivered', 'delivered']);
  });

  it('a schedule put and its delete, delivered last-first, leave no schedule behind', async () => {
    const id = rmaId();
    const name = `rma-${id}-decision-due`;
    const event = { kind: 'rma.decision_due', rmaId: id, dueAt: new Date(outbox.clock.now().getTime() + 30 * 86_400_000).toISOString(), generation: 2 } as const;
    const [put] = await outbox.write({ type: 'rma', id, version: 2 }, [{ type: 'schedule', requests: [{ action: 'put', name, event }] }]);
    const [del] = await outbox.write({ type: 'rma', id, version: 3 }, [{ type: 'schedule', requests: [{ action: 'delete', name }] }]);
    const engine = outbox.engine();
    await Promise.all([engine.deliver(del!, run()), engine.deliver(put!, run())]);
    const scheduler = createSchedulerClient(sdkOptions(stack().urls.scheduler));
    await expect(scheduler.send(new GetScheduleCommand({ Name: name, GroupName: stack().names.scheduleGroup }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    expect([await statusOf(put!), await statusOf(del!)]).toEqual(['delivered', 'delivered']);
  });

  it("a change's timers are one message, applied in order; a message of one timer written before that still delivers", async () => {
    const id = rmaId();
    const [put, move] = [`rma-${id}-evidence-due`, `rma-${id}-decision-due`];
    const event = { kind: 'rma.decision_due', rmaId: id, dueAt: new Date(outbox.clock.now().getTime() + 30 * 86_400_000).toISOString(), generation: 2 } as const;
    const legacy = { type: 'schedule', request: { action: 'put', name: put, event } } as unknown as OutboxMessage;
    const [first] = await outbox.write({ type: 'rma', id, version: 2 }, [legacy]);
    const [second] = await outbox.write({ type: 'rma', id, version: 3 }, scheduleMessages([{ action: 'delete', name: put }, { action: 'put', name: move, event }]));
    expect(await outbox.store.get(first!)).toMatchObject({ message: { type: 'schedule', requests: [{ action: 'put', name: put }] } });
    await outbox.engine().deliver(first!, run());
    expect([await statusOf(first!), await statusOf(second!)]).toEqual(['delivered', 'delivered']);
    const scheduler = createSchedulerClient(sdkOptions(stack().urls.scheduler));
    const group = stack().names.scheduleGroup;
    await expect(scheduler.send(new GetScheduleCommand({ Name: put, GroupName: group }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect((await scheduler.send(new GetScheduleCommand({ Name: move, GroupName: group }))).Name).toBe(move);
    expect(scheduleMessages([])).toEqual([]);
  });

  it('channels are independent: an email that cannot be sent does not hold back the timers of its RMA', async () => {
    const id = rmaId();
    const name = `rma-${id}-ship-due`;
    const event = { kind: 'rma.ship_due', rmaId: id, dueAt: new Date(outbox.clock.now().getTime() + 30 * 86_400_000).toISOString(), generation: 3 } as const;
    const [email, put] = await outbox.write({ type: 'rma', id, version: 2 }, [
      emailMessage(id, `Independent ${id}`),
      { type: 'schedule', requests: [{ action: 'put', name, event }] },
    ]);
    const engine = outbox.engine({ ses: `http://127.0.0.1:${await freePort()}` });
    await engine.deliver(email!, run());
    await engine.deliver(put!, run());
    expect([await statusOf(email!), await statusOf(put!)]).toEqual(['pending', 'delivered']);
    await outbox.engine().deliver(put!, run());
    const scheduler = createSchedulerClient(sdkOptions(stack().urls.scheduler));
    expect((await scheduler.send(new GetScheduleCommand({ Name: name, GroupName: stack().names.scheduleGroup }))).Name).toBe(name);
  });
});

describe('retries', () => {
  it('a failed send waits 1, 2, 4 minutes between attempts; the relay leaves it alone until its attempt is due', async () => {
    const id = rmaId();
    const [messageId] = await outbox.write({ type: 'rma', id, version: 2 }, [emailMessage(id, `Backoff ${id}`)]);
    const down = outbox.engine({ ses: `http://127.0.0.1:${await freePort()}` });
    await down.deliver(messageId!, run());
    for (const attempts of [1, 2, 3]) {
      const message = (await outbox.store.get(messageId!))!;
      expect(message).toMatchObject({ status: 'pending', attempts, lastError: expect.stringContaining('SES') });
      expect(Date.parse(message.nextAttemptAt!) - outbox.clock.now().getTime()).toBe(retryDelayMs(attempts));
      outbox.clock.advance(retryDelayMs(attempts) - 1_000);
      expect((await down.relay(() => 60_000)).attempted).toBe(0);
      outbox.clock.advance(1_000);
      expect((await down.relay(() => 60_000)).attempted).toBe(1);
    }
  });

  it('with SES down, one run tries SES once, not once per RMA; the others stay due for the next run', async () => {
    const ids = [rmaId(), rmaId(), rmaId()];
    const messageIds = [];
    for (const id of ids) messageIds.push(...(await outbox.write({ type: 'rma', id, version: 2 }, [emailMessage(id, `Breaker ${id}`)])));
    outbox.clock.advance(120_000);
    const report = await outbox.engine({ ses: `http://127.0.0.1:${await freePort()}` }).relay(() => 60_000);
    expect(report.attempted).toBe(1);
    const attempts = await Promise.all(messageIds.map(async (m) => (await outbox.store.get(m))!.attempts));
    expect(attempts.sort()).toEqual([0, 0, 1]);
    outbox.clock.advance(retryDelayMs(1));
    expect((await outbox.engine().relay(() => 60_000)).delivered).toBe(3);
    for (const id of ids) expect(await subjects(`Breaker ${id}`)).toHaveLength(1);
  });

  it('gives up after 72 hours: failed, counted, listed; put back in line it is delivered once; a delivered one cannot be put back', async () => {
    const id = rmaId();
    const tag = `Give up ${id}`;
    const [messageId] = await outbox.write({ type: 'rma', id, version: 2 }, [emailMessage(id, tag)]);
    const down = outbox.engine({ ses: `http://127.0.0.1:${await freePort()}` });
    await down.deliver(messageId!, run());
    outbox.clock.advance(72 * 3_600_000);
    await down.relay(() => 60_000);
    const failedMessage = (await outbox.store.get(messageId!))!;
    expect(failedMessage).toMatchObject({ status: 'failed', attempts: 2, lastError: expect.stringContaining('SES') });
    expect(failedMessage.nextAttemptAt).toBeUndefined();
    expect(outbox.metrics.published.filter((m) => m.name === 'OutboxMessageFailed' && m.properties.messageId === messageId)).toHaveLength(1);
    const failed = await outbox.store.list('failed', { limit: 100 });
    expect(failed.items.map((m) => m.messageId)).toContain(messageId);
    expect(await outbox.store.requeue(messageId!, outbox.clock.now())).toBe(true);
    expect(await outbox.store.requeue(messageId!, outbox.clock.now())).toBe(false);
    await outbox.engine().relay(() => 60_000);
    await outbox.engine().relay(() => 60_000);
    expect(await subjects(tag)).toEqual([tag]);
    expect(await statusOf(messageId!)).toBe('delivered');
    expect(await outbox.store.requeue(messageId!, outbox.clock.now())).toBe(false);
    expect((await outbox.store.list('failed', { limit: 100 })).items.map((m) => m.messageId)).not.toContain(messageId);
  });

  it('a request the target refuses outright fails at once instead of being retried for 72 hours; the other timers of its change are still set', async () => {
    const id = rmaId();
    const event = { kind: 'rma.ship_due', rmaId: id, dueAt: new Date(outbox.clock.now().getTime() + 86_400_000).toISOString(), generation: 3 } as const;
    const [before, after] = [`rma-${id}-ship-due`, `rma-${id}-decision-due`];
    // The Scheduler refuses this name (ValidationException): no retry can change that.
    const [messageId] = await outbox.write({ type: 'rma', id, version: 2 }, [
      { type: 'schedule', requests: [{ action: 'put', name: before, event }, { action: 'put', name: 'not a valid name!', event }, { action: 'put', name: after, event }] },
    ]);
    await outbox.engine().deliver(messageId!, run());
    expect(await outbox.store.get(messageId!)).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('put not a valid name!: ValidationException') });
    const scheduler = createSchedulerClient(sdkOptions(stack().urls.scheduler));
    for (const name of [before, after]) expect((await scheduler.send(new GetScheduleCommand({ Name: name, GroupName: stack().names.scheduleGroup }))).Name).toBe(name);
  });
});

describe('the status index', () => {
  it('pages pending messages oldest first with a cursor, never repeating one', async () => {
    const written: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = rmaId();
      written.push(...(await outbox.write({ type: 'rma', id, version: 2 }, [emailMessage(id, `Page ${id}`)])));
      outbox.clock.advance(1_000);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await outbox.store.list('pending', { limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((m) => m.messageId));
      cursor = page.cursor;
    } while (cursor !== undefined);
    expect(seen).toEqual(written);
  });
});

describe('a delivery killed mid-send', () => {
  it('holds its claim until it expires; then the relay takes over and the email is sent once', async () => {
    const id = rmaId();
    const tag = `Killed ${id}`;
    const [messageId] = await outbox.write({ type: 'rma', id, version: 2 }, [emailMessage(id, tag)]);
    // The child's SES never answers; the test kills the child as soon as its request arrives.
    const sockets: Socket[] = [];
    const blackHole = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/deliver-in-child.ts'], {
      env: {
        ...process.env,
        CHILD_DYNAMODB: stack().urls.dynamodb,
        CHILD_TABLE: outbox.tableName,
        CHILD_SES: `http://127.0.0.1:${(blackHole.address() as AddressInfo).port}`,
        CHILD_NOW: outbox.clock.now().toISOString(),
        CHILD_MESSAGE: messageId!,
      },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve) => blackHole.once('connection', (socket) => socket.once('data', () => resolve())));
    child.kill('SIGKILL');
    await exited;
    for (const socket of sockets) socket.destroy();
    blackHole.close();

    expect(await outbox.store.get(messageId!)).toMatchObject({ status: 'pending', attempts: 0, claimExpiresAt: expect.any(String) });
    const relay = outbox.engine();
    outbox.clock.advance(OUTBOX_CLAIM_MS - 1_000);
    expect((await relay.relay(() => 60_000)).attempted).toBe(0);
    expect(await subjects(tag)).toEqual([]);
    outbox.clock.advance(2_000);
    expect((await relay.relay(() => 60_000)).delivered).toBe(1);
    expect(await subjects(tag)).toEqual([tag]);
    expect(await statusOf(messageId!)).toBe('delivered');
  });

  it('a webhook delivery killed while the receiver works: taken over after the claim, same webhook-id; the receiver dedupes it to one', async () => {
    const shop = await startReceiver();
    try {
      const endpointId = ulid();
      const secret = newWebhookSecret();
      const at = outbox.clock.now().toISOString();
      await new WebhookEndpointStore(outbox.ddb, outbox.tableName).create({
        endpointId, url: shop.url, events: null, description: null, status: 'enabled', createdAt: at, updatedAt: at, version: 1,
        secrets: [{ secret, expiresAt: null }], failingSince: null, disabledAt: null,
      });
      const eventId = ulid();
      const body = JSON.stringify({ type: 'webhook.test', timestamp: at, data: { eventId, endpointId } });
      const [messageId] = await outbox.write({ type: 'endpoint', id: endpointId, version: 2 }, [{ type: 'webhook', endpointId, eventId, eventType: 'webhook.test', body }]);
      // The first time, the receiver takes the event and is still working when the sender dies.
      shop.answer = () => (shop.received.length === 0 ? 'hang' : { status: 200 });
      const arrived = shop.next();
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/deliver-in-child.ts'], {
        env: { ...process.env, CHILD_DYNAMODB: stack().urls.dynamodb, CHILD_TABLE: outbox.tableName, CHILD_SES: 'http://127.0.0.1:9', CHILD_NOW: at, CHILD_MESSAGE: messageId! },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await arrived;
      child.kill('SIGKILL');
      await exited;
      expect(await outbox.store.get(messageId!)).toMatchObject({ status: 'pending', attempts: 0, claimExpiresAt: expect.any(String) });

      outbox.clock.advance(OUTBOX_CLAIM_MS + 1_000);
      expect((await outbox.engine().relay(() => 60_000)).delivered).toBe(1);
      expect(shop.received.map((r) => r.headers['webhook-id'])).toEqual([eventId, eventId]);
      const applied = new Set(shop.received.map((r) => (new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { data: { eventId: string } }).data.eventId));
      // At least once: delivered twice with one id, so a receiver deduping by webhook-id applies it once (lost 0, doubled 0).
      expect([...applied]).toEqual([eventId]);
      expect(await outbox.store.get(messageId!)).toMatchObject({ status: 'delivered', lastStatusCode: 200 });
    } finally {
      await shop.stop();
    }
  });

  it('the claim outlives the longest delivering function, by a margin', () => {
    expect(OUTBOX_CLAIM_MS).toBe(90_000);
  });
});
