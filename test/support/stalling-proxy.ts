/**
 * A proxy in front of DynamoDB Local that can stall transactions, as a DynamoDB that stops
 * answering does: `hold` forwards a `TransactWriteItems` and never returns the answer (the write
 * lands, the caller cannot know), `drop` never forwards it (nothing lands); `pass` forwards all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StallMode = 'pass' | 'hold' | 'drop';

export interface StallingProxy {
  readonly url: string;
  mode: StallMode;
  /** Transactions that reached DynamoDB while held. */
  readonly heldWrites: number;
  close(): Promise<void>;
}

export async function stallingProxy(target: string): Promise<StallingProxy> {
  const stalled: ServerResponse[] = [];
  let heldWrites = 0;
  const forward = async (req: IncomingMessage, body: Buffer) => {
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    return fetch(target + (req.url ?? '/'), { method: req.method ?? 'POST', headers, body: new Uint8Array(body) });
  };
  const state: { mode: StallMode } = { mode: 'pass' };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const transaction = String(req.headers['x-amz-target'] ?? '').endsWith('.TransactWriteItems');
    if (transaction && state.mode !== 'pass') {
      stalled.push(res);
      if (state.mode === 'hold') {
        await forward(req, body);
        heldWrites++;
      }
      return;
    }
    const answer = await forward(req, body);
    res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get mode() {
      return state.mode;
    },
    set mode(mode: StallMode) {
      state.mode = mode;
    },
    get heldWrites() {
      return heldWrites;
    },
    async close() {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
