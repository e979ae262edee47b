/**
 * The local stand-in for API Gateway (HTTP API): routes by the topology, builds payload v2
 * events, verifies ops JWTs as the Cognito JWT authorizer does (issuer, audience, expiry;
 * claims passed as strings), answers unmatched routes and authorizer refusals with API
 * Gateway's own bodies, answers CORS as the API's CORS configuration does, serves the
 * local-only endpoints of api.md, and the web apps (local/static.ts).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { CORS, functionSpecs, type FunctionId, type HttpRoute, httpRoutes, routeKey } from '../shared/topology.js';
import { allowedOrigins, cors } from './cors.js';
import { type Invoke, lambdaContext } from './functions.js';
import { serveStatic, type StaticSite } from './static.js';

interface CompiledRoute {
  readonly route: HttpRoute;
  readonly functionId: FunctionId;
  readonly pattern: RegExp;
  readonly params: readonly string[];
}

function compile(route: HttpRoute, functionId: FunctionId): CompiledRoute {
  const params: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{([A-Za-z0-9_]+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(param[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { route, functionId, pattern: new RegExp(`^${source}$`), params };
}

/** Every HTTP route of the topology, as the gateway serves them. */
export const localRoutes: readonly CompiledRoute[] = functionSpecs.flatMap((spec) =>
  httpRoutes(spec).map((route) => compile(route, spec.id)),
);

export interface LocalJwtIssuer {
  readonly issuer: string;
  readonly audience: string;
  /** An ID token as Cognito issues one: an hour by the local clock, or `ttlSeconds` (0: expired at once). */
  sign(claims: { sub?: string; email?: string; groups?: readonly string[]; ttlSeconds?: number }): Promise<string>;
  verify(token: string): Promise<JWTPayload>;
  readonly jwks: () => Promise<unknown>;
}

export async function createLocalJwtIssuer(now: () => Date, issuer: string): Promise<LocalJwtIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const audience = 'rma-local-ops-client';
  const kid = 'local-1';
  return {
    issuer,
    audience,
    async sign({ sub = 'local-ops-user', email = 'ops@example.com', groups = ['rma-ops'], ttlSeconds = 3600 }) {
      const iat = Math.floor(now().getTime() / 1000);
      return new SignJWT({ email, 'cognito:groups': [...groups], token_use: 'id' })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ttlSeconds)
        .sign(privateKey as CryptoKey);
    },
    async verify(token) {
      const { payload } = await jwtVerify(token, publicKey as CryptoKey, { issuer, audience, currentDate: now() });
      return payload;
    },
    jwks: async () => ({ keys: [{ ...(await exportJWK(publicKey as CryptoKey)), kid, alg: 'RS256', use: 'sig' }] }),
  };
}

/**
 * A path parameter as the function receives it: percent-decoded, or as sent when the escape is
 * malformed, so that the function's own validation refuses it (400) instead of the gateway
 * failing (500).
 */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** HTTP APIs hand JWT claims to the function as strings; lists become `[a b]`. */
export function claimsAsHttpApiDoes(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
}

export interface LocalControl {
  readonly now: () => Date;
  setClock(body: { advanceSeconds?: number; now?: string }): Promise<Date>;
  drain(): Promise<unknown>;
  /** The metrics the local functions published. */
  metrics(): readonly unknown[];
  /** What was put on the event bus, in order. */
  events(): readonly unknown[];
  /** Stops or starts the SES emulator (to show that mail waits in the outbox); answers whether it runs. */
  setSes(running: boolean): Promise<boolean>;
}

const clockBody = z.union([
  z.strictObject({ advanceSeconds: z.number().finite() }),
  z.strictObject({ now: z.iso.datetime() }),
]);
const sesBody = z.strictObject({ running: z.boolean() });
const tokenBody = z.strictObject({
  sub: z.string().min(1).optional(),
  email: z.email().optional(),
  // Cognito's own rule for group names: no white space, at most 128 characters.
  groups: z.array(z.string().regex(/^[^\s]{1,128}$/)).optional(),
  // How long the token lives by the local clock (an hour when absent); 0 makes one that is already expired.
  ttlSeconds: z.int().min(0).max(86_400).optional(),
});

export class LocalGateway {
  private server: Server | undefined;

  constructor(
    private readonly functions: Record<FunctionId, Invoke>,
    private readonly jwt: LocalJwtIssuer,
    private readonly control: LocalControl,
    private readonly allowedOrigin: (origin: string) => boolean = allowedOrigins(),
    private readonly sites: readonly StaticSite[] = [],
  ) {}

  async listen(port: number, host: string): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { preflight, headers: corsHeaders } = cors(req, CORS.api, this.allowedOrigin);
    if (preflight) return void res.writeHead(preflight.status, preflight.headers).end();
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...corsHeaders, ...headers }).end(JSON.stringify(body));
    try {
      const url = new URL(req.url ?? '/', 'http://gateway');
      const site = this.sites.find((s) => url.pathname.startsWith(s.prefix) || url.pathname === s.prefix.slice(0, -1));
      if (site !== undefined && (req.method === 'GET' || req.method === 'HEAD')) return await serveStatic(site, url.pathname, res);
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      if (url.pathname.startsWith('/_local/')) {
        const [status, answer] = await this.local(req.method ?? 'GET', url.pathname, body.toString('utf8'));
        return void send(status, answer);
      }
      const method = req.method ?? 'GET';
      const matched = localRoutes
        .filter((r) => r.route.method === method)
        .map((r) => ({ r, m: r.pattern.exec(url.pathname) }))
        .find((x) => x.m !== null);
      if (matched === undefined) return void send(404, { message: 'Not Found' });
      const { r, m } = matched;
      let claims: Record<string, string> | undefined;
      if (r.route.auth === 'ops') {
        const token = /^Bearer (.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
        try {
          if (token === undefined) throw new Error('no token');
          claims = claimsAsHttpApiDoes(await this.jwt.verify(token));
        } catch {
          return void send(401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });
        }
      }
      const pathParameters = Object.fromEntries(r.params.map((name, i) => [name, decodePathSegment(m![i + 1]!)]));
      const event = this.event(req, url, r, pathParameters, body, claims);
      const result = (await this.functions[r.functionId](event, lambdaContext(r.functionId))) as APIGatewayProxyStructuredResultV2;
      const headers = { ...corsHeaders, ...Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)])) };
      res.writeHead(result.statusCode ?? 200, headers).end(
        result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''),
      );
    } catch {
      if (!res.headersSent) send(500, { message: 'Internal Server Error' });
    }
  }

  private event(
    req: IncomingMessage,
    url: URL,
    r: CompiledRoute,
    pathParameters: Record<string, string>,
    body: Buffer,
    claims: Record<string, string> | undefined,
  ): APIGatewayProxyEventV2 {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
    }
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
    const now = this.control.now();
    const contentType = headers['content-type'] ?? '';
    const textual = body.length === 0 || /^(application\/(json|.*\+json|x-www-form-urlencoded)|text\/)/.test(contentType);
    const key = routeKey(r.route);
    return {
      version: '2.0',
      routeKey: key,
      rawPath: url.pathname,
      rawQueryString: url.search.replace(/^\?/, ''),
      headers,
      ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
      ...(r.params.length > 0 ? { pathParameters } : {}),
      requestContext: {
        accountId: 'local',
        apiId: 'local',
        domainName: headers.host ?? 'localhost',
        domainPrefix: 'local',
        http: {
          method: r.route.method,
          path: url.pathname,
          protocol: `HTTP/${req.httpVersion}`,
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
          userAgent: headers['user-agent'] ?? '',
        },
        requestId: randomUUID(),
        routeKey: key,
        stage: '$default',
        time: now.toISOString(),
        timeEpoch: now.getTime(),
        ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
      },
      ...(body.length > 0 ? { body: textual ? body.toString('utf8') : body.toString('base64') } : {}),
      isBase64Encoded: !textual,
    } as APIGatewayProxyEventV2;
  }

  private async local(method: string, path: string, raw: string): Promise<[number, unknown]> {
    const parse = <S extends z.ZodType>(schema: S): z.output<S> | undefined => {
      try {
        const parsed = schema.safeParse(raw === '' ? {} : JSON.parse(raw));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    };
    const invalid: [number, unknown] = [400, { code: 'validation_failed', title: 'Request is not valid', status: 400 }];
    if (path === '/_local/clock' && method === 'GET') return [200, { now: this.control.now().toISOString() }];
    if (path === '/_local/clock' && method === 'POST') {
      const body = parse(clockBody);
      if (body === undefined) return invalid;
      return [200, { now: (await this.control.setClock(body)).toISOString() }];
    }
    if (path === '/_local/tokens/ops' && method === 'POST') {
      const body = parse(tokenBody);
      if (body === undefined) return invalid;
      return [200, { token: await this.jwt.sign(body) }];
    }
    if (path === '/_local/jwks.json' && method === 'GET') return [200, await this.jwt.jwks()];
    if (path === '/_local/drain' && method === 'POST') return [200, { delivered: await this.control.drain() }];
    if (path === '/_local/metrics' && method === 'GET') return [200, { published: this.control.metrics() }];
    if (path === '/_local/events' && method === 'GET') return [200, { items: this.control.events() }];
    if (path === '/_local/ses' && method === 'POST') {
      const body = parse(sesBody);
      if (body === undefined) return invalid;
      return [200, { running: await this.control.setSes(body.running) }];
    }
    return [404, { message: 'Not Found' }];
  }
}
