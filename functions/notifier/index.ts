/** Lambda entry: wires the outbox dispatcher to AWS. */
import { createDocumentClient, createSchedulerClient, createSesClient } from '../../shared/adapters/aws-clients.js';
import { Mailer } from '../../shared/adapters/mailer.js';
import { OutboxStore } from '../../shared/adapters/outbox.js';
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
  outbox: new OutboxStore(createDocumentClient(), env.tableName),
  mailer: new Mailer(createSesClient(), { sender: env.senderEmail, configurationSet: env.sesConfigurationSet }),
});
