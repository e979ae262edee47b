/** HTTP helpers for tests against the local stack, as a real client would call it. */
import { request as httpRequest } from 'node:http';
import { inject } from 'vitest';
import { LOCAL_CREDENTIALS } from '../../local/stack.js';
import { LOCAL_REGION, LOCAL_STOREFRONT_SECRET } from '../../local/functions.js';
import { signStorefrontPayload } from '../../shared/http/storefront-signature.js';

export const stack = () => inject('localStack');

export interface Reply<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export async function call<T = any>(
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const raw = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(stack().urls.api + path, {
    method,
    headers: { ...(raw !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
    ...(raw !== undefined ? { body: raw } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/**
 * A JSON call made from another loopback address (127.0.0.0/8 is all this machine), so the API
 * sees another client's source address, as it would a second machine's.
 */
export function callFrom<T = any>(sourceAddress: string, method: string, path: string, body?: unknown): Promise<Reply<T>> {
  const raw = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      stack().urls.api + path,
      { method, localAddress: sourceAddress, headers: raw === undefined ? {} : { 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers = new Headers(Object.entries(response.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]])));
          resolve({ status: response.statusCode ?? 0, headers, body: text === '' ? undefined : JSON.parse(text) });
        });
      },
    );
    request.on('error', reject);
    request.end(raw);
  });
}

export async function localNow(): Promise<Date> {
  return new Date((await call<{ now: string }>('GET', '/_local/clock')).body.now);
}

export async function advanceClock(seconds: number): Promise<Date> {
  return new Date((await call<{ now: string }>('POST', '/_local/clock', { body: { advanceSeconds: seconds } })).body.now);
}

export async function drain(): Promise<void> {
  await call('POST', '/_local/drain');
}

/** A storefront call with `raw` as its exact body, signed as the shop's server signs, with the local clock's time. */
export async function signedCall<T = any>(
  method: string,
  path: string,
  raw: string,
  tamper: { timestampOffsetSeconds?: number; secret?: string; sendBody?: string } = {},
): Promise<Reply<T>> {
  const timestamp = String(Math.floor((await localNow()).getTime() / 1000) + (tamper.timestampOffsetSeconds ?? 0));
  const signature = signStorefrontPayload(tamper.secret ?? LOCAL_STOREFRONT_SECRET, timestamp, raw);
  return call<T>(method, path, {
    rawBody: tamper.sendBody ?? raw,
    headers: { 'x-rma-timestamp': timestamp, 'x-rma-signature': signature },
  });
}

export function storefront<T = any>(
  method: string,
  path: string,
  body: unknown,
  tamper: { timestampOffsetSeconds?: number; secret?: string; sendBody?: string } = {},
): Promise<Reply<T>> {
  return signedCall<T>(method, path, JSON.stringify(body), tamper);
}

export async function opsToken(claims: { sub?: string; email?: string; groups?: string[] } = {}): Promise<string> {
  return (await call<{ token: string }>('POST', '/_local/tokens/ops', { body: claims })).body.token;
}

export function sdkOptions(endpoint: string) {
  return { endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
}
