/** The S3 client, in a module of its own so that functions needing it for some requests only load it then (./aws-clients.ts). */
import { S3Client } from '@aws-sdk/client-s3';
import { base, type ClientOptions, reportUnavailable } from './aws-clients.js';

export function createS3Client(options: ClientOptions = {}): S3Client {
  // Path-style addressing only where an endpoint is given (s3rver serves buckets as paths).
  return reportUnavailable(new S3Client({ ...base(options), forcePathStyle: options.endpoint !== undefined }), 'S3');
}
