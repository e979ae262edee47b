/**
 * A local stand-in for the EventBridge bus (events.md, "EventBridge"): the functions put events
 * through the real SDK client, and this answers `PutEvents` (awsJson1.1) as the service does,
 * with its validation, and records every entry it accepted for `GET /_local/events`. Nothing
 * routes them further: locally they are only to be seen.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedEvent {
  /** EventBridge's id of the entry. */
  readonly id: string;
  readonly time: string;
  readonly eventBusName: string;
  readonly source: string;
  readonly detailType: string;
  readonly detail: unknown;
}

interface PutEventsEntry {
  readonly EventBusName?: string;
  readonly Source?: string;
  readonly DetailType?: string;
  readonly Detail?: string;
  readonly Time?: number;
}

/** The service's limits: 10 entries a call, 256 KB a call. */
const MAX_ENTRIES = 10;
const MAX_BYTES = 256 * 1024;

export class EventBridgeEmulator {
  readonly events: RecordedEvent[] = [];
  private server: Server | undefined;

  constructor(private readonly options: { readonly busNames: readonly string[] }) {}

  async listen(port: number, host: string): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const fail = (status: number, type: string, message: string): void => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type }).end(JSON.stringify({ __type: type, message }));
    };
    const target = req.headers['x-amz-target'];
    if (req.method !== 'POST' || target !== 'AWSEvents.PutEvents') return fail(400, 'UnknownOperationException', `Not emulated: ${String(target)}`);
    if (raw.length > MAX_BYTES) return fail(400, 'ValidationException', 'Total size of the entries in the request is over the limit.');
    let entries: PutEventsEntry[];
    try {
      entries = (JSON.parse(raw.toString('utf8')) as { Entries?: PutEventsEntry[] }).Entries ?? [];
    } catch {
      return fail(400, 'SerializationException', 'The request body is not JSON.');
    }
    if (entries.length < 1 || entries.length > MAX_ENTRIES) return fail(400, 'ValidationException', `Entries must have 1 to ${MAX_ENTRIES} items.`);
    const answers = entries.map((entry) => {
      const detail = parseDetail(entry.Detail);
      const bus = entry.EventBusName ?? 'default';
      if (!this.options.busNames.includes(bus)) return { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: `No such event bus: ${bus}` };
      if (!entry.Source || !entry.DetailType || detail === undefined) {
        return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Source, DetailType and a JSON object Detail are required.' };
      }
      const id = randomUUID();
      this.events.push({
        id,
        time: new Date(entry.Time === undefined ? Date.now() : entry.Time * 1000).toISOString(),
        eventBusName: bus,
        source: entry.Source,
        detailType: entry.DetailType,
        detail,
      });
      return { EventId: id };
    });
    const failed = answers.filter((a) => 'ErrorCode' in a).length;
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ FailedEntryCount: failed, Entries: answers }));
  }
}

function parseDetail(detail: string | undefined): unknown {
  if (detail === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
