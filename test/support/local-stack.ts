/**
 * Global setup of the `api` project: one local stack on free ports for the whole run, torn
 * down after it. Tests reach it over HTTP and through real SDK clients, never in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../local/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    localStack: {
      urls: { api: string; dynamodb: string; s3: string; ses: string; scheduler: string; eventbridge: string };
      names: { tableName: string; bucketName: string; scheduleGroup: string };
      env: Record<string, string>;
    };
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'rma-test-'));
  const stack = await startLocalStack({
    ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, scheduler: 0 },
    dataDir,
    // RMA_TEST_LOG_LEVEL=INFO shows the stack's own logs while debugging a test.
    logLevel: (process.env.RMA_TEST_LOG_LEVEL as 'INFO' | undefined) ?? 'SILENT',
  });
  project.provide('localStack', { urls: stack.urls, names: stack.names, env: stack.env });
  return async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
