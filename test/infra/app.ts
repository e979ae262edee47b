/** Builds the CDK app once per test file, with the context cdk.json gives the CLI. */
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/app.js';

export async function synthesize() {
  const { context } = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const built = await buildApp(new App({ context }));
  return {
    ...built,
    stateful: Template.fromStack(built.stateful),
    service: Template.fromStack(built.service),
  };
}

/** Resources of one type as [logicalId, resource] pairs. */
export function resourcesOf(template: Template, type: string): [string, { Properties: any; [k: string]: any }][] {
  return Object.entries(template.findResources(type)) as [string, { Properties: any }][];
}
