/**
 * The local S3 as browsers and functions meet it: a front in front of s3rver that closes the
 * gaps that matter for evidence (architecture.md, "Emulator fidelity"):
 *
 * - a presigned POST is checked as S3 checks it: the signature over the policy, its expiry by
 *   the local clock, every condition (exact key, content type, tagging, `content-length-range`)
 *   and no field the policy does not cover; refusals carry S3's codes (AccessDenied,
 *   SignatureDoesNotMatch, EntityTooLarge, EntityTooSmall, InvalidArgument);
 * - the bucket keeps versions, as the real one is versioned: every upload gets a version id,
 *   the object-created event names it, and GET / tagging / DELETE of a `versionId` act on that
 *   version, so ops downloads serve the verified bytes even after the form was posted again;
 * - CORS as the bucket's configuration (shared/topology.ts CORS.bucket) for local origins.
 *
 * Everything else passes through to s3rver unchanged (its own signature checks included).
 * Object-created events come from here, not from s3rver, so that they carry the version.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, request as httpRequest, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { CORS } from '../shared/topology.js';
import { cors } from './cors.js';

/** Where the bytes of each version are kept in s3rver (outside the evidence prefix: no events). */
const VERSIONS_PREFIX = '_versions/';
/** The largest form body buffered: the largest evidence file (100 MiB video) and its fields. */
const MAX_POST_BYTES = 101 * 1024 * 1024;

export interface S3FrontOptions {
  readonly bucket: string;
  /** s3rver, where objects live. */
  readonly upstream: string;
  /** An SDK client pointed at s3rver. */
  readonly s3: S3Client;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly region: string;
  readonly now: () => Date;
  readonly allowedOrigin: (origin: string) => boolean;
  readonly onObjectCreated: (event: S3Event) => void;
  /** Where the version list is kept across restarts; in memory only when absent. */
  readonly stateFile?: string;
}

class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const xml = (error: S3Error) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${error.message.replace(/[<&>]/g, (c) => `&#${c.charCodeAt(0)};`)}</Message></Error>`;

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/** Versions of one key, oldest first. */
type Versions = Record<string, { readonly versionId: string; readonly contentType: string }[]>;

export class S3Front {
  private server: Server | undefined;
  private readonly versions: Versions;

  constructor(private readonly options: S3FrontOptions) {
    this.versions = options.stateFile && existsSync(options.stateFile) ? (JSON.parse(readFileSync(options.stateFile, 'utf8')) as Versions) : {};
  }

  async listen(port: number, host: string): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, resolve);
    });
    return `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private save(): void {
    if (this.options.stateFile) writeFileSync(this.options.stateFile, JSON.stringify(this.versions));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { preflight, headers: corsHeaders } = cors(req, CORS.bucket, this.options.allowedOrigin);
    if (preflight) return void res.writeHead(preflight.status, preflight.headers).end();
    try {
      const url = new URL(req.url ?? '/', 'http://s3');
      const [, bucket, ...rest] = url.pathname.split('/');
      const key = decodeURIComponent(rest.join('/'));
      const versionId = url.searchParams.get('versionId');
      if (req.method === 'POST' && bucket === this.options.bucket && key === '' && /^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
        return await this.post(req, res, corsHeaders);
      }
      if (bucket === this.options.bucket && key !== '' && versionId !== null) {
        if (req.method === 'GET' || req.method === 'HEAD') return await this.getVersion(req, res, key, versionId, url, corsHeaders);
        if (req.method === 'DELETE') return await this.deleteVersion(res, key, versionId);
        if (req.method === 'PUT' && url.searchParams.has('tagging')) return await this.tagVersion(req, res, key, versionId);
      }
      // A plain PutObject: no subresource in the query (the SDK adds only `x-id=PutObject`).
      const subresources = [...url.searchParams.keys()].filter((name) => name !== 'x-id');
      const isObjectPut = req.method === 'PUT' && bucket === this.options.bucket && key !== '' && subresources.length === 0 && !req.headers['x-amz-copy-source'];
      this.proxy(req, res, corsHeaders, isObjectPut ? () => this.created(key, 'ObjectCreated:Put', req) : undefined);
    } catch (error) {
      const s3Error = error instanceof S3Error ? error : new S3Error(500, 'InternalError', 'We encountered an internal error. Please try again.');
      if (!res.headersSent) res.writeHead(s3Error.status, { 'content-type': 'application/xml', ...corsHeaders }).end(xml(s3Error));
    }
  }

  /**
   * Passes the request to s3rver as it came (the Host header too, which its signature covers).
   * With `afterSuccess`, a successful answer is held until it ran (an upload is answered only
   * once its version is kept and its event sent, as S3 does).
   */
  private proxy(req: IncomingMessage, res: ServerResponse, corsHeaders: Record<string, string>, afterSuccess?: () => Promise<void>): void {
    const upstream = new URL(this.options.upstream);
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const status = answer.statusCode ?? 502;
        if (afterSuccess === undefined || status >= 300) {
          res.writeHead(status, { ...answer.headers, ...corsHeaders });
          return void answer.pipe(res);
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.once('end', () => {
          afterSuccess().then(
            () => res.writeHead(status, { ...answer.headers, ...corsHeaders }).end(Buffer.concat(chunks)),
            () => res.writeHead(500).end(),
          );
        });
      },
    );
    forwarded.on('error', () => res.headersSent || res.writeHead(502).end());
    req.pipe(forwarded);
  }

  private async readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  /** A browser's form upload, checked against its policy as S3 does, then stored as a new version. */
  private async post(req: IncomingMessage, res: ServerResponse, corsHeaders: Record<string, string>): Promise<void> {
    const body = await this.readBody(req, MAX_POST_BYTES);
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
    const fields = new Map<string, string>();
    let file: File | undefined;
    for (const [name, value] of form) {
      if (typeof value === 'string') fields.set(name.toLowerCase(), value);
      else if (name === 'file') file = value;
    }
    if (file === undefined) throw new S3Error(400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
    const key = fields.get('key');
    const policyB64 = fields.get('policy');
    if (key === undefined || policyB64 === undefined) throw new S3Error(400, 'InvalidArgument', 'Bucket POST must contain a field named key and a policy.');
    this.checkSignature(policyB64, fields);
    const policy = JSON.parse(Buffer.from(policyB64, 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };
    if (Date.parse(policy.expiration) <= this.options.now().getTime()) throw new S3Error(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
    const bytes = Buffer.from(await file.arrayBuffer());
    this.checkConditions(policy.conditions, new Map([...fields, ['bucket', this.options.bucket]]), bytes.length);

    const contentType = fields.get('content-type') ?? 'binary/octet-stream';
    const versionId = randomBytes(24).toString('base64url');
    const tags = /<Key>([^<]*)<\/Key><Value>([^<]*)<\/Value>/g;
    const tagging = [...(fields.get('tagging') ?? '').matchAll(tags)].map(([, k, v]) => `${encodeURIComponent(k!)}=${encodeURIComponent(v!)}`).join('&');
    const { s3, bucket } = this.options;
    const { ETag } = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType, ...(tagging ? { Tagging: tagging } : {}) }));
    await this.keepVersion(key, versionId, bytes, contentType);
    res.writeHead(204, { ...corsHeaders, 'x-amz-version-id': versionId, etag: ETag ?? '', location: `${this.options.upstream}/${bucket}/${key}` }).end();
    this.emit(key, 'ObjectCreated:Post', versionId, bytes.length, ETag ?? '', req);
  }

  private async keepVersion(key: string, versionId: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.options.s3.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: `${VERSIONS_PREFIX}${versionId}`, Body: bytes, ContentType: contentType }));
    (this.versions[key] ??= []).push({ versionId, contentType });
    this.save();
  }

  /** An object written through s3rver (PutObject): keep it as a new version and tell the verifier. */
  private async created(key: string, eventName: string, req: IncomingMessage): Promise<void> {
    const { Body, ContentType, ETag } = await this.options.s3.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
    const bytes = Buffer.from(await Body!.transformToByteArray());
    const versionId = randomBytes(24).toString('base64url');
    await this.keepVersion(key, versionId, bytes, ContentType ?? 'binary/octet-stream');
    this.emit(key, eventName, versionId, bytes.length, ETag ?? '', req);
  }

  private emit(key: string, eventName: string, versionId: string, size: number, eTag: string, req: IncomingMessage): void {
    const { bucket } = this.options;
    this.options.onObjectCreated({
      Records: [
        {
          eventVersion: '2.1',
          eventSource: 'aws:s3',
          awsRegion: this.options.region,
          eventTime: this.options.now().toISOString(),
          eventName,
          userIdentity: { principalId: 'local' },
          requestParameters: { sourceIPAddress: req.socket.remoteAddress ?? '127.0.0.1' },
          responseElements: { 'x-amz-request-id': versionId.slice(0, 16), 'x-amz-id-2': versionId },
          s3: {
            s3SchemaVersion: '1.0',
            configurationId: 'local',
            bucket: { name: bucket, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${bucket}` },
            object: { key, size, eTag: eTag.replace(/"/g, ''), versionId, sequencer: Date.now().toString(16).toUpperCase() },
          },
        },
      ],
    });
  }

  /** SigV4 for POST: the signature is the HMAC of the base64 policy with the scope's signing key. */
  private checkSignature(policyB64: string, fields: Map<string, string>): void {
    const [accessKeyId, date, region, service] = (fields.get('x-amz-credential') ?? '').split('/');
    const { credentials } = this.options;
    const signingKey = [date ?? '', region ?? '', service ?? '', 'aws4_request'].reduce<Buffer | string>((k, part) => hmac(k, part), `AWS4${credentials.secretAccessKey}`);
    const expected = hmac(signingKey, policyB64).toString('hex');
    if (fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256' || accessKeyId !== credentials.accessKeyId || fields.get('x-amz-signature') !== expected) {
      throw new S3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
    }
  }

  /** Every condition holds, and every field but the signature, the policy and the file is covered by one. */
  private checkConditions(conditions: unknown[], fields: Map<string, string>, size: number): void {
    const failed = (condition: unknown) => new S3Error(403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`);
    const covered = new Set(['policy', 'x-amz-signature', 'file']);
    for (const condition of conditions) {
      if (Array.isArray(condition)) {
        const [op, a, b] = condition as [string, string | number, string | number];
        if (op === 'content-length-range') {
          if (size > Number(b)) throw new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
          if (size < Number(a)) throw new S3Error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size');
          continue;
        }
        const field = String(a).replace(/^\$/, '').toLowerCase();
        covered.add(field);
        const value = fields.get(field) ?? '';
        if ((op === 'eq' && value !== String(b)) || (op === 'starts-with' && !value.startsWith(String(b)))) throw failed(condition);
        continue;
      }
      for (const [name, expected] of Object.entries(condition as Record<string, string>)) {
        covered.add(name.toLowerCase());
        if (fields.get(name.toLowerCase()) !== expected) throw failed(condition);
      }
    }
    const extra = [...fields.keys()].filter((name) => !covered.has(name) && !name.startsWith('x-ignore-'));
    if (extra.length > 0) throw new S3Error(403, 'AccessDenied', `Invalid according to Policy: Extra input fields: ${extra.join(', ')}`);
  }

  private version(key: string, versionId: string) {
    const found = this.versions[key]?.find((v) => v.versionId === versionId);
    if (found === undefined) throw new S3Error(404, 'NoSuchVersion', 'The specified version does not exist.');
    return found;
  }

  private isLatest(key: string, versionId: string): boolean {
    return this.versions[key]?.at(-1)?.versionId === versionId;
  }

  /** A version's bytes, with the response headers a presigned GET asks for; expiry as S3 checks it. */
  private async getVersion(req: IncomingMessage, res: ServerResponse, key: string, versionId: string, url: URL, corsHeaders: Record<string, string>): Promise<void> {
    const signedAt = url.searchParams.get('X-Amz-Date');
    const expires = Number(url.searchParams.get('X-Amz-Expires'));
    if (signedAt !== null) {
      const at = Date.parse(signedAt.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
      if (this.options.now().getTime() > at + expires * 1000) throw new S3Error(403, 'AccessDenied', 'Request has expired');
    }
    const stored = this.version(key, versionId);
    const { Body } = await this.options.s3.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: `${VERSIONS_PREFIX}${versionId}` }));
    const bytes = Buffer.from(await Body!.transformToByteArray());
    const disposition = url.searchParams.get('response-content-disposition');
    res.writeHead(200, {
      ...corsHeaders,
      'content-type': url.searchParams.get('response-content-type') ?? stored.contentType,
      'content-length': String(bytes.length),
      'x-amz-version-id': versionId,
      ...(disposition ? { 'content-disposition': disposition } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  /** Deletes one version; when it was the current one, the one before it becomes current (or none). */
  private async deleteVersion(res: ServerResponse, key: string, versionId: string): Promise<void> {
    const { s3, bucket } = this.options;
    const wasLatest = this.isLatest(key, versionId);
    this.version(key, versionId);
    this.versions[key] = this.versions[key]!.filter((v) => v.versionId !== versionId);
    this.save();
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: `${VERSIONS_PREFIX}${versionId}` }));
    if (wasLatest) {
      const previous = this.versions[key]!.at(-1);
      if (previous === undefined) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      else {
        const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${VERSIONS_PREFIX}${previous.versionId}` }));
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: Buffer.from(await Body!.transformToByteArray()), ContentType: previous.contentType }));
      }
    }
    res.writeHead(204, { 'x-amz-version-id': versionId }).end();
  }

  /** Tags of a version: kept on the current object (what the lifecycle rule reads); older versions' tags are not emulated. */
  private async tagVersion(req: IncomingMessage, res: ServerResponse, key: string, versionId: string): Promise<void> {
    this.version(key, versionId);
    const body = (await this.readBody(req, 64 * 1024)).toString('utf8');
    if (this.isLatest(key, versionId)) {
      const TagSet = [...body.matchAll(/<Key>([^<]*)<\/Key>\s*<Value>([^<]*)<\/Value>/g)].map(([, Key, Value]) => ({ Key: Key!, Value: Value! }));
      await this.options.s3.send(new PutObjectTaggingCommand({ Bucket: this.options.bucket, Key: key, Tagging: { TagSet } }));
    }
    res.writeHead(200, { 'x-amz-version-id': versionId }).end();
  }
}
