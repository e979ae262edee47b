/**
 * R-EVIDENCE: "accompanied with its picture and brief explanation or test report". Only
 * evidence whose upload was verified counts.
 */
import { DomainError } from './errors.js';
import type { EvidenceKind, Policy, ReasonRule } from './policy/book.js';
import type { Evidence, Rma } from './rma.js';

/** What is still missing before the RMA can be submitted; empty when complete. */
export function missingEvidence(rule: ReasonRule['evidence'], evidence: readonly Evidence[], explanation: string): string[] {
  const verified = evidence.filter((e) => e.status === 'verified');
  const count = (kinds: readonly EvidenceKind[]) => verified.filter((e) => kinds.includes(e.kind)).length;
  const missing: string[] = [];
  for (const group of rule.files) {
    if (count(group.anyOf) < group.min) missing.push(`${group.min} verified ${group.anyOf.join(' or ')}`);
  }
  const text = rule.explanation;
  if (text !== null && explanation.trim().length < text.minLength && count(text.orFileOf) === 0) {
    const alternative = text.orFileOf.length > 0 ? ` or a verified ${text.orFileOf.join(' or ')}` : '';
    missing.push(`an explanation of at least ${text.minLength} characters${alternative}`);
  }
  return missing;
}

export interface EvidenceRequest {
  readonly evidenceId: string;
  readonly kind: EvidenceKind;
  readonly contentType: string;
  readonly fileName: string;
  readonly size: number;
  /** When the upload form that goes with it expires. */
  readonly uploadExpiresAt: Date;
}

/**
 * Files that count against the limit: verified ones, and pending ones whose upload can still
 * land. A rejected file, or a slot whose form expired unused (a browser that retried), does not.
 */
function countsAgainstLimit(evidence: Evidence, now: Date): boolean {
  if (evidence.status === 'verified') return true;
  if (evidence.status === 'rejected') return false;
  return evidence.uploadExpiresAt === undefined || Date.parse(evidence.uploadExpiresAt) > now.getTime();
}

/**
 * Adds a pending evidence file to an RMA awaiting evidence, within the policy's limits:
 * a content type of the kind (415), at most the kind's size (413), at most N files (409).
 * Rejected files and expired unused slots do not count against the limit.
 */
export function addEvidence(policy: Policy, rma: Rma, request: EvidenceRequest, now: Date): Rma {
  if (rma.status !== 'awaiting_evidence') {
    throw new DomainError('invalid_state', `Evidence can be added while the RMA awaits evidence; it is ${rma.status}.`, { rmaStatus: rma.status });
  }
  const limits = policy.uploads.kinds[request.kind];
  if (!limits.contentTypes.includes(request.contentType)) {
    throw new DomainError('unsupported_media_type', `A ${request.kind} must be one of ${limits.contentTypes.join(', ')}.`, {
      allowed: limits.contentTypes,
    });
  }
  if (request.size > limits.maxBytes) {
    throw new DomainError('file_too_large', `A ${request.kind} may be at most ${limits.maxBytes} bytes.`, { maxBytes: limits.maxBytes });
  }
  const counted = rma.evidence.filter((e) => countsAgainstLimit(e, now)).length;
  if (counted >= policy.uploads.maxFilesPerRma) {
    throw new DomainError('evidence_limit_reached', `An RMA holds at most ${policy.uploads.maxFilesPerRma} files.`);
  }
  const evidence: Evidence = {
    evidenceId: request.evidenceId,
    kind: request.kind,
    status: 'pending',
    contentType: request.contentType,
    size: request.size,
    fileName: request.fileName,
    sha256: null,
    versionId: null,
    uploadExpiresAt: request.uploadExpiresAt.toISOString(),
  };
  return { ...rma, evidence: [...rma.evidence, evidence], version: rma.version + 1, updatedAt: now.toISOString() };
}

export interface UploadFacts {
  readonly size: number;
  readonly signatureMatches: boolean;
  readonly sha256: string;
  /** The object version that was read, where the bucket keeps versions. */
  readonly versionId: string | null;
}

export type VerificationResult =
  | { readonly kind: 'recorded'; readonly rma: Rma; readonly status: 'verified' | 'rejected'; readonly why?: string }
  | { readonly kind: 'ignored'; readonly why: string };

/**
 * Records what the uploaded object turned out to be. Only a pending file is judged, so a
 * repeated S3 event changes nothing.
 */
export function recordUpload(policy: Policy, rma: Rma, evidenceId: string, upload: UploadFacts, now: Date): VerificationResult {
  const evidence = rma.evidence.find((e) => e.evidenceId === evidenceId);
  if (evidence === undefined) return { kind: 'ignored', why: 'no such evidence' };
  if (evidence.status !== 'pending') return { kind: 'ignored', why: `already ${evidence.status}` };
  const why =
    upload.size !== evidence.size
      ? `size ${upload.size} differs from the declared ${evidence.size}`
      : upload.size > policy.uploads.kinds[evidence.kind].maxBytes
        ? 'too large'
        : !upload.signatureMatches
          ? `content is not ${evidence.contentType}`
          : undefined;
  const status = why === undefined ? ('verified' as const) : ('rejected' as const);
  const verified = status === 'verified';
  const updated: Evidence = { ...evidence, status, sha256: verified ? upload.sha256 : null, versionId: verified ? upload.versionId : null };
  const at = now.toISOString();
  return {
    kind: 'recorded',
    status,
    ...(why ? { why } : {}),
    rma: {
      ...rma,
      evidence: rma.evidence.map((e) => (e.evidenceId === evidenceId ? updated : e)),
      version: rma.version + 1,
      updatedAt: at,
      timeline: [
        ...rma.timeline,
        { at, actor: 'system', type: `evidence_${status}`, data: { evidenceId, kind: evidence.kind, ...(why ? { why } : {}) } },
      ],
    },
  };
}
