/**
 * What outbox messages take effect on besides DynamoDB: SES, EventBridge Scheduler and the event
 * bus, with their SDK clients. A module of its own so that a function that rarely needs them (the
 * relay: most minutes nothing is due) can load it on first use (./on-first-use.ts), while one that
 * needs them on nearly every invocation (the notifier) loads it with the function.
 */
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { base, type ClientOptions, reportUnavailable } from './aws-clients.js';
import type { DeliveryEnv } from './delivery.js';
import { EventBus } from './event-bus.js';
import { Mailer } from './mailer.js';
import { ScheduleGateway } from './schedule-gateway.js';

export function createSchedulerClient(options: ClientOptions = {}): SchedulerClient {
  return reportUnavailable(new SchedulerClient(base(options, { connectionTimeout: 2_000, requestTimeout: 5_000 })), 'EventBridge Scheduler');
}

/**
 * SES: the delivery engine retries failed sends for 72 h, so the SDK's own retries only ride out
 * a blip; a send never holds its claim for long.
 */
export function createSesClient(options: ClientOptions = {}): SESv2Client {
  return reportUnavailable(new SESv2Client(base(options, { connectionTimeout: 2_000, requestTimeout: 10_000 })), 'SES');
}

export function createEventBridgeClient(options: ClientOptions = {}): EventBridgeClient {
  return reportUnavailable(new EventBridgeClient(base(options, { connectionTimeout: 2_000, requestTimeout: 5_000 })), 'EventBridge');
}

export interface DeliveryClients {
  readonly ses: SESv2Client;
  readonly scheduler: SchedulerClient;
  readonly eventBridge: EventBridgeClient;
}

/** The adapters the effects of outbox messages call. */
export interface DeliveryTargets {
  readonly mailer: Mailer;
  readonly schedules: ScheduleGateway;
  readonly bus: EventBus;
}

export function deliveryTargets(env: DeliveryEnv, clients: DeliveryClients): DeliveryTargets {
  return {
    mailer: new Mailer(clients.ses, { sender: env.senderEmail, configurationSet: env.sesConfigurationSet }),
    schedules: new ScheduleGateway(clients.scheduler, {
      group: env.scheduleGroup,
      roleArn: env.schedulerRoleArn,
      deadlineFunctionArn: env.deadlineFunctionArn,
      dlqArn: env.schedulerDlqArn,
    }),
    bus: new EventBus(clients.eventBridge, env.eventBusName),
  };
}

/** The targets over clients made from the environment (Lambda). */
export function awsDeliveryTargets(env: DeliveryEnv): DeliveryTargets {
  return deliveryTargets(env, { ses: createSesClient(), scheduler: createSchedulerClient(), eventBridge: createEventBridgeClient() });
}
