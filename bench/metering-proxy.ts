/**
 * A proxy in front of DynamoDB Local that counts what the functions ask of DynamoDB: calls per
 * operation (scans called out), and the read and write capacity units DynamoDB reports for each
 * (it adds `ReturnConsumedCapacity: INDEXES` to every request that takes it). The bench reads and
 * resets it around each measured request.
 *
 * One correction: DynamoDB Local reports a transaction's capacity as if it wrote one item (a
 * transaction of five new outbox items reports what one does), while AWS charges every item. So a
 * transaction's write units are counted here item by item, by AWS's rules, from the items written
 * and the items they replace (read first, outside the meter): 2 units per KB of the larger of the
 * two, and for each index the item enters, leaves, changes in or moves within, its index writes by
 * the size of the projected entry, doubled as DynamoDB Local doubles them in a transaction (AWS's
 * pages say a transaction writes each item twice, not whether its index writes are doubled too: the
 * meter keeps those apart, so the bench can say what the count is either way). An
 * update in a transaction (ours: the summary's counter shards, which no index holds) counts as 2
 * units per KB of the item it updates.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GLOBAL_INDEXES, TABLE } from '../shared/adapters/keys.js';

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
  /** Wall time with at least one call in flight at the proxy (parallel calls count once), the proxy's own reads included. */
  busyMs: number;
  /** The proxy's own reads (the items a transaction replaces): added to the request's time by measuring, not by the function. */
  proxyMs: number;
  /**
   * Of `writeCapacity`, the index writes of transactions, doubled as DynamoDB Local doubles them.
   * AWS's pages do not say whether it doubles them too: half of this is what the count would be less.
   */
  transactionIndexUnits: number;
}

const emptyMeter = (): Meter => ({ calls: {}, readCapacity: 0, writeCapacity: 0, units: {}, busyMs: 0, proxyMs: 0, transactionIndexUnits: 0 });

export interface MeteringProxy {
  readonly url: string;
  /** What was asked since the last `reset`. */
  readonly meter: Meter;
  reset(): Meter;
  close(): Promise<void>;
}

type Capacity = { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number };

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

const kb = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));
type Item = Record<string, Wire>;

/** The entry `item` has in `index`, or undefined when it is not in it (sparse indexes). */
function indexEntry(item: Item | undefined, index: (typeof GLOBAL_INDEXES)[number]): Item | undefined {
  if (item === undefined || item[index.partitionKey] === undefined || item[index.sortKey] === undefined) return undefined;
  if (!('projection' in index)) return item;
  const kept = new Set<string>([TABLE.partitionKey, TABLE.sortKey, index.partitionKey, index.sortKey, ...index.projection]);
  return Object.fromEntries(Object.entries(item).filter(([name]) => kept.has(name)));
}

/** The same string for the same item, whatever the order of its attributes (DynamoDB answers in its own). */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** Index write units of replacing `before` by `after` (either may be absent), by AWS's rules. */
function indexUnits(before: Item | undefined, after: Item | undefined): number {
  let units = 0;
  for (const index of GLOBAL_INDEXES) {
    const [was, is] = [indexEntry(before, index), indexEntry(after, index)];
    const key = (entry: Item) => JSON.stringify([entry[index.partitionKey], entry[index.sortKey]]);
    if (was && is && key(was) === key(is)) units += canonical(was) === canonical(is) ? 0 : kb(Math.max(itemBytes(was), itemBytes(is)));
    else units += (was ? kb(itemBytes(was)) : 0) + (is ? kb(itemBytes(is)) : 0);
  }
  return units;
}

type TransactAction = { TableName: string; Item?: Item; Key?: Item };

/** A transaction's write units by AWS's rules, item by item (see above), and how many of them are index writes. */
async function transactionUnits(
  request: { TransactItems?: Record<string, TransactAction>[] },
  current: (table: string, key: Item) => Promise<Item | undefined>,
): Promise<{ units: number; index: number }> {
  let [table, index] = [0, 0];
  for (const action of request.TransactItems ?? []) {
    const [kind, { TableName, Item: after, Key }] = Object.entries(action)[0]!;
    const before = await current(TableName, Key ?? { [TABLE.partitionKey]: after![TABLE.partitionKey]!, [TABLE.sortKey]: after![TABLE.sortKey]! });
    if (kind === 'Put') [table, index] = [table + 2 * kb(Math.max(itemBytes(after!), before ? itemBytes(before) : 0)), index + 2 * indexUnits(before, after)];
    else if (kind === 'Delete') [table, index] = [table + 2 * kb(before ? itemBytes(before) : 0), index + 2 * indexUnits(before, undefined)];
    else table += 2 * kb(before ? itemBytes(before) : 0);
  }
  return { units: table + index, index };
}

export async function meteringProxy(target: string): Promise<MeteringProxy> {
  let meter = emptyMeter();
  // DynamoDB Local checks no signature: any credentials read the items a transaction replaces.
  const reader = new DynamoDBClient({ endpoint: target, region: 'us-east-1', credentials: { accessKeyId: 'meter', secretAccessKey: 'meter' } });
  const current = async (TableName: string, Key: Item) =>
    (await reader.send(new GetItemCommand({ TableName, Key: Key as never, ConsistentRead: true }))).Item as Item | undefined;
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
    let transaction: { units: number; index: number } | undefined;
    if (REPORTS_CAPACITY.has(operation)) {
      meter.calls[operation] = (meter.calls[operation] ?? 0) + 1;
      const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      request.ReturnConsumedCapacity = 'INDEXES';
      if (operation === 'TransactWriteItems') {
        // The items it replaces are read first: the proxy's own time, which the bench takes out of the request's.
        const started = performance.now();
        transaction = await transactionUnits(request, current);
        meter.proxyMs += performance.now() - started;
      }
      body = Buffer.from(JSON.stringify(request));
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const answer = await fetch(target + (req.url ?? '/'), { method: req.method ?? 'POST', headers, body: new Uint8Array(body) });
    const raw = Buffer.from(await answer.arrayBuffer());
    if (REPORTS_CAPACITY.has(operation) && answer.ok) {
      const consumed = (JSON.parse(raw.toString('utf8')) as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
      for (const c of [consumed ?? []].flat()) {
        // Reads report CapacityUnits (or ReadCapacityUnits), writes likewise.
        const units = transaction?.units ?? c.CapacityUnits ?? (c.ReadCapacityUnits ?? 0) + (c.WriteCapacityUnits ?? 0);
        meter.transactionIndexUnits += transaction?.index ?? 0;
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
      reader.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
