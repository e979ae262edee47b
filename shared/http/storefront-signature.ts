/**
 * Storefront request signatures (api.md, "Auth"):
 *   x-rma-timestamp: <unix seconds>
 *   x-rma-signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
 * A wrong signature, or a timestamp more than the tolerance away from now in either
 * direction, is refused with 401 `invalid_signature`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import type { ApiMiddleware } from './api.js';
import { header, rawBody } from './request.js';

export const SIGNATURE_TOLERANCE_SECONDS = 300;
export const TIMESTAMP_HEADER = 'x-rma-timestamp';
export const SIGNATURE_HEADER = 'x-rma-signature';

export function signStorefrontPayload(secret: string, timestamp: string, body: string): string {
  return 'v1=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export interface SignedRequest {
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
  readonly body: string;
}

export function verifyStorefrontSignature(secret: string, request: SignedRequest, now: Date): void {
  const { timestamp, signature, body } = request;
  if (timestamp === undefined || signature === undefined) {
    throw new DomainError('invalid_signature', `Headers ${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER} are required.`);
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    throw new DomainError('invalid_signature', `${TIMESTAMP_HEADER} must be unix seconds.`);
  }
  const skew = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (skew > SIGNATURE_TOLERANCE_SECONDS) {
    throw new DomainError('invalid_signature', `${TIMESTAMP_HEADER} is more than ${SIGNATURE_TOLERANCE_SECONDS} s from now.`);
  }
  const expected = Buffer.from(signStorefrontPayload(secret, timestamp, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new DomainError('invalid_signature', 'The signature does not match the request.');
  }
}

/** middy middleware: refuses a storefront request whose signature does not verify. */
export const storefrontSignature = (opts: {
  readonly secret: () => Promise<string>;
  readonly now: () => Date;
}): ApiMiddleware => ({
  before: async ({ event }) => {
    verifyStorefrontSignature(
      await opts.secret(),
      { timestamp: header(event, TIMESTAMP_HEADER), signature: header(event, SIGNATURE_HEADER), body: rawBody(event) },
      opts.now(),
    );
  },
});
