import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { advanceClock, call, drain, localNow, opsToken, sdkOptions, stack } from '../support/client.js';
import { attach, EVIDENCE_BY_REASON, postFile, requestUpload, type Upload } from '../support/evidence.js';
import { JPEG, PDF, PNG } from '../support/files.js';
import { openRma, rmaRequest, type Shopper, shopperWithOrder } from '../support/shopper.js';

const rmaOf = async (s: Shopper, rmaId: string) => (await call('GET', `/v1/rmas/${rmaId}`, { headers: s.headers })).body;

describe('evidence uploads through presigned S3 POST', () => {
  it('issues a POST whose policy pins the key, the content type and the exact size', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    const reply = await requestUpload(shopper, rma.rmaId, { kind: 'photo', contentType: 'image/jpeg', fileName: 'board.jpg', size: JPEG.length });
    expect(reply.body).toMatchObject({ status: 'pending', maxBytes: 10 * 1024 * 1024 });
    const { fields } = reply.body.upload;
    expect(fields.key).toBe(`evidence/${rma.rmaId}/${reply.body.evidenceId}`);
    const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8')) as { conditions: unknown[]; expiration: string };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', JPEG.length, JPEG.length],
        ['eq', '$Content-Type', 'image/jpeg'],
        { key: fields.key },
        { bucket: stack().names.bucketName },
      ]),
    );
    // Locally the S3 runs on the local clock, so the form expires 15 minutes after local now.
    const validFor = Date.parse(policy.expiration) - (await localNow()).getTime();
    expect(validFor).toBeGreaterThan(14 * 60_000);
    expect(validFor).toBeLessThanOrEqual(15 * 60_000 + 5_000);
  });

  const journeys = Object.entries(EVIDENCE_BY_REASON).map(([reason, { extra, files }]) => [reason, extra, files] as const);

  it.each(journeys)('takes a %s return from session to submitted', async (reason, extra, files) => {
    const shopper = await shopperWithOrder();
    const order = await call('GET', `/v1/orders/${shopper.orderId}`, { headers: shopper.headers });
    expect(order.body.lines[0].reasons[reason].eligible).toBe(true);
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId, { reason, ...extra }))).body;
    for (const [kind, type, file] of files) await attach(shopper, rma.rmaId, kind, type, file);
    await drain();
    const withEvidence = await rmaOf(shopper, rma.rmaId);
    expect(withEvidence.evidence.map((e: { status: string }) => e.status)).toEqual(files.map(() => 'verified'));
    const submitted = await call('POST', `/v1/rmas/${rma.rmaId}/submit`, { headers: shopper.headers });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.deadlines.decisionDueBy).not.toBeNull();
  });

  it('treats a second object-created event for a verified file as done', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    const reply = await requestUpload(shopper, rma.rmaId, { kind: 'photo', contentType: 'image/jpeg', fileName: 'p.jpg', size: JPEG.length });
    await postFile(reply.body.upload, JPEG, 'image/jpeg');
    await drain();
    const first = await rmaOf(shopper, rma.rmaId);
    await postFile(reply.body.upload, JPEG, 'image/jpeg');
    await drain();
    const again = await rmaOf(shopper, rma.rmaId);
    expect(again.evidence).toEqual(first.evidence);
    expect(again.evidence[0].status).toBe('verified');
    expect(again.timeline.filter((t: { type: string }) => t.type === 'evidence_verified')).toHaveLength(1);
  });

  it('refuses to submit before the evidence is verified, listing what is missing', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId, { explanation: 'Dead.' }))).body;
    const reply = await call('POST', `/v1/rmas/${rma.rmaId}/submit`, { headers: shopper.headers });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'evidence_incomplete', missing: ['1 verified photo', expect.stringContaining('explanation')] });
    expect((await rmaOf(shopper, rma.rmaId)).status).toBe('awaiting_evidence');
  });

  it('rejects a PNG declared as a PDF after upload, and deletes it', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    const evidenceId = await attach(shopper, rma.rmaId, 'test_report', 'application/pdf', PNG);
    await drain();
    const after = await rmaOf(shopper, rma.rmaId);
    expect(after.evidence).toEqual([expect.objectContaining({ evidenceId, status: 'rejected' })]);
    expect(after.timeline.at(-1)).toMatchObject({ type: 'evidence_rejected', data: { why: 'content is not application/pdf' } });
    const s3 = new S3Client(sdkOptions(stack().urls.s3));
    await expect(
      s3.send(new HeadObjectCommand({ Bucket: stack().names.bucketName, Key: `evidence/${rma.rmaId}/${evidenceId}` })),
    ).rejects.toMatchObject({ name: 'NotFound' });
  });

  it.each([
    ['an unsupported content type', { kind: 'photo', contentType: 'image/gif', size: 10 }, 415, 'unsupported_media_type'],
    ['a declared size over the limit', { kind: 'photo', contentType: 'image/jpeg', size: 10 * 1024 * 1024 + 1 }, 413, 'file_too_large'],
    ['a zero size', { kind: 'photo', contentType: 'image/jpeg', size: 0 }, 400, 'validation_failed'],
    ['an unknown kind', { kind: 'audio', contentType: 'audio/mpeg', size: 10 }, 400, 'validation_failed'],
  ])('refuses %s and records nothing', async (_, body, status, code) => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    const reply = await requestUpload(shopper, rma.rmaId, { fileName: 'f', ...body });
    expect(reply.status).toBe(status);
    expect((reply.body as unknown as { code: string }).code).toBe(code);
    expect((await rmaOf(shopper, rma.rmaId)).evidence).toEqual([]);
  });

  it('refuses the 11th file with 409 evidence_limit_reached', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    const body = { kind: 'photo', contentType: 'image/jpeg', fileName: 'p.jpg', size: JPEG.length };
    for (let i = 0; i < 10; i++) expect((await requestUpload(shopper, rma.rmaId, body)).status).toBe(201);
    const eleventh = await requestUpload(shopper, rma.rmaId, body);
    expect(eleventh.status).toBe(409);
    expect((eleventh.body as unknown as { code: string }).code).toBe('evidence_limit_reached');
    expect((await rmaOf(shopper, rma.rmaId)).evidence).toHaveLength(10);
  });

  it('frees the slots of uploads that never landed once their forms expire (a browser that retried)', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    const body = { kind: 'photo', contentType: 'image/jpeg', fileName: 'p.jpg', size: JPEG.length };
    const slots = [];
    for (let i = 0; i < 10; i++) slots.push((await requestUpload(shopper, rma.rmaId, body)).body);
    expect((await requestUpload(shopper, rma.rmaId, body)).status).toBe(409);
    const expiresAt = Date.parse(slots.at(-1)!.upload.expiresAt);
    await advanceClock(Math.ceil((expiresAt - (await localNow()).getTime()) / 1000) + 1);
    const retried = await requestUpload(shopper, rma.rmaId, body);
    expect(retried.status).toBe(201);
    expect(await postFile(retried.body.upload, JPEG, 'image/jpeg')).toBe(204);
  });
});

describe('after submission', () => {
  it('holds a damaged item until ops instruct: shipment is 409 awaiting_instructions', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId, { reason: 'damaged_in_transit', explanation: 'Crushed.' }))).body;
    const early = await call('POST', `/v1/rmas/${rma.rmaId}/shipment`, { body: { carrier: 'DHL', trackingNumber: 'JD0146000011' }, headers: shopper.headers });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'awaiting_instructions', status: 409 });
    await attach(shopper, rma.rmaId, 'photo', 'image/jpeg', JPEG);
    await drain();
    await call('POST', `/v1/rmas/${rma.rmaId}/submit`, { headers: shopper.headers });
    const submitted = await call('POST', `/v1/rmas/${rma.rmaId}/shipment`, { body: { carrier: 'DHL', trackingNumber: 'JD0146000011' }, headers: shopper.headers });
    expect(submitted.body.code).toBe('awaiting_instructions');
    expect((await rmaOf(shopper, rma.rmaId)).status).toBe('submitted');
  });

  it('takes inquiries only about a resolved refund', async () => {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    const reply = await call('POST', `/v1/rmas/${rma.rmaId}/inquiries`, { body: { message: 'Where is my refund?' }, headers: shopper.headers });
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ code: 'invalid_state', status: 409 });
  });
});

describe('the local S3 checks a presigned POST as S3 does', () => {
  async function form() {
    const shopper = await shopperWithOrder();
    const rma = (await openRma(shopper, rmaRequest(shopper.orderId))).body;
    const reply = await requestUpload(shopper, rma.rmaId, { kind: 'photo', contentType: 'image/jpeg', fileName: 'p.jpg', size: JPEG.length });
    return { shopper, rma, upload: reply.body.upload as Upload['upload'] };
  }
  /** Posts `file` with the form's fields, changed as given (a field set to null is left out). */
  async function post(upload: Upload['upload'], file: Buffer, changes: Record<string, string | null> = {}) {
    const body = new FormData();
    for (const [name, value] of Object.entries({ ...upload.fields, ...changes })) if (value !== null) body.append(name, value);
    body.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), 'upload');
    const response = await fetch(upload.url, { method: 'POST', body });
    const text = await response.text();
    return { status: response.status, code: /<Code>([^<]+)<\/Code>/.exec(text)?.[1], message: /<Message>([^<]+)<\/Message>/.exec(text)?.[1] };
  }

  it.each([
    ['one byte more than declared', (f: Buffer) => [Buffer.concat([f, Buffer.from([0])]), {}], 400, 'EntityTooLarge'],
    ['one byte less than declared', (f: Buffer) => [f.subarray(1), {}], 400, 'EntityTooSmall'],
    ['another key', (f: Buffer) => [f, { key: 'evidence/01ARZ3NDEKTSV4RRFFQ69G5FAV/01ARZ3NDEKTSV4RRFFQ69G5FAV' }], 403, 'AccessDenied'],
    ['another content type', (f: Buffer) => [f, { 'Content-Type': 'text/html' }], 403, 'AccessDenied'],
    ['a field the policy does not cover', (f: Buffer) => [f, { 'x-amz-meta-note': 'hi' }], 403, 'AccessDenied'],
    ['a policy rewritten to allow any size', (f: Buffer) => [f, { Policy: 'eyJleHBpcmF0aW9uIjoiMjA5OS0wMS0wMVQwMDowMDowMFoiLCJjb25kaXRpb25zIjpbXX0=' }], 403, 'SignatureDoesNotMatch'],
    ['no signature', (f: Buffer) => [f, { 'X-Amz-Signature': null }], 403, 'SignatureDoesNotMatch'],
  ] as const)('refuses %s with %i %s and stores nothing', async (_, change, status, code) => {
    const { shopper, rma, upload } = await form();
    const [file, changes] = change(JPEG) as [Buffer, Record<string, string | null>];
    expect(await post(upload, file, changes)).toMatchObject({ status, code });
    await drain();
    expect((await rmaOf(shopper, rma.rmaId)).evidence.map((e: { status: string }) => e.status)).toEqual(['pending']);
  });

  it('refuses a form once it has expired on the local clock', async () => {
    const { upload } = await form();
    await advanceClock(15 * 60 + 1);
    expect(await post(upload, JPEG)).toMatchObject({ status: 403, code: 'AccessDenied', message: expect.stringContaining('Policy expired') });
  });

  it('keeps versions: a form posted again after verification does not change what ops download', async () => {
    const { shopper, rma, upload } = await form();
    expect(await post(upload, JPEG)).toMatchObject({ status: 204 });
    await drain();
    // Same size, other bytes: S3 accepts it while the form is valid (a new version of the key).
    const other = Buffer.alloc(JPEG.length, '<html>');
    expect(await post(upload, other)).toMatchObject({ status: 204 });
    await drain();
    expect((await rmaOf(shopper, rma.rmaId)).evidence.map((e: { status: string }) => e.status)).toEqual(['verified']);
    const ops = { authorization: `Bearer ${await opsToken()}` };
    const [evidence] = (await call('GET', `/v1/ops/rmas/${rma.rmaId}`, { headers: ops })).body.evidence;
    expect(evidence.sha256).toBe(createHash('sha256').update(JPEG).digest('hex'));
    const download = Buffer.from(await (await fetch(evidence.downloadUrl)).arrayBuffer());
    expect(download.equals(JPEG)).toBe(true);
  });
});
