/**
 * Sends one webhook delivery (events.md, "Signature", "Delivery"): a POST of the event's fixed
 * body, signed the Standard Webhooks way, to an address checked at the moment of connecting.
 * A 2xx within 10 s is a success; anything else (a redirect, which is never followed, a timeout,
 * a refused connection) is a `ReceiverError`, retried later by the delivery engine.
 *
 * Signing uses node:crypto's HMAC (the Standard Webhooks scheme is one HMAC-SHA256); tests verify
 * every delivery with the `standardwebhooks` library a receiver would use.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { DependencyUnavailableError } from './errors.js';
import { addressAllowed, parseEndpointUrl, type Resolve, resolveAllowed, systemResolve, UnresolvedHostError, UnsafeUrlError, type UrlPolicy } from './url-guard.js';

export const WEBHOOK_TIMEOUT_MS = 10_000;
/** What is read of a receiver's answer (it is only logged as the error of a failed attempt). */
const MAX_ANSWER_BYTES = 2_048;

/** `whsec_` + base64 of 32 random bytes (events.md): shown once, at creation or rotation. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** `v1,<base64 HMAC-SHA256(secret, "<id>.<timestamp>.<body>")>` per secret, space-separated. */
export function webhookSignature(id: string, timestampSeconds: number, body: string, secrets: readonly string[]): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
      return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
    })
    .join(' ');
}

/** The receiver did not take the delivery: an answer other than 2xx, a timeout, no connection. */
export class ReceiverError extends DependencyUnavailableError {
  override name = 'ReceiverError';
  constructor(
    readonly detail: string,
    readonly statusCode: number | null,
    options?: ErrorOptions,
  ) {
    super('the webhook endpoint', options);
    this.message = detail;
  }
}

export interface WebhookDelivery {
  readonly url: string;
  /** `webhook-id`: the event id, the same on every attempt. */
  readonly id: string;
  readonly body: string;
  /** The endpoint's current secrets: one, or two during a rotation (new first). */
  readonly secrets: readonly string[];
}

export interface WebhookSenderOptions {
  readonly policy: UrlPolicy;
  /**
   * The real time, for `webhook-timestamp`: receivers check it against their own clocks, so it is
   * the wall clock even where the business clock is moved (the local stack).
   */
  readonly wallClock?: () => Date;
  readonly resolve?: Resolve;
  readonly timeoutMs?: number;
}

export class WebhookSender {
  private readonly wallClock: () => Date;
  private readonly resolve: Resolve;
  private readonly timeoutMs: number;

  constructor(private readonly options: WebhookSenderOptions) {
    this.wallClock = options.wallClock ?? (() => new Date());
    this.resolve = options.resolve ?? systemResolve;
    this.timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  }

  /**
   * Posts the delivery; resolves to the receiver's 2xx status. Throws `UnsafeUrlError` when the
   * URL or the address it leads to is refused, `ReceiverError` when the receiver did not take it.
   */
  async send(delivery: WebhookDelivery): Promise<number> {
    const { policy } = this.options;
    const url = parseEndpointUrl(delivery.url, policy);
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: { address: string; family: number }[];
    try {
      addresses = await resolveAllowed(url, policy, this.resolve);
    } catch (error) {
      if (!(error instanceof UnresolvedHostError)) throw error;
      throw new ReceiverError(`${hostname} does not resolve`, null, { cause: error });
    }
    // The connection goes to an address checked just now, never to a second answer of DNS.
    const lookup: LookupFunction = (_host, options, callback) => {
      if (options.all) (callback as (e: null, a: typeof addresses) => void)(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    };
    const timestamp = Math.floor(this.wallClock().getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(delivery.body)),
      'user-agent': 'rma-webhooks/1',
      'webhook-id': delivery.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': webhookSignature(delivery.id, timestamp, delivery.body, delivery.secrets),
    };
    // Plain http is for the local stack only (./url-guard.ts: AWS allows https alone), and importing
    // node:http as a module costs a cold start ~20 ms in Node 24 (it loads undici), so it is loaded
    // on the first http delivery rather than with the function (docs/performance.md).
    const request = url.protocol === 'https:' ? httpsRequest : (await import('node:http')).request;
    return new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers, lookup, agent: false }, (res: IncomingMessage) => {
        let answer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (answer.length < MAX_ANSWER_BYTES) answer += chunk;
        });
        res.on('end', () => {
          clearTimeout(deadline);
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(status);
          else {
            const why = status >= 300 && status < 400 ? `redirect to ${res.headers.location ?? '?'} (not followed)` : answer.trim().slice(0, 200);
            reject(new ReceiverError(`HTTP ${status}${why ? `: ${why}` : ''}`, status));
          }
        });
        res.on('error', (error) => reject(new ReceiverError(`answer broken off: ${error.message}`, res.statusCode ?? null, { cause: error })));
      });
      // The whole exchange, not only each idle gap, must fit in the time allowed.
      const deadline = setTimeout(() => req.destroy(new ReceiverError(`no answer within ${this.timeoutMs / 1000} s`, null)), this.timeoutMs);
      req.on('socket', (socket) =>
        socket.once('connect', () => {
          const remote = socket.remoteAddress;
          if (remote === undefined || !addressAllowed(remote, hostname, policy)) {
            req.destroy(new UnsafeUrlError(`connected to ${remote ?? 'an unknown address'}, which is refused`));
          }
        }),
      );
      req.on('error', (error) => {
        clearTimeout(deadline);
        reject(error instanceof ReceiverError || error instanceof UnsafeUrlError ? error : new ReceiverError(`${error.name}: ${error.message}`, null, { cause: error }));
      });
      req.end(delivery.body);
    });
  }
}
