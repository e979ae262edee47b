/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles (infra/bundle.ts).
 * In Lambda a function's credentials are always in its environment: the runtime sets
 * AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN from the execution role. The
 * default chain's other sources (SSO, shared INI files, process, web identity, IMDS, ECS) can never
 * answer there, and carrying them and their nested STS/SSO clients costs every function ~70 KiB
 * and load time. The local stack and tests do not use the bundles and keep the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
