/** The CDK app: `npx cdk synth` / `npx cdk deploy`. Bundles the functions, then builds both stacks. */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { bundleFunctions } from './bundle.js';
import { buildWebApp } from '../web/build.js';
import { readConfig } from './config.js';
import { acknowledgeNagFindings } from './nag.js';
import { ServiceStack } from './stacks/service-stack.js';
import { StatefulStack } from './stacks/stateful-stack.js';

export async function buildApp(app = new App()): Promise<{ app: App; stateful: StatefulStack; service: ServiceStack }> {
  await Promise.all([bundleFunctions(), buildWebApp('ops')]);
  const config = readConfig(app.node);
  const stateful = new StatefulStack(app, 'RmaStateful', { config, description: 'RMA backend: table, evidence bucket, event bus, web hosting' });
  const service = new ServiceStack(app, 'RmaService', {
    config,
    table: stateful.table,
    eventBus: stateful.eventBus,
    evidenceBucketExports: stateful.evidenceBucketExports,
    webExports: stateful.webExports,
    description: 'RMA backend: API, functions, timers',
  });
  // The bucket is imported by export name, which CDK does not track as a dependency.
  service.addStackDependency(stateful);
  acknowledgeNagFindings(service, stateful.webExports.bucketArn);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }), new ServerlessChecks(app, { verbose: true }));
  return { app, stateful, service };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { app } = await buildApp();
  app.synth();
}
