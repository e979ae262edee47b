/**
 * A shop's webhook receiver, started by a test: a real HTTP server on 127.0.0.1 that records
 * every delivery (headers and raw body) and answers as the test says (2xx, 5xx, a redirect, no
 * answer at all), and can be stopped and started again on the same port (a receiver that is down).
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
}

/** How the receiver answers the next delivery: a status, a redirect, or nothing (holds the request). */
export type Answer = { status: number; location?: string } | 'hang';

export class Receiver {
  readonly received: Received[] = [];
  answer: (delivery: { headers: IncomingHttpHeaders; body: string }) => Answer | Promise<Answer> = () => ({ status: 204 });
  private server: Server | undefined;
  private port = 0;
  private readonly hanging: ServerResponse[] = [];
  private waiters: { readonly match: (r: Received) => boolean; readonly resolve: (r: Received) => void }[] = [];

  /** Resolves with the first delivery from now on that `match`es, as soon as it is recorded. */
  next(match: (r: Received) => boolean = () => true): Promise<Received> {
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const answer = await this.answer({ headers: req.headers, body });
        const received = { headers: req.headers, body, status: answer === 'hang' ? 0 : answer.status };
        this.received.push(received);
        this.waiters = this.waiters.filter((w) => !w.match(received) || (w.resolve(received), false));
        if (answer === 'hang') {
          this.hanging.push(res);
          return;
        }
        res.writeHead(answer.status, answer.location ? { location: answer.location } : {}).end(answer.status >= 300 ? 'not now' : '');
      });
    });
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Stops listening: deliveries find no one (connection refused) until `start` again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    for (const res of this.hanging.splice(0)) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** The deliveries taken (2xx), parsed, each verified with the Standard Webhooks library. */
  accepted(secret: string): { id: string; type: string; data: any }[] {
    const webhook = new Webhook(secret);
    return this.received
      .filter((r) => r.status >= 200 && r.status < 300)
      .map((r) => {
        const payload = webhook.verify(r.body, r.headers as Record<string, string>) as { type: string; data: any };
        return { id: String(r.headers['webhook-id']), type: payload.type, data: payload.data };
      });
  }
}

export async function startReceiver(): Promise<Receiver> {
  return new Receiver().start();
}
