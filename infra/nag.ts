/**
 * cdk-nag findings acknowledged for constructs that CDK creates on our behalf. Findings of our
 * own constructs are acknowledged next to them (house function construct, stacks), each with
 * its reason.
 */
import { Validations } from 'aws-cdk-lib';
import type { ServiceStack } from './stacks/service-stack.js';

export function acknowledgeNagFindings(service: ServiceStack): void {
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
