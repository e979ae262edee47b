/**
 * `npm run bench`: what the functions cost, measured on this machine (issue 13, docs/performance.md).
 *
 * 1. Bundles: raw and gzip size of every function, against a bare bundle (one GetItem with
 *    lib-dynamodb) built in the same run with the same esbuild settings.
 * 2. Cold module load: each bundle imported in fresh Node processes, interleaved; p50 and ratio to bare.
 * 3. Routes on the local stack, DynamoDB metered by a proxy: p50 latency, that p50 minus the raw
 *    DynamoDB round trips it made (a GetItem timed in the same loop), calls per request (scans
 *    called out).
 * 4. Scale: the SLA-filtered queue, search and summary at 100, 1,000 and 10,000 RMAs.
 * 5. One whole return: read and write units (as DynamoDB reports them), emails, and the cost per
 *    1,000 RMAs without SES at list prices.
 *
 * Options: `--tiny` (small counts, for the test that keeps this code running), `--sizes 100,1000`.
 * Benchmarks, not tests: nothing here passes or fails on a number.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { bundleDir, bundleEntry, bundleFunctions, coldStartFiles } from '../infra/bundle.js';
import { createDocumentClient } from '../shared/adapters/aws-clients.js';
import { keys } from '../shared/adapters/keys.js';
import { rmaItem, toRma } from '../shared/adapters/rma-store.js';
import type { RmaStatus } from '../shared/domain/rma-status.js';
import { signStorefrontPayload } from '../shared/http/storefront-signature.js';
import type { FunctionId } from '../shared/topology.js';
import { type Invoke, LOCAL_REGION, LOCAL_STOREFRONT_SECRET } from '../local/functions.js';
import { JPEG } from '../local/sample-files.js';
import { LOCAL_CREDENTIALS, type LocalStack, startLocalStack } from '../local/stack.js';
import { type Meter, meteringProxy, type MeteringProxy } from './metering-proxy.js';

export interface BenchOptions {
  /** Small counts: the test that keeps this code running. */
  readonly tiny: boolean;
  /** Build and load every function's bundle (else only the bare one, into `outDir`). */
  readonly bundles: boolean;
  readonly sizes: readonly number[];
  readonly outDir: string;
}

let LOAD_ROUNDS = 15;
let ROUTE_RUNS = 30;
let SCALE_RUNS = 10;
let SIZES: readonly number[] = [100, 1000, 10000];

/** What the bench measured, for the test that checks it still runs (and for a reader of the code). */
export interface BenchReport {
  readonly bundles: { readonly id: string; readonly bytes: number }[];
  readonly coldLoadMs: Record<string, number>;
  readonly routes: { readonly route: string; readonly p50Ms: number; readonly calls: number; readonly outsideDynamoDbMs: number; readonly inFunctionOutsideDynamoDbMs: number; readonly beyondRawRoundTripsMs: number }[];
  readonly lifecycle: { readonly calls: number; readonly readUnits: number; readonly writeUnits: number; readonly costPerThousand: number };
  readonly scale: { readonly size: number; readonly request: string; readonly p50Ms: number; readonly calls: number }[];
}

/** List prices, us-east-1, on-demand (aws.amazon.com/dynamodb/pricing, /lambda/pricing, /api-gateway/pricing, /eventbridge/pricing). */
export const PRICES = {
  dynamodbWritePerMillion: 0.625,
  dynamodbReadPerMillion: 0.125,
  httpApiPerMillion: 1.0,
  lambdaRequestsPerMillion: 0.2,
  lambdaArmGbSecond: 0.0000133334,
  eventBridgeEventsPerMillion: 1.0,
  schedulerInvocationsPerMillion: 1.0,
} as const;

const p50 = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const table = (header: string[], rows: (string | number)[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
};

// ---- 1 and 2: bundles and cold load ----

async function bundles(options: BenchOptions, report: BenchReport): Promise<Map<FunctionId | 'bare', string>> {
  console.log('\n## Bundles (esbuild, minified, ESM, SDK inside; every chunk, and what a cold start parses: index.mjs and its static imports)\n');
  const reports = options.bundles ? await bundleFunctions() : [];
  const bareDir = join(options.outDir, 'bare');
  const bareBytes = await bundleEntry(join(import.meta.dirname, 'bare.ts'), bareDir);
  /** The gzipped size of a bundle's code, every chunk. */
  const gzip = (dir: string) => gzipSync(Buffer.concat(readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(dir, f))))).length;
  const entryBytes = (dir: string) => coldStartFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
  const files = new Map<FunctionId | 'bare', string>([['bare', join(bareDir, 'index.mjs')]]);
  const rows = [['bare (1 GetItem)', kib(bareBytes), kib(gzip(bareDir)), kib(entryBytes(bareDir)), '1.00×']];
  report.bundles.push({ id: 'bare', bytes: bareBytes }, ...reports);
  for (const { id, bytes } of reports) {
    files.set(id, join(bundleDir(id), 'index.mjs'));
    rows.push([id, kib(bytes), kib(gzip(bundleDir(id))), kib(entryBytes(bundleDir(id))), `${(bytes / bareBytes).toFixed(2)}×`]);
  }
  table(['bundle', 'raw', 'gzip', 'parsed at cold start', 'vs bare'], rows);
  return files;
}

/** Imports `file` in a fresh Node process; answers the milliseconds the import took. */
function loadOnce(file: string, sourceMaps: boolean): Promise<number> {
  const env = {
    ...process.env,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    RMA_TABLE_NAME: 't', RMA_EVIDENCE_BUCKET: 'b', RMA_SCHEDULE_GROUP: 'g',
    RMA_SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/r', RMA_DEADLINE_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:000000000000:function:d',
    RMA_SCHEDULER_DLQ_ARN: 'arn:aws:sqs:us-east-1:000000000000:q', RMA_SENDER_EMAIL: 'returns@example.com', RMA_SES_CONFIGURATION_SET: '',
    RMA_STOREFRONT_SECRET_ID: 's', RMA_SESSION_KEY_ID: 'k', RMA_OPS_GROUP: 'rma-ops', RMA_EVENT_BUS_NAME: 'bus', RMA_WEBHOOK_URL_POLICY: 'public',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  };
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(sourceMaps ? ['--enable-source-maps'] : []), '--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => (code === 0 ? resolvePromise(Number(out)) : reject(new Error(`loading ${file} exited ${code}`))));
  });
}

async function coldLoad(files: Map<FunctionId | 'bare', string>, report: BenchReport): Promise<void> {
  console.log(`\n## Cold module load (fresh processes, ${LOAD_ROUNDS} interleaved rounds, p50)\n`);
  const times = new Map<string, { plain: number[]; maps: number[] }>([...files.keys()].map((id) => [id, { plain: [], maps: [] }]));
  for (let round = 0; round < LOAD_ROUNDS; round++) {
    for (const [id, file] of files) {
      times.get(id)!.plain.push(await loadOnce(file, false));
      times.get(id)!.maps.push(await loadOnce(file, true));
    }
  }
  const bare = times.get('bare')!;
  // Each round loads every bundle one after the other: a bundle's ratio to the bare load of its own
  // round cancels what drifts between rounds on a shared machine (p50 of the paired ratios).
  const paired = (loads: number[]) => p50(loads.map((ms, round) => ms / bare.plain[round]!));
  for (const [id, t] of times) report.coldLoadMs[id] = p50(t.plain);
  table(
    ['bundle', 'p50', 'vs bare', 'vs bare, round by round', 'p50, source maps on', 'vs bare'],
    [...times].map(([id, t]) => [id, `${p50(t.plain).toFixed(1)} ms`, `${(p50(t.plain) / p50(bare.plain)).toFixed(2)}×`, `${paired(t.plain).toFixed(2)}×`, `${p50(t.maps).toFixed(1)} ms`, `${(p50(t.maps) / p50(bare.maps)).toFixed(2)}×`]),
  );
}

// ---- 3, 4, 5: against the local stack ----

export class Client {
  constructor(readonly api: string) {}
  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<any> {
    const raw = body === undefined ? undefined : JSON.stringify(body);
    const response = await fetch(this.api + path, { method, headers: { ...(raw ? { 'content-type': 'application/json' } : {}), ...headers }, ...(raw ? { body: raw } : {}) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
  now = async () => new Date((await this.call('GET', '/_local/clock')).now);
  drain = () => this.call('POST', '/_local/drain');
  async storefront(method: string, path: string, body: unknown) {
    const timestamp = String(Math.floor((await this.now()).getTime() / 1000));
    return this.call(method, path, body, { 'x-rma-timestamp': timestamp, 'x-rma-signature': signStorefrontPayload(LOCAL_STOREFRONT_SECRET, timestamp, JSON.stringify(body)) });
  }
  private opsToken: string | undefined;
  async ops(method: string, path: string, body?: unknown) {
    this.opsToken ??= (await this.call('POST', '/_local/tokens/ops', { sub: 'ops-bench' })).token as string;
    return this.call(method, path, body, { authorization: `Bearer ${this.opsToken}` });
  }
  async shopper(): Promise<{ orderId: string; headers: Record<string, string> }> {
    const orderId = `bench-${randomUUID().slice(0, 8)}`;
    const now = (await this.now()).getTime();
    await this.storefront('PUT', `/v1/storefront/orders/${orderId}`, {
      orderNumber: `SO-${randomUUID().slice(0, 6).toUpperCase()}`,
      customer: { email: `${orderId}@example.com`, name: 'Bench Shopper' },
      currency: 'USD',
      invoicedAt: new Date(now - 4 * 86_400_000).toISOString(),
      lines: [{ lineId: 'L1', sku: 'STM32F103C8T6', name: 'MCU', quantity: 1000, unitPrice: 299 }],
    });
    await this.storefront('POST', `/v1/storefront/orders/${orderId}/delivery`, { deliveredAt: new Date(now - 86_400_000).toISOString() });
    const { token } = await this.storefront('POST', '/v1/storefront/sessions', { orderId });
    return { orderId, headers: { authorization: `Bearer ${token}` } };
  }
  async open(s: { orderId: string; headers: Record<string, string> }) {
    return this.call('POST', '/v1/rmas', { orderId: s.orderId, reason: 'other', lines: [{ lineId: 'L1', quantity: 1 }], explanation: 'Ordered the wrong package size.', preferredResolution: 'refund' }, { ...s.headers, 'idempotency-key': randomUUID() });
  }
  /** Uploads a photo as the browser does (presigned POST) and submits. */
  async submit(s: { headers: Record<string, string> }, rmaId: string) {
    const slot = await this.call('POST', `/v1/rmas/${rmaId}/evidence`, { kind: 'photo', contentType: 'image/jpeg', fileName: 'p.jpg', size: JPEG.length }, s.headers);
    const form = new FormData();
    for (const [name, value] of Object.entries(slot.upload.fields as Record<string, string>)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(JPEG)], { type: 'image/jpeg' }), 'p.jpg');
    const uploaded = await fetch(slot.upload.url, { method: 'POST', body: form });
    if (uploaded.status !== 204) throw new Error(`upload → ${uploaded.status}`);
    await this.drain();
    return this.call('POST', `/v1/rmas/${rmaId}/submit`, undefined, s.headers);
  }
}

const signed = (ms: number) => `${ms < 0 ? '−' : '+'}${Math.abs(ms).toFixed(1)}`;
const callsOf = (meter: Meter) => Object.values(meter.calls).reduce((a, b) => a + b, 0);
const describeCalls = (meter: Meter, runs: number) =>
  Object.entries(meter.calls)
    .map(([op, n]) => `${op} ${(n / runs).toFixed(1)}`)
    .join(', ') + (meter.calls.Scan ? '  ← SCAN' : '');

/** The time spent in the functions themselves (their handlers, as the gateway calls them), since the last `take`. */
class FunctionTimer {
  private ms = 0;
  around = (_id: FunctionId, invoke: Invoke): Invoke => async (event, context) => {
    const t0 = performance.now();
    try {
      return await invoke(event, context);
    } finally {
      this.ms += performance.now() - t0;
    }
  };
  take(): number {
    const ms = this.ms;
    this.ms = 0;
    return ms;
  }
}

async function routes(client: Client, proxy: MeteringProxy, timer: FunctionTimer, raw: () => Promise<void>, report: BenchReport): Promise<void> {
  console.log(`\n## Routes (local stack, ${ROUTE_RUNS} runs each, DynamoDB through the metering proxy)\n`);
  const shopper = await client.shopper();
  const submitted: string[] = [];
  for (let i = 0; i < ROUTE_RUNS; i++) submitted.push((await client.submit(shopper, (await client.open(shopper)).rmaId)).rmaId);
  await client.drain();
  const anRma = submitted[0]!;
  let next = 0;
  const cases: [string, () => Promise<unknown>][] = [
    ['GET /v1/health (the floor: one GetItem)', () => client.call('GET', '/v1/health')],
    ['GET /v1/orders/{id} (eligibility)', () => client.call('GET', `/v1/orders/${shopper.orderId}`, undefined, shopper.headers)],
    ['POST /v1/rmas (open)', () => client.open(shopper)],
    ['GET /v1/rmas (list)', () => client.call('GET', '/v1/rmas', undefined, shopper.headers)],
    ['GET /v1/rmas/{id}', () => client.call('GET', `/v1/rmas/${anRma}`, undefined, shopper.headers)],
    ['POST decision (approve)', () => client.ops('POST', `/v1/ops/rmas/${submitted[next++]}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'ok' })],
    ['GET /v1/ops/rmas (queue page)', () => client.ops('GET', '/v1/ops/rmas?limit=25')],
    ['GET /v1/ops/rmas/{id}', () => client.ops('GET', `/v1/ops/rmas/${anRma}`)],
    ['GET /v1/ops/summary', () => client.ops('GET', '/v1/ops/summary')],
  ];
  const rows: (string | number)[][] = [];
  for (const [label, request] of cases) {
    const latencies: number[] = [];
    const outside: number[] = [];
    const inFunction: number[] = [];
    const beyondRaw: number[] = [];
    let answer: unknown;
    const rawTimes: number[] = [];
    const meter: Meter = { calls: {}, readCapacity: 0, writeCapacity: 0, units: {}, busyMs: 0, proxyMs: 0, transactionIndexUnits: 0 };
    for (let i = 0; i < ROUTE_RUNS; i++) {
      proxy.reset();
      const r0 = performance.now();
      await raw();
      rawTimes.push(performance.now() - r0);
      // What a raw call costs beyond DynamoDB's own time: the SDK and the HTTP client, on this machine.
      const rawOverhead = rawTimes.at(-1)! - proxy.reset().busyMs;
      timer.take();
      const t0 = performance.now();
      answer = await request();
      const elapsed = performance.now() - t0;
      const m = proxy.reset();
      latencies.push(elapsed - m.proxyMs);
      outside.push(elapsed - m.busyMs);
      const functionMs = timer.take();
      inFunction.push(functionMs - m.busyMs);
      beyondRaw.push(functionMs - m.busyMs - callsOf(m) * rawOverhead);
      for (const [op, n] of Object.entries(m.calls)) meter.calls[op] = (meter.calls[op] ?? 0) + n;
    }
    const calls = callsOf(meter) / ROUTE_RUNS;
    // A list's time grows with what it answers: say how many.
    const items = (answer as { items?: unknown[] } | undefined)?.items;
    const name = items === undefined ? label : `${label}, ${items.length} RMAs`;
    report.routes.push({ route: name, p50Ms: p50(latencies), calls, outsideDynamoDbMs: p50(outside), inFunctionOutsideDynamoDbMs: p50(inFunction), beyondRawRoundTripsMs: p50(beyondRaw) });
    rows.push([name, `${p50(latencies).toFixed(1)} ms`, `${p50(rawTimes).toFixed(2)} ms`, `+${p50(outside).toFixed(1)} ms`, `+${p50(inFunction).toFixed(1)} ms`, `${signed(p50(beyondRaw))} ms`, calls.toFixed(1), describeCalls(meter, ROUTE_RUNS)]);
  }
  table(['route', 'p50', 'raw GetItem p50', 'outside DynamoDB p50', 'of it in the function', 'in the function beyond raw round trips', 'DynamoDB calls', 'by operation'], rows);
}

/** Adds RMAs to the table directly (copies of a real one, spread over statuses, some breached), up to `total`. */
async function seed(stack: LocalStack, template: Record<string, unknown>, from: number, total: number): Promise<void> {
  const ddb = createDocumentClient({ endpoint: stack.urls.dynamodb, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const statuses: RmaStatus[] = ['awaiting_evidence', 'submitted', 'approved', 'in_transit', 'received', 'awaiting_resolution', 'resolved', 'resolved', 'resolved', 'expired'];
  const items: Record<string, unknown>[] = [];
  for (let i = from; i < total; i++) {
    const rmaId = `SEED${String(i).padStart(22, '0')}`;
    const status = statuses[i % statuses.length]!;
    const createdAt = new Date(Date.parse(String(template.createdAt)) - i * 60_000).toISOString();
    // As the store writes an RMA (its indexes included); the summary's counters are left alone.
    // 2 % breached, and the first 50 too (about 30 of them open): the breached queue's first page is full at every size (like with like).
    items.push(rmaItem({ ...toRma(template), rmaId, number: `RMA-SEED-${i}`, status, createdAt, slaBreached: i % 50 === 0 || i < 50 }));
  }
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let request: Record<string, any> | undefined = { [stack.names.tableName]: batch.map((Item) => ({ PutRequest: { Item } })) };
      while (request && Object.keys(request).length > 0) request = (await ddb.send(new BatchWriteCommand({ RequestItems: request }))).UnprocessedItems;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function scale(stack: LocalStack, client: Client, proxy: MeteringProxy, report: BenchReport): Promise<void> {
  console.log(`\n## Scale (${SCALE_RUNS} runs each, p50; RMAs seeded directly, beside the few dozen of the sections above)\n`);
  const ddb = createDocumentClient({ endpoint: stack.urls.dynamodb, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const shopper = await client.shopper();
  const real = await client.open(shopper);
  const { Item: template } = await ddb.send(new GetCommand({ TableName: stack.names.tableName, Key: keys.rma(real.rmaId) }));
  const rows: (string | number)[][] = [];
  let seeded = 0;
  for (const size of SIZES) {
    await seed(stack, template!, seeded, size);
    seeded = size;
    for (const [name, path] of [
      ['queue, SLA breached', '/v1/ops/rmas?slaBreached=true&limit=25'],
      ['queue, first page', '/v1/ops/rmas?limit=25'],
      ['search by number', `/v1/ops/rmas?number=${real.number}`],
      ['summary', '/v1/ops/summary'],
    ] as const) {
      const latencies: number[] = [];
      let calls = 0;
      for (let i = 0; i < SCALE_RUNS; i++) {
        proxy.reset();
        const t0 = performance.now();
        await client.ops('GET', path);
        latencies.push(performance.now() - t0);
        calls += callsOf(proxy.reset());
      }
      report.scale.push({ size, request: name, p50Ms: p50(latencies), calls: calls / SCALE_RUNS });
      rows.push([String(size), name, `${p50(latencies).toFixed(1)} ms`, (calls / SCALE_RUNS).toFixed(1)]);
    }
  }
  table(['RMAs', 'request', 'p50', 'DynamoDB calls'], rows);
}

async function lifecycle(client: Client, proxy: MeteringProxy, sesUrl: string, report: BenchReport): Promise<void> {
  console.log('\n## One whole return (open → photo → submit → approve → ship → receive → inspect → refund), deliveries included\n');
  await client.drain();
  const mailBefore = ((await (await fetch(`${sesUrl}/store`)).json()) as { emails: unknown[] }).emails.length;
  proxy.reset();
  let requests = 0;
  const counted = <T>(p: Promise<T>) => (requests++, p);
  const s = await client.shopper();
  requests += 3; // the shop's order, delivery and session
  const { rmaId } = await counted(client.open(s));
  await counted(client.submit(s, rmaId));
  requests += 1; // the evidence slot
  await counted(client.ops('POST', `/v1/ops/rmas/${rmaId}/decision`, { decision: 'approve', returnMethod: 'ship', note: 'ok' }));
  await counted(client.call('POST', `/v1/rmas/${rmaId}/shipment`, { carrier: 'SF', trackingNumber: 'SF1234567890' }, s.headers));
  await counted(client.ops('POST', `/v1/ops/rmas/${rmaId}/receipt`, {}));
  await counted(client.ops('POST', `/v1/ops/rmas/${rmaId}/inspection`, { result: 'pass', note: 'ok', intact: true }));
  await counted(client.ops('POST', `/v1/ops/rmas/${rmaId}/resolution`, { type: 'refund', amount: 299, currency: 'USD', reference: 'RF-1' }));
  await client.drain();
  const meter = proxy.reset();
  const emails = ((await (await fetch(`${sesUrl}/store`)).json()) as { emails: unknown[] }).emails.length - mailBefore;
  const perThousand = {
    dynamodb: (meter.writeCapacity * PRICES.dynamodbWritePerMillion + meter.readCapacity * PRICES.dynamodbReadPerMillion) / 1000,
    api: (requests * PRICES.httpApiPerMillion) / 1000,
    // Invocations: the API requests, about one notifier batch per change, one verifier run.
    lambda: ((requests + 8 + 1) * PRICES.lambdaRequestsPerMillion) / 1000 + ((requests + 9) * 0.05 * 0.5 * PRICES.lambdaArmGbSecond * 1000),
    events: (9 * PRICES.eventBridgeEventsPerMillion) / 1000,
  };
  const total = Object.values(perThousand).reduce((a, b) => a + b, 0);
  Object.assign(report.lifecycle, { calls: callsOf(meter), readUnits: meter.readCapacity, writeUnits: meter.writeCapacity, costPerThousand: total });
  table(
    ['measure', 'per RMA'],
    [
      ['DynamoDB calls', callsOf(meter)],
      ['units by operation (calls)', Object.entries(meter.units).map(([op, u]) => `${op} ${u.toFixed(0)} (${meter.calls[op]})`).join(', ')],
      ['read units (RRU)', meter.readCapacity.toFixed(1)],
      ['write units (WRU)', meter.writeCapacity.toFixed(1)],
      ['of them index writes in transactions, counted twice as DynamoDB Local does', meter.transactionIndexUnits.toFixed(1)],
      ['write units if AWS counts those once (its pages do not say)', (meter.writeCapacity - meter.transactionIndexUnits / 2).toFixed(1)],
      ['API requests', requests],
      ['emails (SES, not costed)', emails],
      ['cost per 1,000 RMAs: DynamoDB', `$${perThousand.dynamodb.toFixed(4)}`],
      ['cost per 1,000 RMAs: API Gateway', `$${perThousand.api.toFixed(4)}`],
      ['cost per 1,000 RMAs: Lambda (requests + 50 ms × 512 MB each)', `$${perThousand.lambda.toFixed(4)}`],
      ['cost per 1,000 RMAs: EventBridge events', `$${perThousand.events.toFixed(4)}`],
      ['cost per 1,000 RMAs without SES', `$${total.toFixed(4)}`],
    ],
  );
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = Date.now();
  if (options.tiny) [LOAD_ROUNDS, ROUTE_RUNS, SCALE_RUNS] = [1, 2, 1];
  SIZES = options.sizes;
  const report: BenchReport = { bundles: [], coldLoadMs: {}, routes: [], lifecycle: { calls: 0, readUnits: 0, writeUnits: 0, costPerThousand: 0 }, scale: [] };
  console.log(`# npm run bench (${options.tiny ? 'tiny' : 'full'}; Node ${process.version}; ${new Date().toISOString()})`);
  const files = await bundles(options, report);
  await coldLoad(files, report);
  const dataDir = mkdtempSync(join(tmpdir(), 'rma-bench-'));
  let proxy: MeteringProxy | undefined;
  const timer = new FunctionTimer();
  const stack = await startLocalStack({
    ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, scheduler: 0 },
    dataDir,
    logLevel: 'SILENT',
    functionsDynamoDb: async (url) => (proxy = await meteringProxy(url)).url,
    aroundFunction: timer.around,
  });
  try {
    // Only the bench drives deliveries (drain), so the meter sees one request at a time.
    await stack.events.stop();
    const client = new Client(stack.urls.api);
    const direct = createDocumentClient({ endpoint: proxy!.url, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const raw = async () => void (await direct.send(new GetCommand({ TableName: stack.names.tableName, Key: keys.rma('NONE') })));
    await routes(client, proxy!, timer, raw, report);
    await lifecycle(client, proxy!, stack.urls.ses, report);
    await scale(stack, client, proxy!, report);
  } finally {
    await stack.stop();
    await proxy?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\nbench done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const tiny = args.includes('--tiny');
  const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]!.split(',').map(Number) : tiny ? [20, 40] : [100, 1000, 10000];
  await runBench({ tiny, bundles: true, sizes, outDir: join(resolve(import.meta.dirname, '..'), '.build', 'bench') });
}
