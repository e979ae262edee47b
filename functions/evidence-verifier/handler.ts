/**
 * S3 object-created handler for evidence uploads. This slice decodes the notification and
 * records what arrived; checking magic bytes and size, hashing and marking evidence
 * verified/rejected land with the evidence endpoints (issue 4).
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, S3Event } from 'aws-lambda';

/** Real S3 URL-encodes keys in notifications (spaces as `+`); s3rver sends them raw. Both decode the same. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

export interface EvidenceVerifierDeps {
  readonly logger: Logger;
}

export function createEvidenceVerifier(deps: EvidenceVerifierDeps) {
  const lambdaHandler = async (event: S3Event): Promise<{ readonly received: readonly string[] }> => {
    const received = event.Records.map((r) => decodeS3Key(r.s3.object.key));
    for (const key of received) deps.logger.info('Evidence upload received', { key });
    return { received };
  };
  return middy<S3Event, { readonly received: readonly string[] }, Error, Context>(lambdaHandler).use(
    injectLambdaContext(deps.logger),
  );
}
