/** Lambda entry: wires the outbox dispatcher to AWS. */
import { createSchedulerClient } from '../../shared/adapters/aws-clients.js';
import { ScheduleGateway } from '../../shared/adapters/schedule-gateway.js';
import { readEnv } from '../../shared/config/env.js';
import { createLogger, systemClock } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createNotifier } from './handler.js';

const env = readEnv(envKeysFor('notifier'));

export const handler = createNotifier({
  now: systemClock,
  logger: createLogger('notifier'),
  schedules: new ScheduleGateway(createSchedulerClient(), {
    group: env.scheduleGroup,
    roleArn: env.schedulerRoleArn,
    deadlineFunctionArn: env.deadlineFunctionArn,
    dlqArn: env.schedulerDlqArn,
  }),
});
