/**
 * A proxy in front of DynamoDB Local that counts what the functions ask of DynamoDB: calls per
 * operation (scans called out), and the read and write capacity units DynamoDB reports for each
 * (it adds `ReturnConsumedCapacity: INDEXES` to every request that takes it). The bench reads and
 * resets it around each measured request.
 *
 * One correction: DynamoDB Local reports a transaction's table units per call, not per item (a
 * transaction of seven items under 1 KB reported 6 units where AWS charges 14), so a transaction's
 * table writes are counted here by AWS's rule, 2 units per item and KB (an update, delete or
 * condition check as an item under 1 KB: ours are counters and small items); its index writes stay
 * as DynamoDB Local reports them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const REPORTS_CAPACITY = new Set([
  'GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem', 'TransactWriteItems', 'TransactGetItems',
]);

export interface Meter {
  /** Calls per operation name (`Query`, `TransactWriteItems` …). */
  readonly calls: Record<string, number>;
  readCapacity: number;
  writeCapacity: number;
  /** Capacity units (read or write) per operation name. */
  readonly units: Record<string, number>;
  /** Wall time with at least one call in flight at the proxy (parallel calls count once). */
  busyMs: number;
}

const emptyMeter = (): Meter => ({ calls: {}, readCapacity: 0, writeCapacity: 0, units: {}, busyMs: 0 });

export interface MeteringProxy {
  readonly url: string;
  /** What was asked since the last `reset`. */
  readonly meter: Meter;
  reset(): Meter;
  close(): Promise<void>;
}

type Capacity = { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number; Table?: { CapacityUnits?: number } };

type Wire = Record<string, unknown>;

/** A value's size as DynamoDB counts it, from its wire form (`{"S": …}`, `{"M": …}` …). */
function valueBytes(value: Wire): number {
  const [type, v] = Object.entries(value)[0] as [string, unknown];
  switch (type) {
    case 'S':
      return Buffer.byteLength(v as string, 'utf8');
    case 'N':
      return Math.ceil((v as string).replace(/^[-0.]+|[.]/g, '').length / 2) + 1;
    case 'B':
      return Buffer.from(v as string, 'base64').length;
    case 'M':
      return 3 + itemBytes(v as Record<string, Wire>) + Object.keys(v as object).length;
    case 'L':
      return 3 + (v as Wire[]).reduce((sum, e) => sum + 1 + valueBytes(e), 0);
    case 'SS':
    case 'NS':
    case 'BS':
      return (v as string[]).reduce((sum, e) => sum + valueBytes({ [type.slice(0, 1)]: e }), 0);
    default:
      return 1;
  }
}

/** An item's size as DynamoDB counts it for capacity: its attribute names and values. */
export function itemBytes(item: Record<string, Wire>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name, 'utf8') + valueBytes(value), 0);
}

/** A transaction's table writes by AWS's rule: 2 units per item and KB. */
function transactionTableUnits(request: { TransactItems?: Record<string, { Item?: Record<string, Wire> }>[] }): number {
  return (request.TransactItems ?? []).reduce((sum, action) => {
    const { Item } = Object.values(action)[0] ?? {};
    return sum + 2 * (Item === undefined ? 1 : Math.ceil(itemBytes(Item) / 1024));
  }, 0);
}

export async function meteringProxy(target: string): Promise<MeteringProxy> {
  let meter = emptyMeter();
  let inFlight = 0;
  let busySince = 0;
  const server: Server = createServer(async (req, res) => {
    if (inFlight++ === 0) busySince = performance.now();
    res.on('finish', () => {
      if (--inFlight === 0) meter.busyMs += performance.now() - busySince;
    });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body = Buffer.concat(chunks);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    let transactionTable: number | undefined;
    if (REPORTS_CAPACITY.has(operation)) {
      meter.calls[operation] = (meter.calls[operation] ?? 0) + 1;
      const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      request.ReturnConsumedCapacity = 'INDEXES';
      if (operation === 'TransactWriteItems') transactionTable = transactionTableUnits(request);
      body = Buffer.from(JSON.stringify(request));
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const answer = await fetch(target + (req.url ?? '/'), { method: req.method ?? 'POST', headers, body: new Uint8Array(body) });
    const raw = Buffer.from(await answer.arrayBuffer());
    if (REPORTS_CAPACITY.has(operation) && answer.ok) {
      const consumed = (JSON.parse(raw.toString('utf8')) as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
      for (const c of [consumed ?? []].flat()) {
        // Reads report CapacityUnits (or ReadCapacityUnits), writes likewise.
        const reported = c.CapacityUnits ?? (c.ReadCapacityUnits ?? 0) + (c.WriteCapacityUnits ?? 0);
        const units = transactionTable === undefined ? reported : reported - (c.Table?.CapacityUnits ?? 0) + transactionTable;
        meter.units[operation] = (meter.units[operation] ?? 0) + units;
        if (['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems'].includes(operation)) meter.readCapacity += units;
        else meter.writeCapacity += units;
      }
    }
    res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(raw);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get meter() {
      return meter;
    },
    reset() {
      const was = meter;
      meter = emptyMeter();
      return was;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
