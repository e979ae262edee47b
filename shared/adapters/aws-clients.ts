/**
 * AWS SDK clients, created once per runtime (module scope of a Lambda entry, or once by the
 * local stack) and injected into adapters. Only `endpoint` and credentials differ between AWS
 * and the local stack; nothing else here knows where it runs. The S3 client (./s3-client.ts) and
 * the clients of the delivery targets (./delivery-targets.ts) have modules of their own: some
 * functions load them on first use, and a module that a function's entry imports puts everything
 * it imports in the code parsed at cold start.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DependencyUnavailableError } from './errors.js';

export interface ClientOptions {
  readonly region?: string;
  readonly endpoint?: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** Retries of throttling and transient errors by the SDK's standard retry strategy. */
  readonly maxAttempts?: number;
}

/**
 * How long one attempt may take: connecting, and waiting for the answer. Bounded so that a
 * stalled dependency becomes an error well within the caller's own timeout (an API function has
 * 10 s: 3 DynamoDB attempts of at most 2.5 s each, with the SDK's back-off between them).
 */
export interface Timeouts {
  readonly connectionTimeout: number;
  readonly requestTimeout: number;
}

export function base(options: ClientOptions, timeouts?: Timeouts) {
  return {
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    // Without `throwOnRequestTimeout` the SDK only logs a warning when the timeout passes, and the
    // request waits on: a stalled DynamoDB would hold an API call until its function times out.
    ...(timeouts ? { requestHandler: { ...timeouts, throwOnRequestTimeout: true } } : {}),
    maxAttempts: options.maxAttempts ?? 3,
  };
}

/** Network failures that say nothing about whether the request was served. */
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const THROTTLING = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded']);

/** After the SDK's retries: did the service fail to answer (rather than refuse the request)? */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { code?: string; $metadata?: { httpStatusCode?: number }; $fault?: string };
  return (
    e.name === 'TimeoutError' ||
    NETWORK_ERRORS.has(e.code ?? '') ||
    THROTTLING.has(e.name) ||
    e.$fault === 'server' ||
    (e.$metadata?.httpStatusCode ?? 0) >= 500
  );
}

/**
 * Turns what `isUnavailable` recognises, once the SDK gave up retrying, into
 * `DependencyUnavailableError`; everything else (conditions, validation) passes unchanged.
 */
export function reportUnavailable<C extends { middlewareStack: { add: (...args: never[]) => void } }>(client: C, service: string): C {
  (client.middlewareStack as unknown as { add: (mw: unknown, options: unknown) => void }).add(
    (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
      try {
        return await next(args);
      } catch (error) {
        throw isUnavailable(error) ? new DependencyUnavailableError(service, { cause: error }) : error;
      }
    },
    { step: 'initialize', name: 'rmaReportUnavailable' },
  );
  return client;
}

export function createDocumentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  const client = reportUnavailable(new DynamoDBClient(base(options, { connectionTimeout: 1_000, requestTimeout: 2_500 })), 'DynamoDB');
  // The document client shares the base client's middleware stack.
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
