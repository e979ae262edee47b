/** `npm start`: the whole backend on this machine, until Ctrl-C. */
import { PrerequisiteError } from './dynamodb-local.js';
import { DEFAULT_PORTS, type LocalPorts, startLocalStack } from './stack.js';

const PORT_VARIABLES: Record<keyof LocalPorts, string> = {
  api: 'RMA_API_PORT',
  dynamodb: 'RMA_DYNAMODB_PORT',
  s3: 'RMA_S3_PORT',
  ses: 'RMA_SES_PORT',
  scheduler: 'RMA_SCHEDULER_PORT',
};

function portsFromEnv(): LocalPorts {
  const ports = { ...DEFAULT_PORTS };
  for (const [name, variable] of Object.entries(PORT_VARIABLES) as [keyof LocalPorts, string][]) {
    const value = process.env[variable];
    if (value === undefined) continue;
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${variable} must be a port number, got ${value}`);
    ports[name] = port;
  }
  return ports;
}

try {
  const stack = await startLocalStack({
    ports: portsFromEnv(),
    persist: process.env.RMA_LOCAL_PERSIST === '1',
    logLevel: (process.env.RMA_LOG_LEVEL as 'INFO' | undefined) ?? 'INFO',
  });
  const { urls } = stack;
  console.log(`
RMA backend running locally
  API                 ${urls.api}          (try ${urls.api}/v1/health)
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
