/**
 * CORS of the local API and the local S3, answered as API Gateway and S3 answer it for the
 * storefront origins (shared/topology.ts CORS): here the allowed origins are any
 * http://localhost:<port> and http://127.0.0.1:<port>, or the list in RMA_LOCAL_ORIGINS.
 */
import type { IncomingMessage } from 'node:http';
import type { CORS } from '../shared/topology.js';

type Rules = (typeof CORS)[keyof typeof CORS];

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1):\d{1,5}$/;

export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): (origin: string) => boolean {
  const listed = env.RMA_LOCAL_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);
  return listed && listed.length > 0 ? (origin) => listed.includes(origin) : (origin) => LOCAL_ORIGIN.test(origin);
}

/** The same origins as CSP sources, for the pages a shop may frame (`frame-ancestors`). */
export function allowedOriginSources(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = env.RMA_LOCAL_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);
  return listed && listed.length > 0 ? listed : ['http://localhost:*', 'http://127.0.0.1:*'];
}

export interface CorsAnswer {
  /** A preflight, answered here: status and headers. */
  readonly preflight?: { readonly status: number; readonly headers: Record<string, string> };
  /** Headers to add to the actual response. */
  readonly headers: Record<string, string>;
}

/**
 * The CORS part of an answer to `req`. A preflight from an allowed origin for an allowed method
 * is answered (204); any other preflight gets no CORS headers (the browser then refuses), as
 * the services do. An actual request from an allowed origin gets the origin back.
 */
export function cors(req: IncomingMessage, rules: Rules, allowed: (origin: string) => boolean): CorsAnswer {
  const origin = req.headers.origin;
  const vary = { vary: 'origin' };
  if (origin === undefined || !allowed(origin)) {
    return req.method === 'OPTIONS' && req.headers['access-control-request-method'] ? { preflight: { status: 403, headers: vary }, headers: vary } : { headers: vary };
  }
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    const method = String(req.headers['access-control-request-method']).toUpperCase();
    const requested = String(req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const anyHeader = (rules.headers as readonly string[]).includes('*');
    const headersOk = anyHeader || requested.every((h) => (rules.headers as readonly string[]).includes(h));
    if (!(rules.methods as readonly string[]).includes(method) || !headersOk) return { preflight: { status: 403, headers: vary }, headers: vary };
    return {
      preflight: {
        status: 204,
        headers: {
          ...vary,
          'access-control-allow-origin': origin,
          'access-control-allow-methods': rules.methods.join(','),
          'access-control-allow-headers': anyHeader ? requested.join(',') : rules.headers.join(','),
          'access-control-max-age': String(rules.maxAgeSeconds),
        },
      },
      headers: vary,
    };
  }
  return {
    headers: {
      ...vary,
      'access-control-allow-origin': origin,
      ...(rules.exposeHeaders.length > 0 ? { 'access-control-expose-headers': rules.exposeHeaders.join(',') } : {}),
    },
  };
}
