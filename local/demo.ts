/**
 * `npm run demo`: one realistic return per reason, over the HTTP API exactly as the storefront,
 * a shopper's browser and ops staff would call it, with the local clock moved to show the timers.
 * Uses the stack of `npm start` if one answers on the API port, else starts its own and stops it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { signStorefrontPayload } from '../shared/http/storefront-signature.js';
import { LOCAL_STOREFRONT_SECRET } from './functions.js';
import { PORT_VARIABLES, portsFromEnv } from './ports.js';
import { JPEG, MP4, PDF, PNG } from './sample-files.js';
import { startLocalStack } from './stack.js';

interface Urls {
  readonly api: string;
  readonly ses: string;
}

type Json = any;

const DAY = 86_400;
/** How far the demo moves the clock, to let deadlines and the refund SLA pass. */
const DEMO_DAYS = 8;

export class Demo {
  constructor(private readonly urls: Urls) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Json> {
    const raw = body === undefined ? undefined : JSON.stringify(body);
    const response = await fetch(this.urls.api + path, {
      method,
      headers: { ...(raw ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(raw ? { body: raw } : {}),
    });
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return parsed;
  }

  now = async (): Promise<Date> => new Date((await this.call('GET', '/_local/clock')).now);
  advance = async (seconds: number) => this.call('POST', '/_local/clock', { advanceSeconds: seconds });
  drain = () => this.call('POST', '/_local/drain');

  async storefront(method: string, path: string, body: unknown): Promise<Json> {
    const raw = JSON.stringify(body);
    const timestamp = String(Math.floor((await this.now()).getTime() / 1000));
    return this.call(method, path, body, {
      'x-rma-timestamp': timestamp,
      'x-rma-signature': signStorefrontPayload(LOCAL_STOREFRONT_SECRET, timestamp, raw),
    });
  }

  async shopper(orderId: string): Promise<Record<string, string>> {
    const { token } = await this.storefront('POST', '/v1/storefront/sessions', { orderId });
    return { authorization: `Bearer ${token}` };
  }

  async ops(method: string, path: string, body?: unknown): Promise<Json> {
    const { token } = await this.call('POST', '/_local/tokens/ops', { sub: 'ops-mei', email: 'mei@mitkco.example' });
    return this.call(method, path, body, { authorization: `Bearer ${token}` });
  }

  /** The storefront sends the order and its delivery; the shopper gets a session. */
  async deliveredOrder(customer: { name: string; email: string; locale?: string }, line: { sku: string; name: string; unitPrice: number }) {
    const orderId = `demo-${randomUUID().slice(0, 8)}`;
    const now = (await this.now()).getTime();
    await this.storefront('PUT', `/v1/storefront/orders/${orderId}`, {
      orderNumber: `SO-${randomUUID().slice(0, 6).toUpperCase()}`,
      customer,
      currency: 'USD',
      invoicedAt: new Date(now - 4 * DAY * 1000).toISOString(),
      lines: [{ lineId: 'L1', quantity: 5, ...line }],
    });
    await this.storefront('POST', `/v1/storefront/orders/${orderId}/delivery`, { deliveredAt: new Date(now - DAY * 1000).toISOString() });
    return { orderId, headers: await this.shopper(orderId) };
  }

  async open(orderId: string, headers: Record<string, string>, reason: string, explanation: string, quantity = 1): Promise<Json> {
    return this.call(
      'POST',
      '/v1/rmas',
      { orderId, reason, lines: [{ lineId: 'L1', quantity }], explanation, preferredResolution: 'refund' },
      { ...headers, 'idempotency-key': randomUUID() },
    );
  }

  /** The browser's part: ask for a presigned POST, post the file straight to S3. */
  async upload(rmaId: string, headers: Record<string, string>, kind: string, contentType: string, file: Buffer, fileName: string) {
    const { upload } = await this.call('POST', `/v1/rmas/${rmaId}/evidence`, { kind, contentType, fileName, size: file.length }, headers);
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields as Record<string, string>)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(file)], { type: contentType }), fileName);
    const response = await fetch(upload.url, { method: 'POST', body: form });
    if (!response.ok) throw new Error(`upload to S3 → ${response.status}`);
  }

  async emailsAbout(number: string): Promise<string[]> {
    const { emails } = (await (await fetch(`${this.urls.ses}/store`)).json()) as { emails: { subject: string; destination: { to: string[] } }[] };
    return emails.filter((e) => e.subject.includes(number)).map((e) => `${e.destination.to.join(', ')}: ${e.subject}`);
  }

  async report(title: string, rmaId: string): Promise<void> {
    await this.drain();
    const rma = await this.ops('GET', `/v1/ops/rmas/${rmaId}`);
    console.log(`\n━━ ${title}: ${rma.number} (${rma.reason}) is ${rma.status}${rma.slaBreached ? ', REFUND SLA BREACHED' : ''}`);
    console.log('   timeline:');
    for (const t of rma.timeline as { at: string; actor: string; actorEmail?: string; type: string }[]) {
      console.log(`     ${t.at.slice(0, 16).replace('T', ' ')} UTC  ${(t.actorEmail ?? t.actor).padEnd(20)} ${t.type}`);
    }
    console.log('   emails:');
    for (const line of await this.emailsAbout(rma.number)) console.log(`     ${line}`);
  }
}

/** One realistic return per reason (and the timers of eight days), told on the console. */
export async function runDemo(demo: Demo): Promise<void> {
  console.log(`Local clock: ${(await demo.now()).toISOString()}`);

  // 1. Faulty: photo and test report, shipped back by the customer, inspected, refunded.
  const ada = await demo.deliveredOrder({ name: 'Ada Lovelace', email: 'ada@example.com' }, { sku: 'STM32F103C8T6', name: 'MCU STM32F103', unitPrice: 299 });
  const faulty = await demo.open(ada.orderId, ada.headers, 'faulty', 'Does not enumerate over USB; tried two cables and two hosts.', 2);
  await demo.upload(faulty.rmaId, ada.headers, 'photo', 'image/jpeg', JPEG, 'board.jpg');
  await demo.upload(faulty.rmaId, ada.headers, 'test_report', 'application/pdf', PDF, 'usb-test.pdf');
  await demo.drain(); // the verifier checks both uploads (size, magic bytes, SHA-256)
  await demo.call('POST', `/v1/rmas/${faulty.rmaId}/submit`, undefined, ada.headers);
  await demo.ops('POST', `/v1/ops/rmas/${faulty.rmaId}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'Please send both boards.' });
  await demo.call('POST', `/v1/rmas/${faulty.rmaId}/shipment`, { carrier: 'DHL', trackingNumber: 'JD014600001234' }, ada.headers);
  await demo.ops('POST', `/v1/ops/rmas/${faulty.rmaId}/receipt`, { note: 'Two boards in ESD bags.' });
  await demo.ops('POST', `/v1/ops/rmas/${faulty.rmaId}/inspection`, { result: 'pass', note: 'USB PHY dead on both.' });
  await demo.ops('POST', `/v1/ops/rmas/${faulty.rmaId}/resolution`, { type: 'refund', amount: 598, currency: 'USD', reference: 'RF-2026-0001' });
  await demo.report('Faulty, refunded', faulty.rmaId);

  // 2. Incorrect item: photo, collected by the seller, exchanged (the shopper reads Chinese: her emails are).
  const lin = await demo.deliveredOrder({ name: 'Lin Wei', email: 'lin@example.com', locale: 'zh-CN' }, { sku: 'AMS1117-3.3', name: 'LDO regulator 3.3 V', unitPrice: 12 });
  const wrong = await demo.open(lin.orderId, lin.headers, 'incorrect_item', 'Received AMS1117-5.0 instead of the 3.3 V part.');
  await demo.upload(wrong.rmaId, lin.headers, 'photo', 'image/png', PNG, 'label.png');
  await demo.drain();
  await demo.call('POST', `/v1/rmas/${wrong.rmaId}/submit`, undefined, lin.headers);
  await demo.ops('POST', `/v1/ops/rmas/${wrong.rmaId}/decision`, { decision: 'approve', note: 'Our mistake; we collect it.' });
  await demo.ops('POST', `/v1/ops/rmas/${wrong.rmaId}/collection`, { carrier: 'SF', trackingNumber: 'SF1400056789' });
  await demo.ops('POST', `/v1/ops/rmas/${wrong.rmaId}/receipt`, {});
  await demo.ops('POST', `/v1/ops/rmas/${wrong.rmaId}/inspection`, { result: 'pass', note: 'Wrong part confirmed.' });
  await demo.ops('POST', `/v1/ops/rmas/${wrong.rmaId}/resolution`, { type: 'exchange', reference: 'EX-2026-0007', carrier: 'SF', trackingNumber: 'SF1400056790' });
  await demo.report('Incorrect item, exchanged', wrong.rmaId);

  // 3. Damaged in transit: video; approved without return; then nobody refunds it...
  const sam = await demo.deliveredOrder({ name: 'Sam Okafor', email: 'sam@example.com' }, { sku: 'ESP32-WROOM-32E', name: 'ESP32 module', unitPrice: 450 });
  const damaged = await demo.open(sam.orderId, sam.headers, 'damaged_in_transit', 'Box crushed, shield can dented, two pins bent.');
  await demo.upload(damaged.rmaId, sam.headers, 'video', 'video/mp4', MP4, 'unboxing.mp4');
  await demo.drain();
  await demo.call('POST', `/v1/rmas/${damaged.rmaId}/submit`, undefined, sam.headers);
  await demo.ops('POST', `/v1/ops/rmas/${damaged.rmaId}/decision`, { decision: 'approve', returnMethod: 'none', note: 'Keep it; we refund.' });

  // 4. Other (change of mind): opened, but the photo never comes.
  const kim = await demo.deliveredOrder({ name: 'Kim Park', email: 'kim@example.com' }, { sku: 'CH340G', name: 'USB-UART bridge', unitPrice: 80 });
  const other = await demo.open(kim.orderId, kim.headers, 'other', 'Ordered the wrong package size.');

  console.log('\n… the local clock moves 8 days: every timer that falls due fires in order …');
  await demo.advance(DEMO_DAYS * DAY);
  await demo.report('Damaged in transit, the 2-day refund promise missed', damaged.rmaId);
  await demo.report('Other, no evidence by the deadline', other.rmaId);

  const summary = await demo.ops('GET', '/v1/ops/summary');
  const { published } = await demo.call('GET', '/_local/metrics');
  const breaches = (published as { name: string; properties: { rmaId?: string } }[]).filter((m) => m.properties.rmaId === damaged.rmaId);
  console.log(`\nOps summary: open SLA breaches ${JSON.stringify(summary.openSlaBreaches)}`);
  console.log(`Metrics for ${damaged.number}: ${breaches.map((m) => m.name).join(', ')} (in AWS: alarm ${'<stack>'}-RefundSlaBreached → ops topic)`);
  if (!breaches.some((m) => m.name === 'RefundSlaBreached')) throw new Error('expected a RefundSlaBreached metric');
}

/** Whether an RMA local stack (not just anything) answers at `api`: its health and its local clock. */
async function isLocalRmaStack(api: string): Promise<boolean> {
  const answers = async (path: string, valid: (body: Json) => boolean) =>
    fetch(api + path).then(
      async (r) => r.ok && valid(await r.json()),
      () => false,
    );
  return (await answers('/v1/health', (b) => b?.status === 'ok')) && (await answers('/_local/clock', (b) => typeof b?.now === 'string'));
}

async function main(): Promise<void> {
  const ports = portsFromEnv();
  const api = `http://127.0.0.1:${ports.api}`;
  if (await isLocalRmaStack(api)) {
    console.log(`Driving the local stack of \`npm start\` at ${api} (${PORT_VARIABLES.api}); its local clock will be moved forward ${DEMO_DAYS} days.`);
    await runDemo(new Demo({ api, ses: `http://127.0.0.1:${ports.ses}` }));
    return;
  }
  console.log(`No RMA local stack answers at ${api} (${PORT_VARIABLES.api}): starting one of the demo's own on free ports…`);
  const dataDir = mkdtempSync(join(tmpdir(), 'rma-demo-'));
  const stack = await startLocalStack({ ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, scheduler: 0 }, dataDir, logLevel: 'SILENT' });
  console.log(`Driving the demo's own stack at ${stack.urls.api}; it stops when the demo ends.`);
  try {
    await runDemo(new Demo({ api: stack.urls.api, ses: stack.urls.ses }));
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
