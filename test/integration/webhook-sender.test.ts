/**
 * The webhook sender against a real HTTP receiver (no local stack): Standard Webhooks headers that
 * the `standardwebhooks` library verifies, and where a delivery may connect (events.md, issue 12
 * point 5). DNS is the one fault that cannot be produced here, so these tests give the sender a
 * resolver: a name that resolved to a public address at registration and to a private one at
 * delivery (DNS rebinding) is refused, and the connection goes to the address checked.
 */
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { addressAllowed, parseEndpointUrl, resolveAllowed, UnsafeUrlError } from '../../shared/adapters/url-guard.js';
import { newWebhookSecret, ReceiverError, WebhookSender } from '../../shared/adapters/webhook-sender.js';
import { type Receiver, startReceiver } from '../support/receiver.js';

let shop: Receiver | undefined;
afterEach(async () => {
  await shop?.stop();
  shop = undefined;
});

describe('addresses a delivery may use', () => {
  it.each([
    ['93.184.215.14', 'shop.example', 'public', true],
    ['2606:4700::6810:84e5', 'shop.example', 'public', true],
    ['10.1.2.3', 'shop.example', 'public', false],
    ['172.31.0.1', 'shop.example', 'public', false],
    ['192.168.0.1', 'shop.example', 'public', false],
    ['169.254.169.254', 'shop.example', 'public', false],
    ['100.100.0.1', 'shop.example', 'public', false],
    ['127.0.0.1', 'localhost', 'public', false],
    ['::1', 'localhost', 'public', false],
    ['::ffff:10.0.0.1', 'shop.example', 'public', false],
    ['fe80::1', 'shop.example', 'public', false],
    ['fd00:ec2::254', 'shop.example', 'public', false],
    ['224.0.0.1', 'shop.example', 'public', false],
    ['127.0.0.1', 'localhost', 'local', true],
    ['127.0.0.1', '127.0.0.1', 'local', true],
    ['127.0.0.1', 'rebind.example', 'local', false],
    ['10.0.0.1', 'localhost', 'local', false],
  ] as const)('%s for host %s under the %s policy: %s', (address, host, policy, allowed) => {
    expect(addressAllowed(address, host, policy)).toBe(allowed);
  });

  it('a name that resolves to one private address among public ones is refused whole; one that does not resolve too', async () => {
    const url = parseEndpointUrl('https://hooks.shop.example/returns', 'public');
    await expect(resolveAllowed(url, 'public', async () => [{ address: '93.184.215.14', family: 4 }, { address: '10.0.0.9', family: 4 }])).rejects.toThrow(UnsafeUrlError);
    await expect(resolveAllowed(url, 'public', async () => Promise.reject(new Error('ENOTFOUND')))).rejects.toThrow(/does not resolve/);
    await expect(resolveAllowed(url, 'public', async () => [{ address: '93.184.215.14', family: 4 }])).resolves.toEqual([{ address: '93.184.215.14', family: 4 }]);
  });
});

describe('a delivery', () => {
  it('carries webhook-id, webhook-timestamp (wall clock) and a signature the standardwebhooks library verifies', async () => {
    shop = await startReceiver();
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'webhook.test', timestamp: '2026-11-24T08:00:00.000Z', data: { eventId: '01JD5A1Q2W3E4R5T6Y7U8I9O0P' } });
    const status = await new WebhookSender({ policy: 'local' }).send({ url: shop.url, id: '01JD5A1Q2W3E4R5T6Y7U8I9O0P', body, secrets: [secret] });
    expect(status).toBe(204);
    const [received] = shop.received;
    expect(received!.body).toBe(body);
    expect(received!.headers).toMatchObject({ 'webhook-id': '01JD5A1Q2W3E4R5T6Y7U8I9O0P', 'content-type': 'application/json' });
    expect(Math.abs(Number(received!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    expect(new Webhook(secret).verify(received!.body, received!.headers as Record<string, string>)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(received!.body, received!.headers as Record<string, string>)).toThrow();
  });

  it('DNS rebinding: a name that passed registration with a public address is refused when it now resolves to a private one', async () => {
    shop = await startReceiver();
    let answers = 0;
    const rebinding = async () => [{ address: answers++ === 0 ? '93.184.215.14' : '127.0.0.1', family: 4 }];
    const url = 'https://hooks.shop.example/returns';
    await expect(resolveAllowed(parseEndpointUrl(url, 'public'), 'public', rebinding)).resolves.toHaveLength(1);
    const sender = new WebhookSender({ policy: 'public', resolve: rebinding });
    await expect(sender.send({ url, id: 'x', body: '{}', secrets: [newWebhookSecret()] })).rejects.toThrow(UnsafeUrlError);
    expect(shop.received).toEqual([]);
  });

  it('connects to the address checked, never to a second answer: a resolver pointing elsewhere on loopback reaches no one', async () => {
    shop = await startReceiver(); // listens on 127.0.0.1 only
    const port = new URL(shop.url).port;
    const sender = (address: string) => new WebhookSender({ policy: 'local', resolve: async () => [{ address, family: 4 }] });
    await expect(sender('127.0.0.1').send({ url: `http://localhost:${port}/hooks`, id: 'a', body: '{}', secrets: [newWebhookSecret()] })).resolves.toBe(204);
    const elsewhere = sender('127.0.0.2').send({ url: `http://localhost:${port}/hooks`, id: 'b', body: '{}', secrets: [newWebhookSecret()] });
    await expect(elsewhere).rejects.toThrow(ReceiverError);
    await expect(elsewhere).rejects.toThrow(/ECONNREFUSED/);
    expect(shop.received.map((r) => r.headers['webhook-id'])).toEqual(['a']);
  });
});
