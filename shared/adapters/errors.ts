/**
 * Errors of the adapters that callers act on. The HTTP edge maps them (shared/http/problem.ts);
 * the delivery engine stops calling a dependency that raised one for the rest of its run.
 */

/**
 * A dependency (DynamoDB, SES, Scheduler, S3) did not answer in time or answered that it could
 * not serve, after the SDK's own retries. For a write the outcome is unknown: it may have taken
 * effect. Clients are told 503 with `retry-after`.
 */
export class DependencyUnavailableError extends Error {
  override name = 'DependencyUnavailableError';
  constructor(
    readonly service: string,
    options?: ErrorOptions,
  ) {
    super(`${service} did not answer in time or is unavailable`, options);
  }
}

/** An outbox effect that no retry can make succeed (the target refused the request itself). */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}
