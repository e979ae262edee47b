/** Evidence uploads as the shopper's browser does them, and RMAs brought to `submitted`. */
import { expect } from 'vitest';
import { call, drain } from './client.js';
import { JPEG, MP4, PDF, PNG } from './files.js';
import { openRma, rmaRequest, type Shopper, shopperWithOrder } from './shopper.js';

export interface Upload {
  evidenceId: string;
  status: string;
  maxBytes: number;
  upload: { url: string; fields: Record<string, string>; expiresAt: string };
}

export const requestUpload = (s: Shopper, rmaId: string, body: Record<string, unknown>) =>
  call<Upload>('POST', `/v1/rmas/${rmaId}/evidence`, { body, headers: s.headers });

/** Posts the file as a browser would: the presigned fields, then the file, as multipart form data. */
export async function postFile(upload: Upload['upload'], file: Buffer, contentType: string): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file)], { type: contentType }), 'upload');
  return (await fetch(upload.url, { method: 'POST', body: form })).status;
}

export async function attach(s: Shopper, rmaId: string, kind: string, contentType: string, file: Buffer): Promise<string> {
  const reply = await requestUpload(s, rmaId, { kind, contentType, fileName: `${kind}.bin`, size: file.length });
  expect(reply.status).toBe(201);
  expect(await postFile(reply.body.upload, file, contentType)).toBe(204);
  return reply.body.evidenceId;
}

/** Per reason: what the shopper writes and uploads to complete the evidence (R-EVIDENCE). */
export const EVIDENCE_BY_REASON: Record<string, { extra: Record<string, unknown>; files: [string, string, Buffer][] }> = {
  faulty: { extra: {}, files: [['photo', 'image/jpeg', JPEG], ['test_report', 'application/pdf', PDF]] },
  damaged_in_transit: { extra: { explanation: 'Box crushed, pins bent.' }, files: [['video', 'video/mp4', MP4]] },
  incorrect_item: { extra: { explanation: 'Got the 5.0 V part instead of 3.3 V.' }, files: [['photo', 'image/png', PNG]] },
  other: { extra: { explanation: 'Ordered the wrong package size.' }, files: [['photo', 'image/jpeg', JPEG]] },
};

/** A shopper whose RMA for `reason` has verified evidence and was submitted. */
export async function submittedRma(reason = 'faulty', overrides: Record<string, unknown> = {}) {
  const shopper = await shopperWithOrder();
  const { extra, files } = EVIDENCE_BY_REASON[reason]!;
  const opened = await openRma(shopper, rmaRequest(shopper.orderId, { reason, ...extra, ...overrides }));
  expect(opened.status).toBe(201);
  for (const [kind, type, file] of files) await attach(shopper, opened.body.rmaId, kind, type, file);
  await drain();
  const submitted = await call('POST', `/v1/rmas/${opened.body.rmaId}/submit`, { headers: shopper.headers });
  expect(submitted.status).toBe(200);
  return { shopper, rma: submitted.body };
}
