/**
 * AWS SDK clients, created once per runtime (module scope of a Lambda entry, or once by the
 * local stack) and injected into adapters. Only `endpoint` and credentials differ between AWS
 * and the local stack; nothing else here knows where it runs.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ClientOptions {
  readonly region?: string;
  readonly endpoint?: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** Retries of throttling and transient errors by the SDK's standard retry strategy. */
  readonly maxAttempts?: number;
}

function base(options: ClientOptions) {
  return {
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: options.maxAttempts ?? 3,
  };
}

export function createDocumentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(base(options)), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

export function createS3Client(options: ClientOptions = {}): S3Client {
  // Path-style addressing only where an endpoint is given (s3rver serves buckets as paths).
  return new S3Client({ ...base(options), forcePathStyle: options.endpoint !== undefined });
}

export function createSchedulerClient(options: ClientOptions = {}): SchedulerClient {
  return new SchedulerClient(base(options));
}

/** SES throttles by sending rate: give its retries more room than the default. */
export function createSesClient(options: ClientOptions = {}): SESv2Client {
  return new SESv2Client(base({ maxAttempts: 5, ...options }));
}
