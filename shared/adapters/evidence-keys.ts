/**
 * Evidence keys (`evidence/<rmaId>/<evidenceId>`, characters S3 never has to encode), how long
 * upload forms and download links live, and a safe download name: what the APIs and the verifier
 * need of the bucket without its S3 client (./evidence-bucket.ts).
 */
import { EVIDENCE_PREFIX } from '../topology.js';

export const UPLOAD_EXPIRES_SECONDS = 15 * 60;
export const DOWNLOAD_EXPIRES_SECONDS = 15 * 60;

/** A file name safe inside a quoted `content-disposition` value (the stored name is the shopper's). */
export function attachmentName(fileName: string): string {
  return fileName.replace(/[^A-Za-z0-9._ -]/g, '_').slice(0, 100) || 'evidence';
}

export function evidenceKey(rmaId: string, evidenceId: string): string {
  return `${EVIDENCE_PREFIX}${rmaId}/${evidenceId}`;
}

export function parseEvidenceKey(key: string): { rmaId: string; evidenceId: string } | null {
  const match = /^evidence\/([0-9A-Z]{26})\/([0-9A-Z]{26})$/.exec(key);
  return match ? { rmaId: match[1]!, evidenceId: match[2]! } : null;
}

