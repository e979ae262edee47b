/**
 * cdk-nag findings acknowledged for constructs that CDK creates on our behalf. Findings of our
 * own constructs are acknowledged next to them (house function construct, stacks), each with
 * its reason.
 */
import { Validations } from 'aws-cdk-lib';
import type { ServiceStack } from './stacks/service-stack.js';

export function acknowledgeNagFindings(service: ServiceStack, webBucketArnExport: string): void {
  // The custom resource that copies the ops console's files into the web bucket (BucketDeployment).
  for (const child of service.node.children) {
    if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    const reason = "CDK's own BucketDeployment custom resource: its function, runtime and role are CDK's, and it runs only during a deployment.";
    const wildcards = `${reason} It reads the CDK asset and writes the web bucket, which CDK grants with these wildcards.`;
    Validations.of(child).acknowledge(
      { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason },
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({ id: `AwsSolutions-IAM5[Action::${action}]`, reason: wildcards })),
      ...['*', 'arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*', `${webBucketArnExport}/*`].map((resource) => ({
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason: wildcards,
      })),
      { id: 'AwsSolutions-L1', reason },
      { id: 'Serverless-LambdaDLQ', reason: `${reason} A failed copy fails the deployment itself.` },
      { id: 'Serverless-LambdaLatestVersion', reason },
      { id: 'Serverless-LambdaTracing', reason },
    );
  }
  // The custom resource that applies S3 notifications to the (imported) evidence bucket.
  for (const child of service.node.children) {
    if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
    const role = child.node.tryFindChild('Role');
    if (role === undefined) continue;
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: "CDK's own S3 notifications custom resource; its role is not configurable.",
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: "CDK's own S3 notifications custom resource needs s3:PutBucketNotification, which it grants on '*'.",
    });
  }
}
