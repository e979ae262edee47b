/**
 * The local stack as a developer meets it (issue 10, point 7): stacks of the test's own, on
 * free ports, beside the suite's shared one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { ListSchedulesCommand } from '@aws-sdk/client-scheduler';
import { describe, expect, it } from 'vitest';
import { createSchedulerClient } from '../../shared/adapters/delivery-targets.js';
import { signStorefrontPayload } from '../../shared/http/storefront-signature.js';
import { LOCAL_STOREFRONT_SECRET } from '../../local/functions.js';
import { PrerequisiteError } from '../../local/dynamodb-local.js';
import { freePort } from '../../local/ports.js';
import { type LocalStack, startLocalStack } from '../../local/stack.js';

const ANY_PORTS = { api: 0, dynamodb: 0, s3: 0, ses: 0, scheduler: 0 };

/** A Powertools logger that also keeps what it was asked to say (printing nothing). */
class RecordingLogger extends Logger {
  constructor(
    serviceName: string,
    private readonly said: string[],
    private readonly heard: (line: string) => void = () => undefined,
  ) {
    super({ serviceName, logLevel: 'SILENT' });
  }
  override error(message: string, ...rest: never[]): void {
    this.said.push(`ERROR ${message}`);
    this.heard(`ERROR ${message}`);
    super.error(message, ...rest);
  }
  override warn(message: string, ...rest: never[]): void {
    this.said.push(`WARN ${message}`);
    this.heard(`WARN ${message}`);
    super.warn(message, ...rest);
  }
  override createChild(): Logger {
    return this;
  }
}

/** Addresses on which something listens on `port`, from the kernel's socket tables (Linux). */
function listeningAddresses(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A')
    .map((cols) => cols[1]!.split(':')[0]!);
}
/** 127.0.0.1 as /proc/net/tcp and tcp6 write it (IPv4, IPv4-mapped IPv6). */
const LOOPBACK = new Set(['0100007F', '0000000000000000FFFF00000100007F']);

async function storefrontCall(stack: LocalStack, method: string, path: string, body: unknown) {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(stack.clock.now().getTime() / 1000));
  return fetch(stack.urls.api + path, {
    method,
    headers: { 'content-type': 'application/json', 'x-rma-timestamp': timestamp, 'x-rma-signature': signStorefrontPayload(LOCAL_STOREFRONT_SECRET, timestamp, raw) },
    body: raw,
  });
}

describe('npm start on a busy port', () => {
  it('refuses to start, naming the port and its variable, and starts nothing', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as AddressInfo).port;
    try {
      const started = startLocalStack({ ports: { ...ANY_PORTS, dynamodb: port }, dataDir: mkdtempSync(join(tmpdir(), 'rma-busy-')), logLevel: 'SILENT' });
      await expect(started).rejects.toBeInstanceOf(PrerequisiteError);
      await expect(started).rejects.toThrow(new RegExp(`port ${port} for DynamoDB Local \\(RMA_DYNAMODB_PORT\\)`));
    } finally {
      squatter.close();
    }
  });
});

describe('a running local stack', () => {
  it('listens on 127.0.0.1 only; when DynamoDB Local dies, health says so and the stack says it once', { timeout: 60_000 }, async () => {
    const said: string[] = [];
    let noticeExit: () => void = () => undefined;
    const exitNoticed = new Promise<void>((resolve) => (noticeExit = resolve));
    const heard = (line: string) => /stopped unexpectedly/.test(line) && noticeExit();
    const dataDir = mkdtempSync(join(tmpdir(), 'rma-stack-'));
    const stack = await startLocalStack({ ports: ANY_PORTS, dataDir, logger: (name) => new RecordingLogger(name, said, heard) });
    try {
      const ports = Object.values(stack.urls).map((url) => Number(new URL(url).port));
      for (const port of ports) {
        const addresses = listeningAddresses(port);
        expect(addresses.length, `port ${port}`).toBeGreaterThan(0);
        expect(addresses.every((a) => LOOPBACK.has(a)), `port ${port}: ${addresses.join(', ')}`).toBe(true);
      }
      expect(await (await fetch(`${stack.urls.api}/v1/health`)).json()).toEqual({ status: 'ok', checks: { table: 'ok' } });

      process.kill(stack.dynamodbLocalPid, 'SIGKILL');
      await exitNoticed;
      const health = await fetch(`${stack.urls.api}/v1/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable', checks: { table: 'unavailable' } });
      await stack.events.afterRounds(3);
      // Each said exactly once, in whichever order the exit and the next poll happened.
      const errors = said.filter((line) => line.startsWith('ERROR'));
      expect(errors).toHaveLength(2);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^ERROR DynamoDB Local \(port \d+\) stopped unexpectedly/),
          expect.stringMatching(/^ERROR Local event delivery stopped: a local dependency does not answer/),
        ]),
      );
    } finally {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('RMA_LOCAL_PERSIST=1 across a restart', () => {
  it('keeps the clock where it was moved, and a schedule that already fired is neither kept nor re-created', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rma-persist-'));
    const orderId = `persist-${Date.now()}`;
    const acceptance = `order-acceptance-${orderId}`;
    const scheduleNames = async (stack: LocalStack) => {
      const scheduler = createSchedulerClient(stack.clientOptions(stack.urls.scheduler));
      return ((await scheduler.send(new ListSchedulesCommand({}))).Schedules ?? []).map((s) => s.Name);
    };
    try {
      const first = await startLocalStack({ ports: ANY_PORTS, dataDir, persist: true, logLevel: 'SILENT' });
      let movedTo: number;
      try {
        const now = first.clock.now().getTime();
        const order = {
          orderNumber: `P-${orderId}`,
          customer: { email: 'ada@example.com', name: 'Ada' },
          currency: 'USD',
          invoicedAt: new Date(now - 3 * 86_400_000).toISOString(),
          lines: [{ lineId: 'L1', sku: 'S', name: 'Part', quantity: 1, unitPrice: 100 }],
        };
        expect((await storefrontCall(first, 'PUT', `/v1/storefront/orders/${orderId}`, order)).status).toBe(201);
        expect((await storefrontCall(first, 'POST', `/v1/storefront/orders/${orderId}/delivery`, { deliveredAt: new Date(now - 86_400_000).toISOString() })).status).toBe(200);
        await first.events.drain();
        expect(await scheduleNames(first)).toContain(acceptance);
        // Past the acceptance deadline: the schedule fires and is deleted after completion.
        await fetch(`${first.urls.api}/_local/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceSeconds: 10 * 86_400 }) });
        expect(await scheduleNames(first)).not.toContain(acceptance);
        movedTo = first.clock.now().getTime();
      } finally {
        await first.stop();
      }

      const second = await startLocalStack({ ports: ANY_PORTS, dataDir, persist: true, logLevel: 'SILENT' });
      try {
        const now = second.clock.now().getTime();
        expect(now - movedTo).toBeGreaterThanOrEqual(0);
        expect(now - movedTo).toBeLessThan(60_000);
        // The kept stream is read again from its start: the delivered schedule put must not come back.
        await second.events.drain();
        const names = await scheduleNames(second);
        expect(names).not.toContain(acceptance);
        expect(names.filter((n) => n === 'rma-local-outboxRelay')).toHaveLength(1);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/**
 * `npm start` in a child process on free ports, once it says it runs. A port found free can be
 * taken by another program before the child binds it (another suite on this machine): the child
 * then refuses, naming it, and this starts again on other ports.
 */
async function startOnFreePorts(dataDir: string) {
  for (let attempt = 1; ; attempt++) {
    const ports = { RMA_API_PORT: await freePort(), RMA_DYNAMODB_PORT: await freePort(), RMA_S3_PORT: await freePort(), RMA_SES_PORT: await freePort(), RMA_SCHEDULER_PORT: await freePort() };
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
      env: { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), RMA_LOG_LEVEL: 'ERROR', RMA_LOCAL_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const started = await new Promise<boolean>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('RMA backend running locally')) resolve(true);
      });
      child.once('exit', (code) => (err.includes('already in use') && attempt < 3 ? resolve(false) : reject(new Error(`npm start exited with ${code}: ${out}${err}`))));
    });
    if (started) return { child, ports };
  }
}

describe('npm start killed outright (SIGKILL)', () => {
  it('takes DynamoDB Local with it: nothing is left on its port', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rma-kill-'));
    const { child, ports } = await startOnFreePorts(dataDir);
    try {
      expect(listeningAddresses(ports.RMA_DYNAMODB_PORT).length).toBeGreaterThan(0);
      child.kill('SIGKILL');
      // DynamoDB Local is not ours to wait on (its shell stops it when our pipe closes): wait until its port is free.
      const deadline = Date.now() + 30_000;
      while (listeningAddresses(ports.RMA_DYNAMODB_PORT).length > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(listeningAddresses(ports.RMA_DYNAMODB_PORT)).toEqual([]);
      const probe = new Socket();
      await expect(new Promise((resolve, reject) => probe.connect(ports.RMA_DYNAMODB_PORT, '127.0.0.1', () => resolve('connected')).once('error', reject))).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
