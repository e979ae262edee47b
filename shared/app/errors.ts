/**
 * A timer arrived before its due time (Scheduler may fire up to a minute early). The invocation
 * fails, and Lambda's asynchronous retry delivers the event again after the deadline.
 */
export class NotYetDueError extends Error {
  override name = 'NotYetDueError';
}
