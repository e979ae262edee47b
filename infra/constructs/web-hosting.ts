/**
 * Where the web apps live in AWS: a private bucket that only CloudFront reads (origin access
 * control), one distribution over HTTPS with the pages' security headers (web/build.ts, the same
 * ones the local gateway sends), and a directory (`/ops/`, `/returns/`) answered with its
 * index.html. The console is never framed; the returns page only by the shop's origins. The files
 * and each app's `config.json` are deployed by the service stack, which knows the API and the sign-in.
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { pageHeaders } from '../../web/build.js';

export interface WebHostingProps {
  /** Where the bucket's access logs go. */
  readonly accessLogs: s3.IBucket;
  /** The shop's origins: they may show the returns page in a frame. */
  readonly shopOrigins: readonly string[];
}

/** A directory (`/ops/`) is its index.html; `/ops` goes to `/ops/`. CloudFront Functions' own JavaScript. */
const INDEX_FUNCTION = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) { request.uri = uri + 'index.html'; return request; }
  if (uri.split('/').pop().indexOf('.') === -1) {
    return { statusCode: 308, statusDescription: 'Permanent Redirect', headers: { location: { value: uri + '/' } } };
  }
  return request;
}`;

export class WebHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** `https://<distribution domain>`: the web apps' origin, for CORS and the sign-in's redirect. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const { region } = Stack.of(this);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'web/',
      // Only built files live here (every deployment writes them again), but like the stack's
      // other buckets it outlives the stack rather than fail its deletion when not empty.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const sources = {
      // The API, Cognito's sign-in endpoints and the evidence bucket (presigned downloads and upload
      // forms), in this region: their exact hosts are the other resources' (naming them would make a cycle).
      connect: [`https://*.execute-api.${region}.amazonaws.com`, `https://*.auth.${region}.amazoncognito.com`],
      media: [`https://*.s3.${region}.amazonaws.com`],
    };
    const securityHeaders = (id: string, comment: string, frameAncestors?: readonly string[]) => {
      const headers = pageHeaders({ ...sources, ...(frameAncestors ? { frameAncestors } : {}) });
      return new cloudfront.ResponseHeadersPolicy(this, id, {
        comment,
        securityHeadersBehavior: {
          contentSecurityPolicy: { contentSecurityPolicy: headers['content-security-policy']!, override: true },
          contentTypeOptions: { override: true },
          ...(headers['x-frame-options'] ? { frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true } } : {}),
          referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
          strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, preload: true, override: true },
        },
      });
    };
    const origin = origins.S3BucketOrigin.withOriginAccessControl(this.bucket);
    const directoryIndex = new cloudfront.Function(this, 'DirectoryIndex', { code: cloudfront.FunctionCode.fromInline(INDEX_FUNCTION), runtime: cloudfront.FunctionRuntime.JS_2_0 });
    const behavior = (responseHeadersPolicy: cloudfront.IResponseHeadersPolicy): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy,
      functionAssociations: [{ eventType: cloudfront.FunctionEventType.VIEWER_REQUEST, function: directoryIndex }],
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'RMA web apps (ops console, returns page)',
      defaultBehavior: behavior(securityHeaders('SecurityHeaders', 'The web apps: CSP, HSTS, no framing, no sniffing, no referrer')),
      additionalBehaviors: {
        'returns/*': behavior(securityHeaders('ReturnsPageHeaders', "The returns page: as the others, but the shop's origins may frame it", props.shopOrigins)),
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logBucket(),
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge(
      { id: 'AwsSolutions-CFR1', reason: 'Ops staff and shoppers sign in from anywhere; there is no country to block.' },
      { id: 'AwsSolutions-CFR2', reason: 'Static files only: every write goes to the API, which has its own throttling; a WAF is an operator choice (README).' },
      { id: 'AwsSolutions-CFR4', reason: 'The default *.cloudfront.net certificate cannot pin a TLS policy; an operator who adds a custom domain and certificate sets TLSv1.2_2021 with it.' },
    );
  }

  /** CloudFront's standard logs need a bucket that takes ACLs (the other log bucket enforces owner). */
  private logBucket(): s3.Bucket {
    const bucket = new s3.Bucket(this, 'Logs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    Validations.of(bucket).acknowledge({ id: 'AwsSolutions-S1', reason: 'This is the log bucket of the web distribution; logging it too would recurse.' });
    return bucket;
  }
}
