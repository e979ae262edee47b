import { describe, expect, it } from 'vitest';
import { signStorefrontPayload, verifyStorefrontSignature } from '../../shared/http/storefront-signature.js';

const secret = 'shh';
const now = new Date('2026-11-24T12:00:00Z');
const ts = String(now.getTime() / 1000);
const body = '{"deliveredAt":"2026-11-24T10:00:00.000Z"}';

function verdict(request: { timestamp?: string; signature?: string; body?: string }): string {
  try {
    verifyStorefrontSignature(secret, { timestamp: ts, signature: signStorefrontPayload(secret, ts, body), body, ...request }, now);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('storefront HMAC signatures', () => {
  it('signs "<timestamp>.<raw body>" with HMAC-SHA256 as v1=<hex>', () => {
    // Known answer computed independently (Python hmac) for key "key", timestamp 1700000000, body "{}".
    expect(signStorefrontPayload('key', '1700000000', '{}')).toBe('v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae');
  });

  it('accepts a correct signature', () => expect(verdict({})).toBe('ok'));
  it('refuses a wrong signature', () => expect(verdict({ signature: signStorefrontPayload('other', ts, body) })).toBe('invalid_signature'));
  it('refuses a modified body', () => expect(verdict({ body: body.replace('10:00', '11:00') })).toBe('invalid_signature'));
  it('refuses missing headers', () => {
    expect(verdict({ timestamp: undefined })).toBe('invalid_signature');
    expect(verdict({ signature: undefined })).toBe('invalid_signature');
  });
  it('refuses a timestamp that is not unix seconds', () => expect(verdict({ timestamp: '2026-11-24' })).toBe('invalid_signature'));
  it.each([
    [-300, 'ok'],
    [300, 'ok'],
    [-301, 'invalid_signature'],
    [301, 'invalid_signature'],
  ])('with a timestamp %i s from now: %s', (offset, expected) => {
    const t = String(Number(ts) + offset);
    expect(verdict({ timestamp: t, signature: signStorefrontPayload(secret, t, body) })).toBe(expected);
  });
});
