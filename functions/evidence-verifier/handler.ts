/**
 * S3 object-created handler for evidence uploads: reads the object once (size, first bytes,
 * SHA-256), judges it against what was declared, and records `verified` (tagged, kept) or
 * `rejected` (deleted). Every step can run again: a repeated event, or a retry after a partial
 * failure, converges on the same result.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, S3Event } from 'aws-lambda';
import type { EvidenceBucket } from '../../shared/adapters/evidence-bucket.js';
import { parseEvidenceKey } from '../../shared/adapters/evidence-keys.js';
import { retryOnConflict } from '../../shared/adapters/transact.js';
import type { RmaStore } from '../../shared/adapters/rma-store.js';
import type { RmaEvents } from '../../shared/app/rma-events.js';
import { recordUpload } from '../../shared/domain/evidence.js';
import { matchesContentType } from '../../shared/domain/file-signature.js';
import type { PolicyBook } from '../../shared/domain/policy/book.js';
import type { Clock } from '../../shared/runtime.js';

/** Real S3 URL-encodes keys in notifications (spaces as `+`); s3rver sends them raw. Both decode the same. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

export interface EvidenceVerifierDeps {
  readonly now: Clock;
  readonly logger: Logger;
  readonly book: PolicyBook;
  readonly rmas: RmaStore;
  readonly events: RmaEvents;
  readonly bucket: EvidenceBucket;
}

export type Verdict = { readonly key: string; readonly result: 'verified' | 'rejected' | 'ignored'; readonly why?: string };

export function createEvidenceVerifier(deps: EvidenceVerifierDeps) {
  const { now, logger, book, rmas, events, bucket } = deps;

  async function verify(key: string, versionId: string | undefined): Promise<Verdict> {
    const ids = parseEvidenceKey(key);
    if (ids === null) return { key, result: 'ignored', why: 'not an evidence key' };
    const evidenceOf = async () => {
      const rma = await rmas.get(ids.rmaId);
      return { rma, evidence: rma?.evidence.find((e) => e.evidenceId === ids.evidenceId) };
    };
    // Judge the record before reading the object: a repeated event costs no download.
    const before = await evidenceOf();
    if (before.rma === null || before.evidence === undefined) return { key, result: 'ignored', why: 'no such evidence' };
    if (before.evidence.status !== 'pending') {
      // A rejected file whose delete did not happen the first time is deleted now.
      if (before.evidence.status === 'rejected') await bucket.delete(key, versionId);
      return { key, result: 'ignored', why: `already ${before.evidence.status}` };
    }
    const facts = await bucket.inspect(key, versionId);
    if (facts === null) return { key, result: 'ignored', why: 'object no longer exists' };
    return retryOnConflict(async () => {
      const { rma, evidence } = await evidenceOf();
      if (rma === null || evidence === undefined) return { key, result: 'ignored', why: 'no such evidence' };
      const outcome = recordUpload(
        book.forVersion(rma.policyVersion),
        rma,
        ids.evidenceId,
        {
          size: facts.size,
          sha256: facts.sha256,
          versionId: versionId ?? null,
          signatureMatches: matchesContentType(evidence.contentType, facts.firstBytes),
        },
        now(),
      );
      if (outcome.kind === 'ignored') return { key, result: 'ignored', why: outcome.why };
      // Tag before recording: a file recorded verified must never be left for the pending-upload expiry.
      if (outcome.status === 'verified') await bucket.markVerified(key, versionId);
      const at = now();
      await rmas.write({ rma: outcome.rma, previous: rma, outbox: await events.messages(rma, outcome.rma, at) }, at);
      if (outcome.status === 'rejected') await bucket.delete(key, versionId);
      return { key, result: outcome.status, ...(outcome.why ? { why: outcome.why } : {}) };
    });
  }

  const lambdaHandler = async (event: S3Event): Promise<{ readonly verdicts: readonly Verdict[] }> => {
    const verdicts: Verdict[] = [];
    for (const record of event.Records) {
      const key = decodeS3Key(record.s3.object.key);
      logger.setCorrelationId(parseEvidenceKey(key)?.rmaId ?? key);
      const verdict = await verify(key, record.s3.object.versionId);
      logger.info('Evidence upload checked', { ...verdict });
      verdicts.push(verdict);
    }
    return { verdicts };
  };
  return middy<S3Event, { readonly verdicts: readonly Verdict[] }, Error, Context>(lambdaHandler).use(injectLambdaContext(deps.logger));
}
