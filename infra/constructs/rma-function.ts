/**
 * The house Lambda function: every function of the topology is one of these. Defaults: Node.js
 * 24 on arm64, the esbuild bundle from infra/bundle.ts (ESM, minified, SDK inside, source maps),
 * JSON logs in a log group with retention, X-Ray tracing. Bindings set the env contract and grant
 * least privilege together, so a function never has a variable without the permission or the
 * reverse.
 */
import { Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { GLOBAL_INDEXES } from '../../shared/adapters/keys.js';
import { ENV, type EnvKey } from '../../shared/config/env.js';
import { METRICS_NAMESPACE } from '../../shared/runtime.js';
import { EVIDENCE_PREFIX, type FunctionSpec } from '../../shared/topology.js';
import { bundleDir } from '../bundle.js';


export interface RmaFunctionProps {
  readonly spec: FunctionSpec;
  readonly logRetention: logs.RetentionDays;
  /** Where failed asynchronous invocations go. @default - none (synchronous functions) */
  readonly onFailure?: lambda.IDestination;
}

export class RmaFunction extends Construct {
  readonly fn: lambda.Function;
  private readonly spec: FunctionSpec;

  constructor(scope: Construct, id: string, props: RmaFunctionProps) {
    super(scope, id);
    this.spec = props.spec;
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Its own role instead of AWSLambdaBasicExecutionRole: logs only to its own log group.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.spec.id}`,
    });
    logGroup.grantWrite(role);
    this.fn = new lambda.Function(this, 'Function', {
      description: props.spec.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(bundleDir(props.spec.id)),
      handler: 'index.handler',
      role,
      memorySize: props.spec.memoryMiB,
      timeout: Duration.seconds(props.spec.timeoutSeconds),
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      logGroup,
      tracing: lambda.Tracing.ACTIVE,
      ...(props.onFailure ? { onFailure: props.onFailure, retryAttempts: 2 } : {}),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.spec.id,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      },
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments and PutTelemetryRecords have no resource-level permissions; AWS requires "*".',
    });
    Validations.of(this.fn).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason: props.onFailure
        ? 'Failed asynchronous invocations go to an on-failure destination, which keeps request and error context; a DLQ would duplicate it.'
        : props.spec.trigger.kind === 'dynamodbStream'
          ? "Invoked by a stream event source mapping, whose own on-failure destination receives failed records; Lambda DLQs apply to asynchronous invocations only."
          : props.spec.trigger.kind === 'rate'
            ? 'Invoked every minute by a recurring schedule; a failed run is repeated by the next one and raises the function-errors alarm, so there is nothing to keep.'
            : 'Invoked synchronously by API Gateway, which returns errors to the caller; Lambda DLQs apply to asynchronous invocations only.',
    });
  }

  private setEnv(key: EnvKey, value: string): void {
    this.fn.addEnvironment(ENV[key], value);
  }

  private requireBinding(binding: keyof FunctionSpec['bindings']): void {
    if (!this.spec.bindings[binding]) throw new Error(`${this.spec.id} is not bound to ${binding} in the topology`);
  }

  /**
   * Item-level actions on the table and its named indexes only: explicit, so no
   * `index/*` wildcard and no table-management actions.
   */
  bindTable(table: dynamodb.ITableV2): void {
    this.requireBinding('table');
    this.setEnv('tableName', table.tableName);
    const read = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
    const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
    this.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: this.spec.bindings.table === 'read' ? read : [...read, ...write],
        resources: [
          table.tableArn,
          ...GLOBAL_INDEXES.map((index) => `${table.tableArn}/index/${index.name}`),
        ],
      }),
    );
  }

  /** Acknowledgements belong on the role's default policy, where the finding is reported. */
  private acknowledgeOnPolicy(ack: { id: string; reason: string }): void {
    const policy = this.fn.role?.node.tryFindChild('DefaultPolicy');
    if (policy) Validations.of(policy).acknowledge(ack);
  }

  /**
   * Object-level actions on the evidence prefix only, spelled out (no `s3:GetObject*`-style
   * wildcards). `bucketArnExport` is the export the bucket ARN is imported by, which names the
   * resource in the cdk-nag finding acknowledged here.
   */
  bindBucket(bucket: s3.IBucket, bucketArnExport: string): void {
    this.requireBinding('bucket');
    this.setEnv('bucketName', bucket.bucketName);
    const actions = {
      // Signing a presigned POST that sets the pending tag.
      upload: ['s3:PutObject', 's3:PutObjectTagging'],
      read: ['s3:GetObject', 's3:GetObjectVersion'],
      readWrite: [
        's3:GetObject',
        's3:GetObjectVersion',
        's3:PutObjectTagging',
        's3:PutObjectVersionTagging',
        's3:DeleteObject',
        's3:DeleteObjectVersion',
      ],
    }[this.spec.bindings.bucket!];
    this.fn.addToRolePolicy(new iam.PolicyStatement({ actions, resources: [bucket.arnForObjects(`${EVIDENCE_PREFIX}*`)] }));
    this.acknowledgeOnPolicy({
      id: `AwsSolutions-IAM5[Resource::${bucketArnExport}/${EVIDENCE_PREFIX}*]`,
      reason: 'Evidence object keys are created per upload; access is limited to the evidence/ prefix of the one bucket.',
    });
  }

  /** Lets the function create, update and delete schedules in `group` that invoke `target`. */
  bindScheduler(group: scheduler.IScheduleGroup, role: iam.IRole, target: lambda.IFunction, dlq: sqs.IQueue): void {
    this.requireBinding('scheduler');
    this.setEnv('scheduleGroup', group.scheduleGroupName);
    this.setEnv('schedulerRoleArn', role.roleArn);
    this.setEnv('deadlineFunctionArn', target.functionArn);
    this.setEnv('schedulerDlqArn', dlq.queueArn);
    group.grantReadSchedules(this.fn);
    group.grantWriteSchedules(this.fn);
    group.grantDeleteSchedules(this.fn);
    role.grantPassRole(this.fn.grantPrincipal);
    if (Token.isUnresolved(group.scheduleGroupName)) throw new Error('the schedule group needs a synth-time name');
    this.acknowledgeOnPolicy({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${group.scheduleGroupName}/*]`,
      reason: "Schedules are named per RMA and deadline at run time; the grant is limited to the project's own schedule group.",
    });
  }

  bindStorefrontSecret(secret: secretsmanager.ISecret): void {
    this.requireBinding('storefrontSecret');
    this.setEnv('storefrontSecretId', secret.secretArn);
    secret.grantRead(this.fn);
  }

  bindSessionKey(secret: secretsmanager.ISecret): void {
    this.requireBinding('sessionKey');
    this.setEnv('sessionKeyId', secret.secretArn);
    secret.grantRead(this.fn);
  }

  /** `events:PutEvents` on the one bus, nothing else. */
  bindEventBus(bus: events.IEventBus): void {
    this.requireBinding('eventBus');
    this.setEnv('eventBusName', bus.eventBusName);
    bus.grantPutEventsTo(this.fn);
  }

  /** In AWS webhook endpoints are https to public addresses only (events.md). */
  bindWebhooks(): void {
    this.requireBinding('webhooks');
    this.setEnv('webhookUrlPolicy', 'public');
  }

  bindOpsGroup(group: string): void {
    this.setEnv('opsGroup', group);
  }

  /**
   * SES v2 SendEmail authorizes against the sender's domain identity and, when one is used,
   * the configuration set.
   */
  bindEmail(config: { sender: string; configurationSet: string }): void {
    this.requireBinding('email');
    this.setEnv('senderEmail', config.sender);
    this.setEnv('sesConfigurationSet', config.configurationSet);
    const stack = Stack.of(this);
    const resources = [stack.formatArn({ service: 'ses', resource: 'identity', resourceName: config.sender.split('@')[1] })];
    if (config.configurationSet) {
      resources.push(stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: config.configurationSet }));
    }
    this.fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources }));
  }
}
