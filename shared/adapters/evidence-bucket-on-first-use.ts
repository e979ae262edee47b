/** The evidence bucket's presigning for the APIs, with its S3 client loaded on first use (./on-first-use.ts). */
import type { EvidenceBucket } from './evidence-bucket.js';
import { onFirstUse } from './on-first-use.js';

/** The evidence bucket's presigning, with the S3 client loaded on the first upload form or download link. */
export function evidenceBucketOnFirstUse(bucketName: string): Pick<EvidenceBucket, 'presignUpload' | 'presignDownload'> {
  const bucket = onFirstUse(async () => (await import('./evidence-bucket-client.js')).openEvidenceBucket(bucketName));
  return {
    presignUpload: async (...args) => (await bucket()).presignUpload(...args),
    presignDownload: async (...args) => (await bucket()).presignDownload(...args),
  };
}
