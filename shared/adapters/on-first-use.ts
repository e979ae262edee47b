/**
 * Clients that only some requests need, made on the first request that needs them instead of at
 * every cold start: their code is imported dynamically, so the bundler puts it in a chunk of its
 * own (infra/bundle.ts) that Node parses only then (issue 13: cold start).
 */
import type { EvidenceBucket } from './evidence-bucket.js';

/** `make()` once, on the first call; a failed attempt is tried again on the next call. */
export function onFirstUse<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}

/** The evidence bucket's presigning, with the S3 client loaded on the first upload form or download link. */
export function evidenceBucketOnFirstUse(bucketName: string): Pick<EvidenceBucket, 'presignUpload' | 'presignDownload'> {
  const bucket = onFirstUse(async () => (await import('./evidence-bucket-client.js')).openEvidenceBucket(bucketName));
  return {
    presignUpload: async (...args) => (await bucket()).presignUpload(...args),
    presignDownload: async (...args) => (await bucket()).presignDownload(...args),
  };
}
