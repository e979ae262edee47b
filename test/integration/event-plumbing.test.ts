/** The local event sources deliver what their AWS counterparts would, to the same functions. */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { call, sdkOptions, stack } from '../support/client.js';

interface Drained {
  delivered: { s3: number; stream: number; schedules: number; totals: { s3: number; stream: number; schedules: number } };
}

const totals = async () => (await call<Drained>('POST', '/_local/drain')).body.delivered.totals;
const s3 = () => new S3Client(sdkOptions(stack().urls.s3));
const put = (key: string) =>
  s3().send(new PutObjectCommand({ Bucket: stack().names.bucketName, Key: key, Body: Buffer.from([0xff, 0xd8, 0xff]), ContentType: 'image/jpeg' }));

describe('local S3 notifications', () => {
  it('deliver an object created under evidence/ to the verifier once', async () => {
    const before = await totals();
    await put('evidence/rma-1/ev-1');
    expect((await totals()).s3).toBe(before.s3 + 1);
  });

  it('ignore objects outside the evidence prefix, as the bucket notification filter does', async () => {
    const before = await totals();
    await put('other/thing');
    expect((await totals()).s3).toBe(before.s3);
  });
});
