/**
 * Evidence uploads from the browser straight to S3: a slot from the API (`POST …/evidence`, a
 * presigned POST), then the file posted to S3 with its form fields, with progress. The verifier
 * checks the file after it lands; the page sees the verdict on the RMA.
 *
 * A retry never spends a slot on a file that already landed: it first asks the RMA whether the
 * slot's file was verified (or refused) meanwhile, then posts the same form again while it is
 * valid (the same key; a second copy of a verified file is ignored), and only asks for a new slot
 * once the old form expired (an expired, unused slot does not count against the limit).
 */
import { useState } from 'preact/hooks';
import { type Api, ApiError, type EvidenceKind, type EvidenceUpload, must, type Policy, type Rma } from './api.js';

export type UploadState = 'requesting' | 'uploading' | 'checking' | 'verified' | 'rejected' | 'failed';

export interface Upload {
  readonly id: number;
  readonly file: File;
  readonly kind: EvidenceKind;
  readonly state: UploadState;
  /** 0–1 while uploading. */
  readonly progress: number;
  readonly slot?: EvidenceUpload;
  readonly error?: string;
}

/** The kind a content type is evidence of under the policy, or null when no kind takes it. */
export function kindOf(policy: Policy, contentType: string): EvidenceKind | null {
  for (const [kind, rule] of Object.entries(policy.uploads.kinds) as [EvidenceKind, { contentTypes: string[] }][]) {
    if (rule.contentTypes.includes(contentType)) return kind;
  }
  return null;
}

/** Posts `file` with the slot's form fields to S3, reporting progress; S3's own message on refusal. */
function postToS3(slot: EvidenceUpload, file: File, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(slot.upload.fields)) form.append(name, value);
    form.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', slot.upload.url);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      const message = /<Message>([^<]*)<\/Message>/.exec(request.responseText)?.[1];
      reject(new Error(message ?? `S3 answered ${request.status}`));
    };
    request.onerror = () => reject(new Error('network'));
    request.onabort = () => reject(new Error('aborted'));
    request.send(form);
  });
}

/** A form is used again only while it has a minute left (the upload itself takes time). */
const stillValid = (slot: EvidenceUpload) => Date.parse(slot.upload.expiresAt) - Date.now() > 60_000;

let nextId = 1;

export function useUploads(api: Api, rmaId: string, onLanded: () => void) {
  const [uploads, setUploads] = useState<readonly Upload[]>([]);
  const update = (id: number, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.id === id ? { ...u, ...change } : u)));

  const send = async (upload: Upload, slot: EvidenceUpload) => {
    update(upload.id, { slot, state: 'uploading', progress: 0, error: undefined });
    try {
      await postToS3(slot, upload.file, (progress) => update(upload.id, { progress }));
      update(upload.id, { state: 'checking', progress: 1 });
      onLanded();
    } catch (e) {
      update(upload.id, { state: 'failed', error: e instanceof Error && e.message !== 'network' ? e.message : undefined });
    }
  };

  const requestSlot = async (upload: Upload) => {
    update(upload.id, { state: 'requesting', error: undefined });
    try {
      const slot = await must(
        api.POST('/v1/rmas/{rmaId}/evidence', {
          params: { path: { rmaId } },
          body: { kind: upload.kind, contentType: upload.file.type, fileName: upload.file.name, size: upload.file.size },
        }),
      );
      await send(upload, slot);
    } catch (e) {
      update(upload.id, { state: 'failed', error: e instanceof ApiError ? e.code : undefined });
    }
  };

  /** Starts uploading `file` as `kind`. */
  const add = (file: File, kind: EvidenceKind) => {
    const upload: Upload = { id: nextId++, file, kind, state: 'requesting', progress: 0 };
    setUploads((all) => [...all, upload]);
    void requestSlot(upload);
  };

  const retry = async (upload: Upload) => {
    const { slot } = upload;
    if (slot === undefined) return requestSlot(upload);
    update(upload.id, { state: 'requesting', error: undefined });
    let rma: Rma;
    try {
      rma = await must(api.GET('/v1/rmas/{rmaId}', { params: { path: { rmaId } } }));
    } catch {
      return update(upload.id, { state: 'failed' });
    }
    const landed = rma.evidence.find((e) => e.evidenceId === slot.evidenceId);
    if (landed?.status === 'verified' || landed?.status === 'rejected') {
      update(upload.id, { state: landed.status, progress: 1 });
      return onLanded();
    }
    return stillValid(slot) ? send(upload, slot) : requestSlot(upload);
  };

  /** The RMA as last read says what became of the files that landed. */
  const settle = (rma: Rma) =>
    setUploads((all) =>
      all.map((u) => {
        const verdict = u.state === 'checking' ? rma.evidence.find((e) => e.evidenceId === u.slot?.evidenceId)?.status : undefined;
        return verdict === 'verified' || verdict === 'rejected' ? { ...u, state: verdict } : u;
      }),
    );

  return { uploads, add, retry, settle };
}
