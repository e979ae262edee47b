/**
 * `npm run bench` is not run by CI (benchmarks, not tests), but its code must keep running: this
 * runs it on a tiny input (the bare bundle only, a few RMAs, one run each) with its own local
 * stack, and checks that every section measured something.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { meteringProxy } from '../../bench/metering-proxy.js';
import { runBench } from '../../bench/run.js';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { outboxItems } from '../../shared/adapters/outbox.js';
import { sdkOptions, stack } from '../support/client.js';
import { emailMessage, isolatedOutbox } from '../support/outbox.js';

it('runs on a tiny input and measures every section', { timeout: 180_000 }, async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'rma-bench-test-'));
  try {
    const report = await runBench({ tiny: true, bundles: false, sizes: [10, 20], outDir });
    expect(report.bundles.map((b) => b.id)).toEqual(['bare']);
    expect(report.coldLoadMs.bare).toBeGreaterThan(0);
    expect(report.routes.map((r) => r.route)).toContain('POST /v1/rmas (open)');
    for (const route of report.routes) {
      expect(route.calls, route.route).toBeGreaterThan(0);
      // The functions are timed where the gateway calls them: inside the request, around its DynamoDB calls.
      expect(route.inFunctionOutsideDynamoDbMs, route.route).toBeGreaterThan(0);
      expect(route.inFunctionOutsideDynamoDbMs, route.route).toBeLessThanOrEqual(route.outsideDynamoDbMs);
    }
    expect(report.routes.map((r) => r.route)).toContainEqual(expect.stringMatching(/^GET \/v1\/rmas \(list\), \d+ RMAs$/));
    expect(report.lifecycle.writeUnits).toBeGreaterThan(0);
    expect(report.lifecycle.costPerThousand).toBeGreaterThan(0);
    expect(new Set(report.scale.map((s) => s.size))).toEqual(new Set([10, 20]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

describe("the bench's metering proxy", () => {
  it('charges a transaction item by item by AWS rules (DynamoDB Local reports five new items as one), index writes included', async () => {
    const outbox = await isolatedOutbox();
    const proxy = await meteringProxy(stack().urls.dynamodb);
    try {
      const ddb = createDocumentClient(sdkOptions(proxy.url));
      const write = async (id: string, messages: number) => {
        const items = outboxItems({ type: 'rma', id, version: 2 }, Array.from({ length: messages }, (_, i) => emailMessage(id, `Meter ${i}`)), new Date());
        proxy.reset();
        await ddb.send(new TransactWriteCommand({ TransactItems: items.map((Item) => ({ Put: { TableName: outbox.tableName, Item } })) }));
        const { writeCapacity, transactionIndexUnits } = proxy.reset();
        return { writeCapacity, transactionIndexUnits };
      };
      // One small item: 2 table units and 2 for its entry in the status index, as a transaction.
      expect(await write('01METER00000000000000000001', 1)).toEqual({ writeCapacity: 4, transactionIndexUnits: 2 });
      expect(await write('01METER00000000000000000005', 5)).toEqual({ writeCapacity: 20, transactionIndexUnits: 10 });
      // Replaced by itself, an item moves no index entry: the table's 2 units only.
      const [same] = outboxItems({ type: 'rma', id: '01METER00000000000000000001', version: 2 }, [emailMessage('01METER00000000000000000001', 'Meter 0')], new Date(0));
      await outbox.ddb.send(new PutCommand({ TableName: outbox.tableName, Item: same }));
      proxy.reset();
      await ddb.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: outbox.tableName, Item: same! } }] }));
      expect(proxy.reset()).toMatchObject({ writeCapacity: 2, transactionIndexUnits: 0 });
    } finally {
      await proxy.close();
      await outbox.drop();
    }
  });
});
