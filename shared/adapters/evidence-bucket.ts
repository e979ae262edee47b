/**
 * The evidence bucket: presigned POST uploads whose policy pins the exact key, the content
 * type and the exact size, and the reads and deletes the verifier needs. Keys are
 * `evidence/<rmaId>/<evidenceId>`, characters S3 never has to encode.
 */
import { createHash } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { SIGNATURE_BYTES } from '../domain/file-signature.js';
import { EVIDENCE_STATUS_TAG } from '../topology.js';
import { attachmentName, DOWNLOAD_EXPIRES_SECONDS, UPLOAD_EXPIRES_SECONDS } from './evidence-keys.js';

const tagging = (value: string) =>
  `<Tagging><TagSet><Tag><Key>${EVIDENCE_STATUS_TAG.key}</Key><Value>${value}</Value></Tag></TagSet></Tagging>`;

export interface PresignedUpload {
  readonly url: string;
  readonly fields: Record<string, string>;
  readonly expiresAt: string;
}

export interface ObjectFacts {
  readonly size: number;
  readonly firstBytes: Uint8Array;
  readonly sha256: string;
}

export class EvidenceBucket {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async presignUpload(key: string, contentType: string, size: number, now: Date): Promise<PresignedUpload> {
    const { url, fields } = await createPresignedPost(this.s3, {
      Bucket: this.bucket,
      Key: key,
      Conditions: [
        ['content-length-range', size, size],
        ['eq', '$Content-Type', contentType],
        ['eq', '$tagging', tagging(EVIDENCE_STATUS_TAG.pending)],
      ],
      Fields: { 'Content-Type': contentType, tagging: tagging(EVIDENCE_STATUS_TAG.pending) },
      Expires: UPLOAD_EXPIRES_SECONDS,
    });
    return { url, fields, expiresAt: new Date(now.getTime() + UPLOAD_EXPIRES_SECONDS * 1000).toISOString() };
  }

  /**
   * A presigned GET of exactly the verified version, served as an attachment of its declared
   * type (never rendered inline by the browser). S3 checks the signature against its own clock,
   * so the URL is signed with the client's view of it (the system time, corrected by the SDK's
   * clock offset, as presigned POSTs are); `now` only dates the answer's `expiresAt`.
   */
  async presignDownload(
    key: string,
    file: { readonly versionId: string | null; readonly contentType: string; readonly fileName: string },
    now: Date,
  ): Promise<{ readonly url: string; readonly expiresAt: string }> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ...(file.versionId ? { VersionId: file.versionId } : {}),
      ResponseContentType: file.contentType,
      ResponseContentDisposition: `attachment; filename="${attachmentName(file.fileName)}"`,
    });
    const signingDate = new Date(Date.now() + (this.s3.config.systemClockOffset ?? 0));
    const url = await getSignedUrl(this.s3, command, { expiresIn: DOWNLOAD_EXPIRES_SECONDS, signingDate });
    return { url, expiresAt: new Date(now.getTime() + DOWNLOAD_EXPIRES_SECONDS * 1000).toISOString() };
  }

  /** Reads the object once: its size, its first bytes and its SHA-256. */
  async inspect(key: string, versionId?: string): Promise<ObjectFacts | null> {
    let body;
    try {
      ({ Body: body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) })));
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
    if (body === undefined) return null;
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let size = 0;
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      if (size < SIGNATURE_BYTES) head.push(Buffer.from(chunk.subarray(0, SIGNATURE_BYTES - size)));
      size += chunk.length;
    }
    return { size, firstBytes: Buffer.concat(head), sha256: hash.digest('hex') };
  }

  async markVerified(key: string, versionId?: string): Promise<void> {
    await this.s3.send(
      new PutObjectTaggingCommand({
        Bucket: this.bucket,
        Key: key,
        ...(versionId ? { VersionId: versionId } : {}),
        Tagging: { TagSet: [{ Key: EVIDENCE_STATUS_TAG.key, Value: EVIDENCE_STATUS_TAG.verified }] },
      }),
    );
  }

  /** Deletes the uploaded version itself, not just hides it behind a delete marker. */
  async delete(key: string, versionId?: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
  }
}
