import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/errors.js';
import { addEvidence, type EvidenceRequest, recordUpload } from '../../shared/domain/evidence.js';
import { matchesContentType } from '../../shared/domain/file-signature.js';
import { book, opened, openedAt, rmaIn } from '../support/domain.js';
import { HEIC, JPEG, MOV, MP4, PDF, PNG, WEBP } from '../support/files.js';

const policy = book.current;
const request = (over: Partial<EvidenceRequest> = {}): EvidenceRequest => ({
  evidenceId: 'ev-1',
  kind: 'photo',
  contentType: 'image/jpeg',
  fileName: 'board.jpg',
  size: JPEG.length,
  uploadExpiresAt: new Date(openedAt.getTime() + 15 * 60_000),
  ...over,
});
const codeOf = (action: () => unknown) => {
  try {
    action();
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('file signatures', () => {
  const files = { 'image/jpeg': JPEG, 'image/png': PNG, 'image/webp': WEBP, 'image/heic': HEIC, 'video/mp4': MP4, 'video/quicktime': MOV, 'application/pdf': PDF };
  const types = Object.keys(files) as (keyof typeof files)[];

  it.each(types)('recognises %s and nothing else as it', (type) => {
    for (const other of types) expect(matchesContentType(type, files[other]), `${other} as ${type}`).toBe(other === type);
  });

  it('refuses a content type outside the policy', () => {
    expect(matchesContentType('image/gif', Buffer.from('GIF89a'))).toBe(false);
  });
});

describe('adding evidence (upload limits of the policy)', () => {
  it('adds a pending file to an RMA awaiting evidence', () => {
    const rma = addEvidence(policy, opened(), request(), openedAt);
    expect(rma.evidence).toEqual([
      {
        evidenceId: 'ev-1', kind: 'photo', status: 'pending', contentType: 'image/jpeg', size: JPEG.length, fileName: 'board.jpg', sha256: null, versionId: null,
        uploadExpiresAt: new Date(openedAt.getTime() + 15 * 60_000).toISOString(),
      },
    ]);
  });

  it.each([
    ['a PNG declared as a test report', { kind: 'test_report' as const, contentType: 'image/png' }, 'unsupported_media_type'],
    ['a video as a photo', { contentType: 'video/mp4' }, 'unsupported_media_type'],
    ['a photo over 10 MiB', { size: 10 * 1024 * 1024 + 1 }, 'file_too_large'],
    ['a video over 100 MiB', { kind: 'video' as const, contentType: 'video/mp4', size: 100 * 1024 * 1024 + 1 }, 'file_too_large'],
  ])('refuses %s', (_, over, code) => {
    expect(codeOf(() => addEvidence(policy, opened(), request(over), openedAt))).toBe(code);
  });

  it('accepts exactly 10 MiB for a photo and 100 MiB for a video', () => {
    expect(codeOf(() => addEvidence(policy, opened(), request({ size: 10 * 1024 * 1024 }), openedAt))).toBeUndefined();
    expect(codeOf(() => addEvidence(policy, opened(), request({ kind: 'video', contentType: 'video/quicktime', size: 100 * 1024 * 1024 }), openedAt))).toBeUndefined();
  });

  it('refuses the 11th file, but not while one of ten was rejected', () => {
    let rma = opened();
    for (let i = 0; i < 10; i++) rma = addEvidence(policy, rma, request({ evidenceId: `ev-${i}` }), openedAt);
    expect(codeOf(() => addEvidence(policy, rma, request({ evidenceId: 'ev-10' }), openedAt))).toBe('evidence_limit_reached');
    const oneRejected = { ...rma, evidence: rma.evidence.map((e, i) => (i === 0 ? { ...e, status: 'rejected' as const } : e)) };
    expect(codeOf(() => addEvidence(policy, oneRejected, request({ evidenceId: 'ev-10' }), openedAt))).toBeUndefined();
  });

  it('stops counting a slot whose upload form expired unused, but not one still open or verified', () => {
    let rma = opened();
    for (let i = 0; i < 10; i++) rma = addEvidence(policy, rma, request({ evidenceId: `ev-${i}` }), openedAt);
    const formExpired = new Date(openedAt.getTime() + 15 * 60_000);
    expect(codeOf(() => addEvidence(policy, rma, request({ evidenceId: 'ev-10' }), new Date(formExpired.getTime() - 1)))).toBe('evidence_limit_reached');
    expect(codeOf(() => addEvidence(policy, rma, request({ evidenceId: 'ev-10' }), formExpired))).toBeUndefined();
    const allVerified = { ...rma, evidence: rma.evidence.map((e) => ({ ...e, status: 'verified' as const })) };
    expect(codeOf(() => addEvidence(policy, allVerified, request({ evidenceId: 'ev-10' }), formExpired))).toBe('evidence_limit_reached');
  });

  it('refuses evidence once the RMA was submitted', () => {
    expect(codeOf(() => addEvidence(policy, rmaIn('submitted'), request(), openedAt))).toBe('invalid_state');
  });
});

describe('verifying an upload', () => {
  const pending = () => addEvidence(policy, opened(), request(), openedAt);
  const facts = { size: JPEG.length, signatureMatches: true, sha256: 'f'.repeat(64), versionId: 'v-1' };

  it('verifies a file of the declared size and type, and keeps its SHA-256 and the version that was checked', () => {
    const result = recordUpload(policy, pending(), 'ev-1', facts, openedAt);
    expect(result).toMatchObject({ kind: 'recorded', status: 'verified' });
    if (result.kind !== 'recorded') throw new Error('expected a verification');
    expect(result.rma.evidence[0]).toMatchObject({ status: 'verified', sha256: 'f'.repeat(64), versionId: 'v-1' });
    expect(result.rma.timeline.at(-1)).toMatchObject({ actor: 'system', type: 'evidence_verified' });
  });

  it.each([
    ['another size than declared', { size: JPEG.length + 1 }, /differs from the declared/],
    ['content that is not the declared type', { signatureMatches: false }, /is not image\/jpeg/],
  ])('rejects %s', (_, over, why) => {
    const result = recordUpload(policy, pending(), 'ev-1', { ...facts, ...over }, openedAt);
    expect(result).toMatchObject({ kind: 'recorded', status: 'rejected', why: expect.stringMatching(why) });
    if (result.kind === 'recorded') expect(result.rma.evidence[0]).toMatchObject({ status: 'rejected', sha256: null, versionId: null });
  });

  it('rejects a file over the limit even if it matches the declaration', () => {
    const declared = { ...pending(), evidence: [{ ...pending().evidence[0]!, size: 11 * 1024 * 1024 }] };
    expect(recordUpload(policy, declared, 'ev-1', { ...facts, size: 11 * 1024 * 1024 }, openedAt)).toMatchObject({ status: 'rejected', why: 'too large' });
  });

  it('ignores a repeated event and an unknown file', () => {
    const first = recordUpload(policy, pending(), 'ev-1', facts, openedAt);
    if (first.kind !== 'recorded') throw new Error('expected a verification');
    expect(recordUpload(policy, first.rma, 'ev-1', facts, openedAt)).toEqual({ kind: 'ignored', why: 'already verified' });
    expect(recordUpload(policy, pending(), 'ev-9', facts, openedAt)).toEqual({ kind: 'ignored', why: 'no such evidence' });
  });
});
