/** Local ports, overridable by environment variables (README), and the check that they are free. */
import { type AddressInfo, createServer } from 'node:net';
import { PrerequisiteError } from './dynamodb-local.js';

export interface LocalPorts {
  readonly api: number;
  readonly dynamodb: number;
  readonly s3: number;
  readonly ses: number;
  readonly scheduler: number;
}

export const DEFAULT_PORTS: LocalPorts = { api: 4000, dynamodb: 8000, s3: 4569, ses: 8005, scheduler: 4010 };

export const PORT_VARIABLES: Readonly<Record<keyof LocalPorts, string>> = {
  api: 'RMA_API_PORT',
  dynamodb: 'RMA_DYNAMODB_PORT',
  s3: 'RMA_S3_PORT',
  ses: 'RMA_SES_PORT',
  scheduler: 'RMA_SCHEDULER_PORT',
};

const WHAT: Readonly<Record<keyof LocalPorts, string>> = {
  api: 'the API gateway',
  dynamodb: 'DynamoDB Local',
  s3: 'S3 (s3rver)',
  ses: 'the SES emulator',
  scheduler: 'the Scheduler emulator',
};

export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): LocalPorts {
  const ports = { ...DEFAULT_PORTS };
  for (const [name, variable] of Object.entries(PORT_VARIABLES) as [keyof LocalPorts, string][]) {
    const value = env[variable];
    if (value === undefined) continue;
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new PrerequisiteError(`${variable} must be a port number, got ${value}`);
    ports[name] = port;
  }
  return ports;
}

/** A port nothing listens on right now (the OS picks it): for emulators that cannot pick their own, or a dependency that is down. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function isFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/**
 * Refuses to start next to something already listening on one of the stack's ports: the stack
 * never reuses an emulator it did not start (a DynamoDB Local left behind would silently serve
 * an old database). Port 0 means "any free port" and is always fine.
 */
export async function assertPortsFree(ports: LocalPorts, host: string): Promise<void> {
  const busy: string[] = [];
  for (const name of Object.keys(PORT_VARIABLES) as (keyof LocalPorts)[]) {
    const port = ports[name];
    if (port !== 0 && !(await isFree(port, host))) {
      busy.push(`  port ${port} for ${WHAT[name]} (${PORT_VARIABLES[name]})`);
    }
  }
  if (busy.length > 0) {
    throw new PrerequisiteError(
      [
        `These ports on ${host} are already in use:`,
        ...busy,
        'Another program, or an emulator left behind by an earlier `npm start`, is listening there; the local stack',
        'does not reuse emulators it did not start. Stop that program, or choose other ports, e.g.',
        `  ${PORT_VARIABLES.api}=4100 ${PORT_VARIABLES.dynamodb}=8100 npm start`,
      ].join('\n'),
    );
  }
}
