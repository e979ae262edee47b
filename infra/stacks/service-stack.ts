/**
 * Everything that runs: the HTTP API with its Cognito JWT authorizer, the six functions of the
 * topology and their triggers, the Scheduler group with its execution role and dead-letter
 * queue, failure destinations, the storefront secret and the ops topic. Generated from
 * shared/topology.ts, as the local stack is.
 */
import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { type AuthScheme, CORS, type FunctionId, type FunctionSpec, functionSpecs, httpRoutes, OUTBOX_PK_PREFIX } from '../../shared/topology.js';
import type { DeployConfig } from '../config.js';
import { OpsMonitoring } from '../constructs/ops-monitoring.js';
import { RmaFunction } from '../constructs/rma-function.js';
import { pascal } from '../naming.js';
import { type WebApp, webAppDir } from '../../web/build.js';

export const OPS_GROUP = 'rma-ops';

export interface ServiceStackProps extends StackProps {
  readonly config: DeployConfig;
  /** Where the web apps are served: the stateful stack's bucket and distribution, by export name. */
  readonly webExports: { readonly bucketArn: string; readonly bucketName: string; readonly distributionId: string; readonly domainName: string };
  readonly table: dynamodb.ITableV2;
  readonly eventBus: events.IEventBus;
  readonly evidenceBucketExports: { readonly arn: string; readonly name: string };
}

export class ServiceStack extends Stack {
  readonly api: apigw.HttpApi;
  readonly functions: Record<FunctionId, RmaFunction>;
  readonly opsTopic: sns.Topic;
  readonly monitoring: OpsMonitoring;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config } = props;
    const logRetention = config.logRetentionDays as logs.RetentionDays;

    // Ops notifications (alarms publish here; CloudWatch needs a customer managed key to do so).
    const topicKey = new kms.Key(this, 'OpsTopicKey', {
      description: 'Encrypts the ops alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    topicKey.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.opsTopic = new sns.Topic(this, 'OpsTopic', { masterKey: topicKey, enforceSSL: true, displayName: 'RMA ops alerts' });

    const queue = (name: string, description: string) => {
      const q = new sqs.Queue(this, name, {
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      new CfnOutput(this, `${name}Url`, { value: q.queueUrl, description });
      for (const id of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
        Validations.of(q).acknowledge({ id, reason: 'This queue is itself a dead-letter queue / failure destination; it has no consumer to redrive from.' });
      }
      return q;
    };
    const alertDlq = queue('OpsAlertDlq', 'Ops alert emails SNS could not deliver');
    this.opsTopic.addSubscription(new subscriptions.EmailSubscription(config.opsEmail, { deadLetterQueue: alertDlq }));
    const schedulerDlq = queue('SchedulerDlq', 'Scheduler events that could not be delivered to the deadline function');
    const deadlineFailures = queue('DeadlineFailures', 'Deadline invocations that failed after Lambda retries');
    const verifierFailures = queue('VerifierFailures', 'Evidence verifications that failed after Lambda retries');
    const outboxFailures = queue('OutboxFailures', 'Outbox stream records that failed after retries');

    // The storefront's shared HMAC secret; the shop's operator reads it once and configures the shop.
    const storefrontSecret = new secretsmanager.Secret(this, 'StorefrontSecret', {
      description: 'HMAC secret shared with the storefront server (x-rma-signature)',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(storefrontSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Shared with the storefront server, which must be reconfigured in the same change; rotation is a coordinated manual procedure (docs/operations.md), not an automatic one.',
    });

    // Signs shoppers' session tokens, so that checking one needs no read; only the backend knows it.
    const sessionKey = new secretsmanager.Secret(this, 'SessionSigningKey', {
      description: "Signs shoppers' session tokens (HMAC-SHA256); rotating it ends every session",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(sessionKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Rotating it ends every shopper session (they sign in again); it is rotated by hand when needed (docs/operations.md), not on a schedule.',
    });

    // Functions, from the topology.
    const failureDestination: Partial<Record<FunctionId, lambda.IDestination>> = {
      deadline: new SqsDestination(deadlineFailures),
      evidenceVerifier: new SqsDestination(verifierFailures),
    };
    this.functions = Object.fromEntries(
      functionSpecs.map((spec) => [
        spec.id,
        new RmaFunction(this, pascal(spec.id), {
          spec,
          logRetention,
          ...(failureDestination[spec.id] ? { onFailure: failureDestination[spec.id] } : {}),
        }),
      ]),
    ) as Record<FunctionId, RmaFunction>;

    // Scheduler: group, and the role schedules assume to invoke the deadline function (and the
    // recurring ones theirs, added with their triggers).
    const scheduleGroup = new scheduler.ScheduleGroup(this, 'ScheduleGroup', { removalPolicy: RemovalPolicy.DESTROY });
    const schedulerRole = new iam.Role(this, 'SchedulerRole', {
      description: 'Assumed by EventBridge Scheduler to deliver deadline events',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    });
    // Only this function, not its versions or aliases (no `:*`).
    schedulerRole.addToPolicy(
      new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.functions.deadline.fn.functionArn] }),
    );
    schedulerDlq.grantSendMessages(schedulerRole);

    // The evidence bucket, imported by its named exports (the notification is attached from here).
    const evidenceBucket = s3.Bucket.fromBucketAttributes(this, 'EvidenceBucketRef', {
      bucketArn: Fn.importValue(props.evidenceBucketExports.arn),
      bucketName: Fn.importValue(props.evidenceBucketExports.name),
    });

    // Bindings: env contract and least-privilege grants, as the topology declares them.
    for (const spec of functionSpecs) {
      const fn = this.functions[spec.id];
      const { bindings } = spec;
      if (bindings.table) fn.bindTable(props.table);
      if (bindings.bucket) fn.bindBucket(evidenceBucket, props.evidenceBucketExports.arn);
      if (bindings.scheduler) fn.bindScheduler(scheduleGroup, schedulerRole, this.functions.deadline.fn, schedulerDlq);
      if (bindings.storefrontSecret) fn.bindStorefrontSecret(storefrontSecret);
      if (bindings.sessionKey) fn.bindSessionKey(sessionKey);
      if (bindings.email) {
        fn.bindEmail({ sender: config.senderEmail, configurationSet: config.sesConfigurationSet });
      }
      if (bindings.eventBus) fn.bindEventBus(props.eventBus);
      if (bindings.webhooks) fn.bindWebhooks();
      if (httpRoutes(spec).some((r) => r.auth === 'ops')) fn.bindOpsGroup(OPS_GROUP);
    }

    // Ops identities.
    const userPool = new cognito.UserPool(this, 'OpsUserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: { minLength: 12, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new cognito.CfnUserPoolGroup(this, 'OpsGroup', {
      userPoolId: userPool.userPoolId,
      groupName: OPS_GROUP,
      description: 'Staff who decide, receive, inspect and resolve returns',
    });
    const web = {
      bucket: s3.Bucket.fromBucketAttributes(this, 'WebBucketRef', { bucketArn: Fn.importValue(props.webExports.bucketArn), bucketName: Fn.importValue(props.webExports.bucketName) }),
      distribution: cloudfront.Distribution.fromDistributionAttributes(this, 'WebDistributionRef', {
        distributionId: Fn.importValue(props.webExports.distributionId),
        domainName: Fn.importValue(props.webExports.domainName),
      }),
      origin: `https://${Fn.importValue(props.webExports.domainName)}`,
    };
    // The console signs in through the hosted UI: authorization code with PKCE, back to /ops/.
    const signInDomain = userPool.addDomain('OpsSignIn', { cognitoDomain: { domainPrefix: config.opsSignInDomainPrefix ?? `rma-ops-${this.account}` } });
    const consoleUrl = `${web.origin}/ops/`;
    const opsClient = userPool.addClient('OpsConsole', {
      authFlows: { userSrp: true },
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [consoleUrl],
        logoutUrls: [consoleUrl],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
    });
    const opsAuthorizer = new HttpUserPoolAuthorizer('OpsAuthorizer', userPool, { userPoolClients: [opsClient] });

    // HTTP API.
    this.api = new apigw.HttpApi(this, 'HttpApi', {
      description: 'RMA API v1',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...config.storefrontOrigins, web.origin],
        allowMethods: CORS.api.methods.map((m) => apigw.CorsHttpMethod[m]),
        allowHeaders: [...CORS.api.headers],
        exposeHeaders: [...CORS.api.exposeHeaders],
        maxAge: Duration.seconds(CORS.api.maxAgeSeconds),
      },
    });
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', { retention: logRetention, removalPolicy: RemovalPolicy.RETAIN });
    new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: config.apiRateLimit, burstLimit: config.apiBurstLimit },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });

    // Triggers.
    for (const spec of functionSpecs) {
      this.connectTrigger(spec, { evidenceBucket, table: props.table, opsAuthorizer, outboxFailures, schedulerRole });
    }

    // Alarms and the dashboard.
    this.monitoring = new OpsMonitoring(this, 'OpsMonitoring', {
      topic: this.opsTopic,
      api: this.api,
      table: props.table,
      functions: Object.fromEntries(functionSpecs.map((spec) => [spec.id, this.functions[spec.id].fn])),
      deadLetterQueues: {
        SchedulerDlq: schedulerDlq,
        DeadlineFailures: deadlineFailures,
        VerifierFailures: verifierFailures,
        OutboxFailures: outboxFailures,
        OpsAlertDlq: alertDlq,
      },
      outboxFunctions: ['notifier', 'outboxRelay'],
    });

    // Each web app's files, and the config.json that tells it where the API (and the console's sign-in) are.
    const deployWebApp = (id: string, app: WebApp, config: Record<string, unknown>) =>
      new s3deploy.BucketDeployment(this, id, {
        sources: [s3deploy.Source.asset(webAppDir(app)), s3deploy.Source.jsonData('config.json', config)],
        destinationBucket: web.bucket,
        destinationKeyPrefix: `${app}/`,
        distribution: web.distribution,
        distributionPaths: [`/${app}/*`],
        memoryLimit: 256,
        logGroup: new logs.LogGroup(this, `${id}Logs`, { retention: logRetention, removalPolicy: RemovalPolicy.DESTROY }),
      });
    deployWebApp('OpsConsoleFiles', 'ops', { apiUrl: this.api.apiEndpoint, auth: { kind: 'cognito', url: signInDomain.baseUrl(), clientId: opsClient.userPoolClientId } });
    deployWebApp('ReturnsPageFiles', 'returns', { apiUrl: this.api.apiEndpoint });

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'OpsConsoleUrl', { value: consoleUrl });
    new CfnOutput(this, 'ReturnsPageUrl', { value: `${web.origin}/returns/` });
    new CfnOutput(this, 'OpsUserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'OpsUserPoolClientId', { value: opsClient.userPoolClientId });
    new CfnOutput(this, 'StorefrontSecretArn', { value: storefrontSecret.secretArn });
    new CfnOutput(this, 'OpsTopicArn', { value: this.opsTopic.topicArn });
  }

  private connectTrigger(
    spec: FunctionSpec,
    deps: {
      evidenceBucket: s3.IBucket;
      table: dynamodb.ITableV2;
      opsAuthorizer: HttpUserPoolAuthorizer;
      outboxFailures: sqs.IQueue;
      schedulerRole: iam.Role;
    },
  ): void {
    const { fn } = this.functions[spec.id];
    const trigger = spec.trigger;
    switch (trigger.kind) {
      case 'http': {
        const integration = new HttpLambdaIntegration(`${pascal(spec.id)}Integration`, fn);
        for (const route of trigger.routes) {
          const [created] = this.api.addRoutes({
            path: route.path,
            methods: [route.method as apigw.HttpMethod],
            integration,
            ...(route.auth === 'ops' ? { authorizer: deps.opsAuthorizer } : {}),
          });
          if (route.auth !== 'ops' && created) {
            Validations.of(created).acknowledge({ id: 'AwsSolutions-APIG4', reason: ROUTE_AUTH_REASON[route.auth] });
          }
        }
        return;
      }
      case 's3':
        deps.evidenceBucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn), {
          prefix: trigger.prefix,
        });
        return;
      case 'dynamodbStream':
        fn.addEventSource(
          new DynamoEventSource(deps.table, {
            startingPosition: lambda.StartingPosition.TRIM_HORIZON,
            batchSize: trigger.batchSize,
            reportBatchItemFailures: true,
            bisectBatchOnError: true,
            retryAttempts: trigger.retryAttempts,
            // A record older than this is not worth delivering late; it goes to the DLQ (runbook).
            maxRecordAge: Duration.hours(6),
            onFailure: new SqsDlq(deps.outboxFailures),
            filters: [
              lambda.FilterCriteria.filter({
                eventName: lambda.FilterRule.isEqual('INSERT'),
                dynamodb: { Keys: { pk: { S: lambda.FilterRule.beginsWith(OUTBOX_PK_PREFIX) } } },
              }),
            ],
          }),
        );
        return;
      case 'schedule':
        return;
      case 'rate':
        // Invoked through the Scheduler role, which may invoke exactly this function (no `:*`).
        deps.schedulerRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
        new scheduler.CfnSchedule(this, `${pascal(spec.id)}Schedule`, {
          description: `Invokes ${spec.id} every ${trigger.minutes} minute(s)`,
          scheduleExpression: scheduler.ScheduleExpression.rate(Duration.minutes(trigger.minutes)).expressionString,
          flexibleTimeWindow: { mode: 'OFF' },
          target: {
            arn: fn.functionArn,
            roleArn: deps.schedulerRole.roleArn,
            // A run that could not be invoked is not worth retrying: the next one comes within the period.
            retryPolicy: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: trigger.minutes * 60 },
          },
        });
        return;
    }
  }
}

/** Why a route has no API Gateway authorizer: the function authenticates it, or the contract makes it public. */
const ROUTE_AUTH_REASON: Record<Exclude<AuthScheme, 'ops'>, string> = {
  none: 'Public by contract (api.md, "Meta endpoints"): health, policy and the OpenAPI document.',
  storefront: 'Authenticated in the function by an HMAC signature over timestamp and raw body (api.md, "Auth"), which an authorizer cannot see.',
  customer: 'Authenticated in the function by an opaque session token bound to one order (api.md, "Auth").',
};


