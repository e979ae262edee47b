/** What every function runtime shares: the clock and the logger. */
import { Logger } from '@aws-lambda-powertools/logger';

export type Clock = () => Date;

/** CloudWatch namespace of the business metrics (RefundSlaBreached, DecisionSlaBreached). */
export const METRICS_NAMESPACE = 'RmaBackend';

/** In AWS the clock is the system clock; the local stack injects its adjustable one. */
export const systemClock: Clock = () => new Date();

export function createLogger(serviceName: string): Logger {
  return new Logger({ serviceName });
}
