/** Local ports, overridable by environment variables (README). */
import { DEFAULT_PORTS, type LocalPorts } from './stack.js';

const PORT_VARIABLES: Record<keyof LocalPorts, string> = {
  api: 'RMA_API_PORT',
  dynamodb: 'RMA_DYNAMODB_PORT',
  s3: 'RMA_S3_PORT',
  ses: 'RMA_SES_PORT',
  scheduler: 'RMA_SCHEDULER_PORT',
};

export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): LocalPorts {
  const ports = { ...DEFAULT_PORTS };
  for (const [name, variable] of Object.entries(PORT_VARIABLES) as [keyof LocalPorts, string][]) {
    const value = env[variable];
    if (value === undefined) continue;
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${variable} must be a port number, got ${value}`);
    ports[name] = port;
  }
  return ports;
}
