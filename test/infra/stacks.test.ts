import { readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE } from '../../shared/adapters/keys.js';
import { ENV } from '../../shared/config/env.js';
import { envKeysFor, functionSpecs, type FunctionId } from '../../shared/topology.js';
import { resourcesOf, synthesize } from './app.js';

let built: Awaited<ReturnType<typeof synthesize>>;
beforeAll(async () => {
  built = await synthesize();
});

/** The logical id of a topology function in the service stack. */
function functionLogicalId(id: FunctionId): string {
  const fn = built.service.findResources('AWS::Lambda::Function', {
    Properties: { Description: Match.exact(functionSpecs.find((s) => s.id === id)!.description) },
  });
  const ids = Object.keys(fn);
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

describe('cdk-nag', () => {
  it.each([
    ['AwsSolutions', () => new AwsSolutionsChecks(built.app)],
    ['Serverless', () => new ServerlessChecks(built.app)],
  ])('finds nothing unacknowledged in the %s pack', (_, pack) => {
    const report = pack().validateScope(built.app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(',')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });
});

describe('stateful stack', () => {
  it('keeps the table: PITR, deletion protection, retained, on demand, stream of new images, TTL', () => {
    built.stateful.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
        Replicas: [Match.objectLike({ DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
      }),
    });
  });

  it('has the ops-queue, order-number, outbox-status, customer-email, webhook-endpoint, open and breached indexes, the outbox, email and webhook ones projecting only what their readers need', () => {
    const [[, table]] = resourcesOf(built.stateful, 'AWS::DynamoDB::GlobalTable') as [[string, any]];
    const indexes = table.Properties.GlobalSecondaryIndexes.map((i: any) => [i.IndexName, i.KeySchema.map((k: any) => k.AttributeName)]);
    expect(indexes).toEqual([
      [TABLE.byStatus.name, [TABLE.byStatus.partitionKey, TABLE.byStatus.sortKey]],
      [TABLE.byOrderNumber.name, [TABLE.byOrderNumber.partitionKey, TABLE.byOrderNumber.sortKey]],
      [TABLE.byOutboxStatus.name, [TABLE.byOutboxStatus.partitionKey, TABLE.byOutboxStatus.sortKey]],
      [TABLE.byCustomerEmail.name, [TABLE.byCustomerEmail.partitionKey, TABLE.byCustomerEmail.sortKey]],
      [TABLE.byWebhookEndpoint.name, [TABLE.byWebhookEndpoint.partitionKey, TABLE.byWebhookEndpoint.sortKey]],
      [TABLE.byOpen.name, [TABLE.byOpen.partitionKey, TABLE.byOpen.sortKey]],
      [TABLE.byBreached.name, [TABLE.byBreached.partitionKey, TABLE.byBreached.sortKey]],
    ]);
    expect(table.Properties.GlobalSecondaryIndexes[4].Projection).toEqual({
      ProjectionType: 'INCLUDE',
      NonKeyAttributes: [...TABLE.byWebhookEndpoint.projection],
    });
    expect(table.Properties.GlobalSecondaryIndexes[3].Projection).toEqual({ ProjectionType: 'INCLUDE', NonKeyAttributes: ['rmaIds'] });
    expect(table.Properties.GlobalSecondaryIndexes[2].Projection).toEqual({
      ProjectionType: 'INCLUDE',
      NonKeyAttributes: [...TABLE.byOutboxStatus.projection],
    });
  });

  it('has the RMA event bus, archived for replay, that only the two delivering functions may put events on', () => {
    const [[busId, bus]] = resourcesOf(built.stateful, 'AWS::Events::EventBus') as [[string, any]];
    expect(bus.Properties.Name).toBe("RmaStateful-rma-events");
    const [[, archive]] = resourcesOf(built.stateful, 'AWS::Events::Archive') as [[string, any]];
    expect(archive.Properties).toMatchObject({ EventPattern: { source: ['rma'] }, RetentionDays: 365 });
    expect(JSON.stringify(archive.Properties.SourceArn)).toContain(busId);
    const putters = resourcesOf(built.service, 'AWS::IAM::Policy').filter(([, p]) => JSON.stringify(p.Properties.PolicyDocument).includes('events:PutEvents'));
    expect(putters.map(([id]) => id.replace(/FunctionRoleDefaultPolicy.*$|RoleDefaultPolicy.*$/, '')).sort()).toEqual(['Notifier', 'OutboxRelay']);
    for (const [, policy] of putters) {
      const statement = policy.Properties.PolicyDocument.Statement.find((s: any) => [s.Action].flat().includes('events:PutEvents'));
      expect([statement.Action].flat()).toEqual(['events:PutEvents']);
      expect(JSON.stringify(statement.Resource)).not.toContain('*');
    }
  });

  it('hardens the evidence bucket: no public access, TLS only, encrypted, versioned, logged, retained', () => {
    const buckets = resourcesOf(built.stateful, 'AWS::S3::Bucket').filter(([, b]) => b.Properties.VersioningConfiguration);
    expect(buckets).toHaveLength(1);
    const [logicalId, bucket] = buckets[0]!;
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: expect.anything() },
      CorsConfiguration: {
        CorsRules: [
          // The shop's pages and the returns page (on the web distribution) post uploads.
          expect.objectContaining({ AllowedOrigins: ['https://shop.example.com', WEB_ORIGIN], AllowedMethods: ['POST'] }),
          // The ops console (on the web distribution) reads a document's bytes to show it; nothing else.
          { AllowedOrigins: [WEB_ORIGIN], AllowedMethods: ['GET'], MaxAge: 3000 },
        ],
      },
    });
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ Id: 'ExpireUnverifiedUploads', ExpirationInDays: 2, TagFilters: [expect.anything()] })]),
    );
    built.stateful.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('functions', () => {
  it.each(functionSpecs.map((s) => [s.id, s] as const))('%s runs Node.js 24 on arm64 as the topology says', (id, spec) => {
    const [, fn] = resourcesOf(built.service, 'AWS::Lambda::Function').find(([logicalId]) => logicalId === functionLogicalId(id))!;
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: spec.memoryMiB,
      Timeout: spec.timeoutSeconds,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: expect.objectContaining({ LogFormat: 'JSON' }),
    });
    const env = Object.keys(fn.Properties.Environment.Variables);
    for (const key of envKeysFor(id)) expect(env).toContain(ENV[key]);
    expect(env.filter((name) => name.startsWith('RMA_')).sort()).toEqual(envKeysFor(id).map((k) => ENV[k]).sort());
  });

  it('lets only the customer and storefront APIs read the session signing key (a generated secret of its own)', () => {
    const [[keyId]] = resourcesOf(built.service, 'AWS::SecretsManager::Secret').filter(([id]) => id.startsWith('SessionSigningKey')) as [[string, any]];
    const readers = resourcesOf(built.service, 'AWS::IAM::Policy')
      .filter(([, policy]) => JSON.stringify(policy.Properties.PolicyDocument).includes(`"Ref":"${keyId}"`))
      .flatMap(([, policy]) => (policy.Properties.Roles as { Ref: string }[]).map((r) => r.Ref));
    expect(readers.map((role) => role.replace(/Role[0-9A-F]{8}$/, '')).sort()).toEqual(['CustomerApi', 'StorefrontApi']);
  });

  it('gives each function log groups with retention', () => {
    const groups = resourcesOf(built.service, 'AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(functionSpecs.length);
    for (const [, group] of groups) expect(group.Properties.RetentionInDays).toBe(90);
  });

  it('uses no "*" resource in function policies except for X-Ray, which requires it', () => {
    const policies = resourcesOf(built.service, 'AWS::IAM::Policy');
    const wildcard = policies.flatMap(([logicalId, p]) =>
      (p.Properties.PolicyDocument.Statement as any[])
        .filter((s) => [s.Resource].flat().includes('*'))
        .map((s) => ({ logicalId, actions: [s.Action].flat() })),
    );
    for (const { logicalId, actions } of wildcard) {
      // CDK's own custom resources: S3 notifications, and the copy of the console's files (CloudFront invalidations take no resource).
      if (logicalId.startsWith('BucketNotificationsHandler') || logicalId.startsWith('CustomCDKBucketDeployment')) continue;
      expect(actions.every((a: string) => a.startsWith('xray:')), `${logicalId}: ${actions}`).toBe(true);
    }
  });

  it('sends failed asynchronous deadline invocations to an on-failure destination after 2 retries', () => {
    built.service.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionLogicalId('deadline') },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });
});

describe('timers', () => {
  it('has a schedule group, and a Scheduler role that can only invoke the deadline function and the relay, and write its DLQ', () => {
    built.service.resourceCountIs('AWS::Scheduler::ScheduleGroup', 1);
    const roles = resourcesOf(built.service, 'AWS::IAM::Role').filter(([, r]) =>
      JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('scheduler.amazonaws.com'),
    );
    expect(roles).toHaveLength(1);
    const [roleId, role] = roles[0]!;
    expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
    });
    const policies = resourcesOf(built.service, 'AWS::IAM::Policy').filter(([, p]) =>
      p.Properties.Roles.some((r: any) => r.Ref === roleId),
    );
    const statements = policies.flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const dlq = resourcesOf(built.service, 'AWS::SQS::Queue').find(([id]) => id.startsWith('SchedulerDlq'))![0];
    // Statements as IAM minimizes them (@aws-cdk/aws-iam:minimizePolicies).
    expect(statements).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        Effect: 'Allow',
        Resource: ['deadline', 'outboxRelay'].map((id) => ({ 'Fn::GetAtt': [functionLogicalId(id as 'deadline'), 'Arn'] })),
      },
      {
        Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [dlq, 'Arn'] },
      },
    ]);
  });

  it('encrypts every queue and enforces TLS on it', () => {
    for (const [, queue] of resourcesOf(built.service, 'AWS::SQS::Queue')) {
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    }
    for (const [, policy] of resourcesOf(built.service, 'AWS::SQS::QueuePolicy')) {
      expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    }
  });
});

describe('HTTP API', () => {
  it('protects ops routes with the Cognito JWT authorizer and no others', () => {
    built.service.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Audience: [Match.anyValue()], Issuer: Match.anyValue() },
    });
    for (const [, route] of resourcesOf(built.service, 'AWS::ApiGatewayV2::Route')) {
      const ops = String(route.Properties.RouteKey).includes('/v1/ops/');
      expect(route.Properties.AuthorizationType, route.Properties.RouteKey).toBe(ops ? 'JWT' : 'NONE');
    }
    built.service.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'rma-ops' });
    built.service.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON' });
  });

  it('logs access and throttles by default on the $default stage', () => {
    built.service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
  });

  it('has an ops topic encrypted with a rotating customer managed key, TLS only', () => {
    built.service.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    built.service.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    built.service.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });
});

describe('ops alarms and dashboard', () => {
  const alarms = () => Object.values(built.service.findResources('AWS::CloudWatch::Alarm')) as { Properties: Record<string, any> }[];
  const byName = (suffix: string) => {
    const found = alarms().filter((a) => String(a.Properties.AlarmName).endsWith(`-${suffix}`));
    expect(found, suffix).toHaveLength(1);
    return found[0]!.Properties;
  };
  const topicId = () => Object.keys(built.service.findResources('AWS::SNS::Topic'))[0]!;

  it('alarms on each SLA breach metric the deadline function emits', () => {
    for (const name of ['RefundSlaBreached', 'DecisionSlaBreached']) {
      expect(byName(name)).toMatchObject({
        Namespace: 'RmaBackend',
        MetricName: name,
        Dimensions: [{ Name: 'service', Value: 'deadline' }],
        Statistic: 'Sum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    }
  });

  it('alarms on outbox messages that failed (from either delivering function) and on the oldest pending one waiting > 15 min or no report from the relay', () => {
    const failed = byName('OutboxMessagesFailed');
    expect(failed.Metrics.map((m: any) => m.MetricStat?.Metric).filter(Boolean)).toEqual(
      ['notifier', 'outboxRelay'].map((service) => ({ Namespace: 'RmaBackend', MetricName: 'OutboxMessageFailed', Dimensions: [{ Name: 'service', Value: service }] })),
    );
    expect(failed).toMatchObject({ Threshold: 1, TreatMissingData: 'notBreaching' });
    expect(byName('OutboxPendingTooOld')).toMatchObject({
      Namespace: 'RmaBackend',
      MetricName: 'OutboxOldestPendingAgeSeconds',
      Dimensions: [{ Name: 'service', Value: 'outboxRelay' }],
      Statistic: 'Maximum',
      Threshold: 900,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'breaching',
    });
  });

  it('alarms on webhook deliveries that failed after their day of retries (from either delivering function)', () => {
    const failed = byName('WebhookDeliveriesFailed');
    expect(failed.Metrics.map((m: any) => m.MetricStat?.Metric).filter(Boolean)).toEqual(
      ['notifier', 'outboxRelay'].map((service) => ({ Namespace: 'RmaBackend', MetricName: 'WebhookDeliveryFailed', Dimensions: [{ Name: 'service', Value: service }] })),
    );
    expect(failed).toMatchObject({ Threshold: 1, TreatMissingData: 'notBreaching' });
  });

  it('alarms on every dead-letter queue holding a message', () => {
    const queues = Object.keys(built.service.findResources('AWS::SQS::Queue'));
    const watched = alarms()
      .filter((a) => a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible')
      .map((a) => a.Properties.Dimensions[0].Value['Fn::GetAtt'][0]);
    expect(watched.sort()).toEqual(queues.sort());
  });

  it('alarms on errors of every function, API 5xx and DynamoDB throttles', () => {
    const erroring = alarms()
      .filter((a) => a.Properties.MetricName === 'Errors')
      .map((a) => a.Properties.Dimensions[0].Value.Ref);
    expect(erroring.sort()).toEqual(functionSpecs.map((s) => functionLogicalId(s.id)).sort());
    expect(byName('Api5xx')).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx' });
    const throttles = byName('DynamoDbThrottles');
    expect(throttles.Metrics.map((m: { MetricStat?: { Metric: { MetricName: string } } }) => m.MetricStat?.Metric.MetricName).filter(Boolean).sort()).toEqual([
      'ReadThrottleEvents',
      'WriteThrottleEvents',
    ]);
  });

  it('names every alarm, says what to do with a runbook entry that exists, and notifies the ops topic', () => {
    const runbook = readFileSync('docs/operations.md', 'utf8');
    const anchors = new Set([...runbook.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')));
    // SLA ×2, DLQs ×5, outbox failed + oldest pending + webhooks failed, errors per function, API 5xx, throttles.
    expect(alarms().length).toBe(2 + 5 + 3 + functionSpecs.length + 2);
    for (const { Properties: alarm } of alarms()) {
      expect(alarm.AlarmName).toMatch(/^[A-Za-z0-9-]+$/);
      const [, anchor] = /Runbook: docs\/operations\.md#([a-z0-9-]+)$/.exec(alarm.AlarmDescription) ?? [];
      expect(anchors, `${alarm.AlarmName} → #${anchor}`).toContain(anchor);
      expect(alarm.AlarmActions).toEqual([{ Ref: topicId() }]);
    }
  });

  it('subscribes the ops email to the topic, with a dead-letter queue', () => {
    built.service.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: Match.stringLikeRegexp('@'),
      TopicArn: { Ref: topicId() },
      RedrivePolicy: Match.anyValue(),
    });
  });

  it('has one dashboard showing every alarm', () => {
    const dashboards = Object.values(built.service.findResources('AWS::CloudWatch::Dashboard')) as { Properties: { DashboardBody: unknown } }[];
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0]!.Properties.DashboardBody);
    for (const metric of ['RefundSlaBreached', 'DecisionSlaBreached', 'OutboxMessageFailed', 'OutboxOldestPendingAgeSeconds', 'ApproximateNumberOfMessagesVisible', 'Errors', '5xx', 'ThrottleEvents']) {
      expect(body).toContain(metric);
    }
    expect(body).toMatch(/\\"type\\":\\"alarm\\"/);
  });
});

describe('npx cdk synth', () => {
  it('prints no deprecation warning and leaves no feature flag unconfigured', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const out = mkdtempSync(join(tmpdir(), 'rma-synth-'));
    try {
      const synth = spawnSync('npx', ['cdk', 'synth', '--quiet', '--output', out], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      expect(synth.status, synth.stderr).toBe(0);
      const said = `${synth.stdout}\n${synth.stderr}`;
      expect(said).not.toMatch(/deprecated/i);
      expect(said).not.toMatch(/feature flags? (is|are) not configured/i);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

const WEB_ORIGIN = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^WebDistribution/), 'DomainName'] }]] };

/** The security headers a cache behaviour's response headers policy adds. */
function headersPolicy(behavior: { ResponseHeadersPolicyId: { Ref: string } }): any {
  const policies = Object.fromEntries(resourcesOf(built.stateful, 'AWS::CloudFront::ResponseHeadersPolicy')) as Record<string, any>;
  return policies[behavior.ResponseHeadersPolicyId.Ref].Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
}

const deployments = () => resourcesOf(built.service, 'Custom::CDKBucketDeployment').map(([, d]) => (d as any).Properties);

describe('the ops console in AWS (issue 14)', () => {
  it('is served from a private bucket through CloudFront with origin access control, over HTTPS, with the pages\' security headers', () => {
    const [[bucketId]] = resourcesOf(built.stateful, 'AWS::S3::Bucket').filter(([id]) => id.startsWith('WebBucket')) as [[string, any]];
    built.stateful.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    const [[, distribution]] = resourcesOf(built.stateful, 'AWS::CloudFront::Distribution') as [[string, any]];
    const config = distribution.Properties.DistributionConfig;
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.Origins).toEqual([expect.objectContaining({ OriginAccessControlId: expect.anything(), S3OriginConfig: { OriginAccessIdentity: '' } })]);
    expect(JSON.stringify(config.Origins[0].DomainName)).toContain(bucketId);
    expect(resourcesOf(built.stateful, 'AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    const security = headersPolicy(config.DefaultCacheBehavior);
    expect(JSON.stringify(security.ContentSecurityPolicy.ContentSecurityPolicy)).toContain("frame-ancestors 'none'");
    expect(JSON.stringify(security.ContentSecurityPolicy.ContentSecurityPolicy)).toContain("default-src 'self'");
    expect(security).toMatchObject({ FrameOptions: { FrameOption: 'DENY' }, ContentTypeOptions: { Override: true }, StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000 } });
  });

  it('serves the returns page at /returns/ of the same distribution, which only the shop’s origins may frame (issue 15)', () => {
    const [[, distribution]] = resourcesOf(built.stateful, 'AWS::CloudFront::Distribution') as [[string, any]];
    const config = distribution.Properties.DistributionConfig;
    const [returns] = config.CacheBehaviors as any[];
    expect(returns).toMatchObject({ PathPattern: 'returns/*', ViewerProtocolPolicy: 'redirect-to-https', FunctionAssociations: config.DefaultCacheBehavior.FunctionAssociations });
    const security = headersPolicy(returns);
    expect(JSON.stringify(security.ContentSecurityPolicy.ContentSecurityPolicy)).toContain("frame-ancestors 'self' https://shop.example.com;");
    expect(security.FrameOptions).toBeUndefined(); // X-Frame-Options cannot name the shop
    expect(security).toMatchObject({ ContentTypeOptions: { Override: true }, StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000 } });
    const deployment = deployments().find((d) => d.DestinationBucketKeyPrefix === 'returns/')!;
    expect(deployment.DistributionPaths).toEqual(['/returns/*']);
    // Its config.json names the API, and nothing of the console's sign-in.
    const markers = JSON.stringify(deployment.SourceMarkers);
    expect(markers).toContain('HttpApi');
    expect(markers).not.toContain('OpsUserPool');
  });

  it('signs ops in through the hosted UI (code grant, back to /ops/ of the distribution) and deploys the files with a config.json naming the API and the sign-in', () => {
    built.service.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': 'RmaStateful-WebDomainName' }, '/ops/']] }],
    });
    expect(resourcesOf(built.service, 'AWS::Cognito::UserPoolDomain')).toHaveLength(1);
    const deployment = deployments().find((d) => d.DestinationBucketKeyPrefix === 'ops/')!;
    expect(deployment.DistributionPaths).toEqual(['/ops/*']);
    // config.json is an asset whose markers CloudFormation fills in: the API, the sign-in domain and the client.
    const markers = JSON.stringify(deployment.SourceMarkers);
    for (const resource of ['HttpApi', 'OpsUserPoolOpsSignIn', 'OpsUserPoolOpsConsole']) expect(markers).toContain(resource);
  });

  it('lets the console (another origin than the API) call every ops route, DELETE included, and no other origin than the shop and it', () => {
    const [[, api]] = resourcesOf(built.service, 'AWS::ApiGatewayV2::Api') as [[string, any]];
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual(['https://shop.example.com', { 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': 'RmaStateful-WebDomainName' }]] }]);
    expect(api.Properties.CorsConfiguration.AllowMethods).toEqual(['GET', 'POST', 'PUT', 'DELETE']);
  });
});
