/** `npm start`: the whole backend on this machine, until Ctrl-C. */
import { PrerequisiteError } from './dynamodb-local.js';
import { portsFromEnv } from './ports.js';
import { startLocalStack } from './stack.js';

try {
  const stack = await startLocalStack({
    ports: portsFromEnv(),
    persist: process.env.RMA_LOCAL_PERSIST === '1',
    ...(process.env.RMA_LOCAL_DATA_DIR ? { dataDir: process.env.RMA_LOCAL_DATA_DIR } : {}),
    logLevel: (process.env.RMA_LOG_LEVEL as 'INFO' | undefined) ?? 'INFO',
  });
  const { urls } = stack;
  console.log(`
RMA backend running locally
  API                 ${urls.api}          (try ${urls.api}/v1/health)
  Ops console         ${urls.api}/ops/
  Returns page        ${urls.api}/returns/   (shoppers; sign in with an order number and its email)
  OpenAPI             ${urls.api}/v1/openapi.json
  Local clock         ${urls.api}/_local/clock
  Ops tokens          POST ${urls.api}/_local/tokens/ops
  DynamoDB Local      ${urls.dynamodb}     (table ${stack.names.tableName})
  S3 (s3rver)         ${urls.s3}           (bucket ${stack.names.bucketName})
  SES emulator        ${urls.ses}          (mail: ${urls.ses}/store)
  Scheduler emulator  ${urls.scheduler}     (group ${stack.names.scheduleGroup})
Storefront secret: local-storefront-secret. Ctrl-C stops everything.
`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local stack...`);
    await stack.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  console.error(error instanceof PrerequisiteError ? `\n${error.message}\n` : error);
  process.exit(1);
}
