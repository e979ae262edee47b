/**
 * Powertools Metrics as the local functions use them, with every EMF document they publish kept
 * in memory instead of printed: in AWS CloudWatch reads the EMF lines from the log; locally
 * `/_local/metrics` shows what would have been recorded, so tests can count what a function
 * really emitted.
 */
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { MetricsOptions } from '@aws-lambda-powertools/metrics/types';

export interface PublishedMetric {
  readonly namespace: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly at: string;
  /** EMF properties that are not metrics: dimensions (service) and metadata (e.g. rmaId). */
  readonly properties: Readonly<Record<string, unknown>>;
}

export class MetricsRecorder {
  readonly published: PublishedMetric[] = [];

  metrics(options: MetricsOptions): Metrics {
    return new RecordedMetrics(options, this);
  }

  record(emf: ReturnType<Metrics['serializeMetrics']>): void {
    const { _aws, ...rest } = emf as unknown as {
      _aws: { Timestamp: number; CloudWatchMetrics: { Namespace: string; Metrics: { Name: string; Unit: string }[] }[] };
    } & Record<string, unknown>;
    for (const directive of _aws.CloudWatchMetrics) {
      const names = new Set(directive.Metrics.map((m) => m.Name));
      const properties = Object.fromEntries(Object.entries(rest).filter(([key]) => !names.has(key)));
      for (const metric of directive.Metrics) {
        const values = ([] as unknown[]).concat(rest[metric.Name]);
        for (const value of values) {
          this.published.push({
            namespace: directive.Namespace,
            name: metric.Name,
            value: Number(value),
            unit: metric.Unit,
            at: new Date(_aws.Timestamp).toISOString(),
            properties,
          });
        }
      }
    }
  }
}

class RecordedMetrics extends Metrics {
  constructor(
    options: MetricsOptions,
    private readonly recorder: MetricsRecorder,
  ) {
    super(options);
  }

  /** Records instead of printing: locally the EMF lines would only flood the log (the relay publishes every minute). */
  override publishStoredMetrics(): this {
    if (this.hasStoredMetrics()) this.recorder.record(this.serializeMetrics());
    this.clearMetrics();
    this.clearMetadata();
    return this;
  }
}
