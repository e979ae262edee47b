import { afterEach, describe, expect, it, vi } from 'vitest';
import { onFirstUse } from '../../shared/adapters/on-first-use.js';

describe('a client made on first use (cold start, issue 13)', () => {
  it('is made once, on the first call, and shared by calls made meanwhile', async () => {
    let made = 0;
    const client = onFirstUse(async () => ({ id: ++made }));
    expect(made).toBe(0);
    const [a, b] = await Promise.all([client(), client()]);
    expect(await client()).toBe(a);
    expect(b).toBe(a);
    expect(made).toBe(1);
  });

  it('is tried again on the next call after a failed attempt', async () => {
    let attempts = 0;
    const client = onFirstUse(async () => {
      if (++attempts === 1) throw new Error('chunk not loaded');
      return 'client';
    });
    await expect(client()).rejects.toThrow('chunk not loaded');
    expect(await client()).toBe('client');
    expect(attempts).toBe(2);
  });
});

describe('the evidence bucket made on first use', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('presigns an upload form through the S3 client it loads then (no request is sent to presign)', async () => {
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'unit');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'unit');
    const { evidenceBucketOnFirstUse } = await import('../../shared/adapters/evidence-bucket-on-first-use.js');
    const bucket = evidenceBucketOnFirstUse('evidence-bucket');
    const form = await bucket.presignUpload('evidence/01J000000000000000000000AA/01J000000000000000000000BB', 'image/jpeg', 1234, new Date('2026-11-25T00:00:00Z'));
    expect(form.url).toContain('evidence-bucket');
    expect(form.fields.key).toBe('evidence/01J000000000000000000000AA/01J000000000000000000000BB');
    expect(form.fields['Content-Type']).toBe('image/jpeg');
    expect(form.expiresAt).toBe('2026-11-25T00:15:00.000Z');
  });
});
