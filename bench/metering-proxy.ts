/**
 * A proxy in front of DynamoDB Local that counts what the functions ask of DynamoDB: calls per
 * operation (scans called out), and the read and write capacity units DynamoDB reports for each
 * (it adds `ReturnConsumedCapacity: TOTAL` to every request that takes it). The bench reads and
 * resets it around each measured request.
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

type Capacity = { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number };

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
    if (REPORTS_CAPACITY.has(operation)) {
      meter.calls[operation] = (meter.calls[operation] ?? 0) + 1;
      const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      request.ReturnConsumedCapacity = 'TOTAL';
      body = Buffer.from(JSON.stringify(request));
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const answer = await fetch(target + (req.url ?? '/'), { method: req.method ?? 'POST', headers, body: new Uint8Array(body) });
    const raw = Buffer.from(await answer.arrayBuffer());
    if (REPORTS_CAPACITY.has(operation) && answer.ok) {
      const consumed = (JSON.parse(raw.toString('utf8')) as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
      for (const c of [consumed ?? []].flat()) {
        // Reads report CapacityUnits (or ReadCapacityUnits), writes likewise.
        const units = c.CapacityUnits ?? (c.ReadCapacityUnits ?? 0) + (c.WriteCapacityUnits ?? 0);
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
