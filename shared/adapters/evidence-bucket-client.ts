/** The evidence bucket with its S3 client: imported dynamically by functions that need it only for some requests (./on-first-use.ts). */
import { createS3Client } from './s3-client.js';
import { EvidenceBucket } from './evidence-bucket.js';

export function openEvidenceBucket(bucketName: string): EvidenceBucket {
  return new EvidenceBucket(createS3Client(), bucketName);
}
