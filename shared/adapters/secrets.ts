/** Secrets Manager values the functions use (the storefront's HMAC secret, the session signing key). */
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';

/** The secret's string value, cached by Powertools for 5 minutes, so a rotated secret is picked up without a deploy. */
export async function secretValue(secretId: string): Promise<string> {
  const secret = await getSecret<string>(secretId, { maxAge: 300 });
  if (typeof secret !== 'string' || secret.length === 0) throw new Error(`secret ${secretId} is empty`);
  return secret;
}
