/**
 * What holds data and must outlive deployments: the table, the evidence bucket, the event bus;
 * and where the web apps are served from, whose address the evidence bucket's CORS and the
 * sign-in name. Construct ids here are stable on purpose: renaming one replaces the resource and
 * loses its data.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { EVENT_SOURCE } from '../../shared/adapters/event-bus.js';
import { GLOBAL_INDEXES, TABLE } from '../../shared/adapters/keys.js';
import { CORS, EVIDENCE_STATUS_TAG } from '../../shared/topology.js';
import type { DeployConfig } from '../config.js';
import { WebHosting } from '../constructs/web-hosting.js';


export interface StatefulStackProps extends StackProps {
  readonly config: DeployConfig;
}

export class StatefulStack extends Stack {
  readonly table: dynamodb.TableV2;
  readonly evidenceBucket: s3.Bucket;
  /** Named exports of the bucket, imported by the service stack (stable names for IAM and nag). */
  readonly evidenceBucketExports: { readonly arn: string; readonly name: string };
  /** The RMA event bus (events.md, "EventBridge"), archived so consumers can replay. */
  readonly eventBus: events.EventBus;
  /** The web apps' bucket and distribution (their files are deployed by the service stack). */
  readonly web: WebHosting;
  /** Named exports of the web bucket and distribution, imported by the service stack (as the evidence bucket's). */
  readonly webExports: { readonly bucketArn: string; readonly bucketName: string; readonly distributionId: string; readonly domainName: string };

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const key = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });

    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: key(TABLE.partitionKey),
      sortKey: key(TABLE.sortKey),
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      dynamoStream: dynamodb.StreamViewType.NEW_IMAGE,
      timeToLiveAttribute: TABLE.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
        indexName: index.name,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
        ...('projection' in index ? { projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: [...index.projection] } : {}),
      })),
    });

    const accessLogs = new s3.Bucket(this, 'EvidenceAccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket of the evidence bucket; logging it too would recurse.',
    });
    this.web = new WebHosting(this, 'Web', { accessLogs, shopOrigins: props.config.storefrontOrigins });

    this.evidenceBucket = new s3.Bucket(this, 'EvidenceBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'evidence/',
      removalPolicy: RemovalPolicy.RETAIN,
      cors: [
        {
          // The shop's pages and the returns page (on the web distribution) post uploads.
          allowedOrigins: [...props.config.storefrontOrigins, this.web.origin],
          allowedMethods: CORS.bucket.methods.map((m) => s3.HttpMethods[m]),
          allowedHeaders: [...CORS.bucket.headers],
          maxAge: CORS.bucket.maxAgeSeconds,
        },
        // The ops console reads a verified document's bytes to show it (downloads are attachments).
        { allowedOrigins: [this.web.origin], allowedMethods: [s3.HttpMethods.GET], maxAge: CORS.bucket.maxAgeSeconds },
      ],
      lifecycleRules: [
        {
          id: 'ExpireUnverifiedUploads',
          tagFilters: { [EVIDENCE_STATUS_TAG.key]: EVIDENCE_STATUS_TAG.pending },
          expiration: Duration.days(2),
        },
        { id: 'ExpireOldVersions', noncurrentVersionExpiration: Duration.days(30) },
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
    this.eventBus = new events.EventBus(this, 'RmaEvents', { eventBusName: `${this.stackName}-rma-events`, description: 'Every change of an RMA (events.md)' });
    this.eventBus.archive('RmaEventsArchive', {
      description: 'Every RMA event, for replay',
      eventPattern: { source: [EVENT_SOURCE] },
      retention: Duration.days(365),
    });
    new CfnOutput(this, 'EventBusName', { value: this.eventBus.eventBusName });

    this.evidenceBucketExports = { arn: `${this.stackName}-EvidenceBucketArn`, name: `${this.stackName}-EvidenceBucketName` };
    new CfnOutput(this, 'EvidenceBucketArn', { value: this.evidenceBucket.bucketArn, exportName: this.evidenceBucketExports.arn });
    new CfnOutput(this, 'EvidenceBucketName', { value: this.evidenceBucket.bucketName, exportName: this.evidenceBucketExports.name });

    const exported = (name: string) => `${this.stackName}-${name}`;
    this.webExports = { bucketArn: exported('WebBucketArn'), bucketName: exported('WebBucketName'), distributionId: exported('WebDistributionId'), domainName: exported('WebDomainName') };
    new CfnOutput(this, 'WebBucketArn', { value: this.web.bucket.bucketArn, exportName: this.webExports.bucketArn });
    new CfnOutput(this, 'WebBucketName', { value: this.web.bucket.bucketName, exportName: this.webExports.bucketName });
    new CfnOutput(this, 'WebDistributionId', { value: this.web.distribution.distributionId, exportName: this.webExports.distributionId });
    new CfnOutput(this, 'WebDomainName', { value: this.web.distribution.distributionDomainName, exportName: this.webExports.domainName });
  }
}
