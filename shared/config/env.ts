/**
 * The environment contract shared by infra and runtime.
 *
 * The CDK house function construct sets these variables from what a function is bound to;
 * the local stack sets the same names to local values; handlers read them only through
 * `readEnv`, which fails at init with one clear message naming every missing variable.
 *
 * The rules are plain predicates, not zod: every value is a string with a one-line rule, and a
 * function that validates nothing else (the notifier, the relay, the verifier) would otherwise
 * build zod at every cold start for them alone, about 2 ms of it (docs/performance.md).
 */

export const ENV = {
  tableName: 'RMA_TABLE_NAME',
  bucketName: 'RMA_EVIDENCE_BUCKET',
  scheduleGroup: 'RMA_SCHEDULE_GROUP',
  schedulerRoleArn: 'RMA_SCHEDULER_ROLE_ARN',
  deadlineFunctionArn: 'RMA_DEADLINE_FUNCTION_ARN',
  schedulerDlqArn: 'RMA_SCHEDULER_DLQ_ARN',
  senderEmail: 'RMA_SENDER_EMAIL',
  sesConfigurationSet: 'RMA_SES_CONFIGURATION_SET',
  storefrontSecretId: 'RMA_STOREFRONT_SECRET_ID',
  sessionKeyId: 'RMA_SESSION_KEY_ID',
  opsGroup: 'RMA_OPS_GROUP',
  eventBusName: 'RMA_EVENT_BUS_NAME',
  webhookUrlPolicy: 'RMA_WEBHOOK_URL_POLICY',
} as const;

export type EnvKey = keyof typeof ENV;
export type EnvName = (typeof ENV)[EnvKey];

type Rule = (value: string) => boolean;

const nonEmpty: Rule = (value) => value.length > 0;
const arn: Rule = (value) => value.startsWith('arn:');

const rules: Record<EnvKey, Rule> = {
  tableName: nonEmpty,
  bucketName: nonEmpty,
  scheduleGroup: nonEmpty,
  schedulerRoleArn: arn,
  deadlineFunctionArn: arn,
  schedulerDlqArn: arn,
  // An address SES could send from; SES itself checks that the identity is verified.
  senderEmail: (value) => /^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(value),
  // Empty: no configuration set.
  sesConfigurationSet: () => true,
  storefrontSecretId: nonEmpty,
  sessionKeyId: nonEmpty,
  opsGroup: nonEmpty,
  eventBusName: nonEmpty,
  /** `public` in AWS (https to public addresses only); `local` also allows http to localhost (events.md). */
  webhookUrlPolicy: (value) => value === 'public' || value === 'local',
};

export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * Reads the named variables from `source` (default: `process.env`) and returns them typed.
 * Throws one `EnvError` listing every missing or malformed variable.
 */
export function readEnv<K extends EnvKey>(
  keys: readonly K[],
  source: Record<string, string | undefined> = process.env,
): { readonly [P in K]: string } {
  const out: Partial<Record<K, string>> = {};
  const problems: string[] = [];
  for (const key of keys) {
    const name = ENV[key];
    const value = source[name];
    if (value !== undefined && rules[key](value)) out[key] = value;
    else problems.push(`${name} (${value === undefined ? 'missing' : 'invalid'})`);
  }
  if (problems.length > 0) {
    throw new EnvError(`Environment contract not met: ${problems.join(', ')}`);
  }
  return out as { readonly [P in K]: string };
}
