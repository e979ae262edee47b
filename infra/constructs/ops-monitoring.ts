/**
 * What ops watch: one alarm per condition that needs a person, each named and saying what to
 * do (with its runbook entry in docs/operations.md), all notifying the ops topic; and one
 * dashboard with the same signals.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from '../../shared/runtime.js';
import { kebab, pascal } from '../naming.js';

export interface OpsMonitoringProps {
  readonly topic: sns.ITopic;
  readonly api: apigw.IHttpApi;
  readonly table: dynamodb.ITableV2;
  readonly functions: Readonly<Record<string, lambda.IFunction>>;
  /** Dead-letter queues by a readable name; any message in one is work for ops. */
  readonly deadLetterQueues: Readonly<Record<string, sqs.IQueue>>;
  /** The functions that deliver outbox messages (their metrics carry the function as `service`). */
  readonly outboxFunctions: readonly string[];
}

/** Anchors of docs/operations.md; a test checks each alarm's entry exists. */
export const RUNBOOK = 'docs/operations.md';

const FIVE_MINUTES = Duration.minutes(5);

export class OpsMonitoring extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OpsMonitoringProps) {
    super(scope, id);
    const prefix = Stack.of(this).stackName;
    const alarm = (
      name: string,
      metric: cloudwatch.IMetric,
      todo: string,
      anchor: string,
      options: { threshold?: number; treatMissingData?: cloudwatch.TreatMissingData } = {},
    ) => {
      const created = new cloudwatch.Alarm(this, name, {
        alarmName: `${prefix}-${name}`,
        alarmDescription: `${todo} Runbook: ${RUNBOOK}#${anchor}`,
        metric,
        threshold: options.threshold ?? 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: options.treatMissingData ?? cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new actions.SnsAction(props.topic));
      this.alarms.push(created);
      return created;
    };

    // The metrics the functions emit (Powertools adds the function as the `service` dimension).
    const emitted = (metricName: string, service: string, statistic = 'Sum') =>
      new cloudwatch.Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service }, statistic, period: FIVE_MINUTES });
    const business = (metricName: string) => emitted(metricName, 'deadline');
    const refundSla = business('RefundSlaBreached');
    const decisionSla = business('DecisionSlaBreached');
    alarm(
      'RefundSlaBreached',
      refundSla,
      'A return passed inspection (or was approved without return) 48 hours ago and is not refunded or exchanged: the 2-day refund promise is broken. Resolve it now from the ops queue (?slaBreached=true).',
      'refund-sla-breached',
    );
    alarm(
      'DecisionSlaBreached',
      decisionSla,
      'A submitted return has waited 48 hours for a decision. Approve or reject it from the ops queue (?status=submitted).',
      'decision-sla-breached',
    );

    // The outbox: messages that gave up, and messages waiting too long (also when the relay stops reporting).
    const outboxFailed = new cloudwatch.MathExpression({
      expression: props.outboxFunctions.map((_, i) => `f${i}`).join(' + '),
      label: 'outbox messages failed',
      period: FIVE_MINUTES,
      usingMetrics: Object.fromEntries(props.outboxFunctions.map((fn, i) => [`f${i}`, emitted('OutboxMessageFailed', fn)])),
    });
    const webhooksFailed = new cloudwatch.MathExpression({
      expression: props.outboxFunctions.map((_, i) => `w${i}`).join(' + '),
      label: 'webhook deliveries failed',
      period: FIVE_MINUTES,
      usingMetrics: Object.fromEntries(props.outboxFunctions.map((fn, i) => [`w${i}`, emitted('WebhookDeliveryFailed', fn)])),
    });
    alarm(
      'WebhookDeliveriesFailed',
      webhooksFailed,
      "A webhook delivery to the shop failed after about a day of retries (or its endpoint is disabled). List them with GET /v1/ops/webhook-endpoints/{endpointId}/deliveries?status=failed, get the shop's receiver fixed, and retry each.",
      'webhook-deliveries-failed',
    );
    const oldestPending = emitted('OutboxOldestPendingAgeSeconds', 'outboxRelay', 'Maximum');
    alarm(
      'OutboxMessagesFailed',
      outboxFailed,
      'An email or timer change could not take effect before its give-up time (72 h) or was refused. List them with GET /v1/ops/outbox?status=failed, fix the cause, and retry each.',
      'outbox-messages-failed',
    );
    alarm(
      'OutboxPendingTooOld',
      oldestPending,
      'An email or timer change has waited more than 15 minutes (SES, Scheduler or the relay is failing), or the relay stopped reporting. It is retried with back-off; find the cause in the notifier and relay logs.',
      'outbox-pending-too-old',
      { threshold: 15 * 60, treatMissingData: cloudwatch.TreatMissingData.BREACHING },
    );

    const dlqDepth: cloudwatch.IMetric[] = [];
    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: FIVE_MINUTES });
      dlqDepth.push(depth.with({ label: name }));
      alarm(`${name}NotEmpty`, depth, `Messages are waiting in the ${name} dead-letter queue: something failed after all retries.`, kebab(`${name}-not-empty`));
    }

    const errors: cloudwatch.IMetric[] = [];
    for (const [name, fn] of Object.entries(props.functions)) {
      const metric = fn.metricErrors({ statistic: 'Sum', period: FIVE_MINUTES });
      errors.push(metric.with({ label: name }));
      alarm(`${pascal(name)}Errors`, metric, `The ${name} function failed. Read its log for the request id and error.`, 'function-errors');
    }

    const api5xx = new cloudwatch.Metric({
      namespace: 'AWS/ApiGateway',
      metricName: '5xx',
      dimensionsMap: { ApiId: props.api.apiId, Stage: '$default' },
      statistic: 'Sum',
      period: FIVE_MINUTES,
    });
    alarm('Api5xx', api5xx, 'The API answered with server errors. Find the requests in the access log by status and their request ids in the function logs.', 'api-5xx');

    const throttles = new cloudwatch.MathExpression({
      expression: 'reads + writes',
      label: 'throttled events',
      period: FIVE_MINUTES,
      usingMetrics: {
        reads: new cloudwatch.Metric({ namespace: 'AWS/DynamoDB', metricName: 'ReadThrottleEvents', dimensionsMap: { TableName: props.table.tableName }, statistic: 'Sum' }),
        writes: new cloudwatch.Metric({ namespace: 'AWS/DynamoDB', metricName: 'WriteThrottleEvents', dimensionsMap: { TableName: props.table.tableName }, statistic: 'Sum' }),
      },
    });
    alarm('DynamoDbThrottles', throttles, 'The table throttled reads or writes: requests were slowed or failed.', 'dynamodb-throttles');

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `${prefix}-ops`,
      widgets: [
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
        [
          new cloudwatch.GraphWidget({ title: 'SLA breaches', left: [refundSla, decisionSla], width: 12 }),
          new cloudwatch.GraphWidget({ title: 'Dead-letter queues', left: dlqDepth, width: 12 }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'Outbox: failed messages', left: [outboxFailed, webhooksFailed], width: 12 }),
          new cloudwatch.GraphWidget({ title: 'Outbox: oldest pending (s)', left: [oldestPending], width: 12 }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'Function errors', left: errors, width: 12 }),
          new cloudwatch.GraphWidget({ title: 'API 5xx and DynamoDB throttles', left: [api5xx], right: [throttles], width: 12 }),
        ],
      ],
    });
  }
}
