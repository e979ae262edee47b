/**
 * Deployment configuration from CDK context (`cdk.json` or `-c key=value`). Every key has a
 * documented default; see README "Deploying".
 */
import type { Node } from 'constructs';
import { z } from 'zod';

const configSchema = z.strictObject({
  /** Sender of customer mail; must be a verified SES identity. */
  senderEmail: z.email(),
  /** Ops mailbox: SLA alarms (SNS) and ops notifications. */
  opsEmail: z.email(),
  /** Origins of the shop's storefront, allowed to POST evidence to the bucket and call the API. */
  storefrontOrigins: z.array(z.url()).min(1),
  /** SES configuration set for delivery events, or empty for none. */
  sesConfigurationSet: z.string(),
  /** Retention of function and access logs, in days. */
  logRetentionDays: z.int().positive(),
  /** Default API throttling, requests per second and burst. */
  apiRateLimit: z.int().positive(),
  apiBurstLimit: z.int().positive(),
  /** The ops sign-in's Cognito domain prefix (`<prefix>.auth.<region>.amazoncognito.com`); by default `rma-ops-<account>`. */
  opsSignInDomainPrefix: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/).optional(),
});

export type DeployConfig = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG: DeployConfig = {
  senderEmail: 'returns@example.com',
  opsEmail: 'sales@example.com',
  storefrontOrigins: ['https://shop.example.com'],
  sesConfigurationSet: '',
  logRetentionDays: 90,
  apiRateLimit: 50,
  apiBurstLimit: 100,
  opsSignInDomainPrefix: undefined,
};

/** Reads `rma:<key>` context values over the defaults and validates the result. */
export function readConfig(node: Node): DeployConfig {
  const merged = Object.fromEntries(
    Object.entries(DEFAULT_CONFIG).map(([key, fallback]) => [key, node.tryGetContext(`rma:${key}`) ?? fallback]),
  );
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) throw new Error(`Invalid CDK context (rma:*): ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
