/** Side effects that failed (or still wait): emails, timer changes and bus events, with a retry for the failed. */
import { useState } from 'preact/hooks';
import { type Api, must } from './api.js';
import { instant } from './format.js';
import { useLoad } from '../../common/load.js';
import { Pager, RetryCell, TableHead, useAction } from './ui.js';

export function OutboxPage({ api }: { api: Api }) {
  const [status, setStatus] = useState<'failed' | 'pending'>('failed');
  const [cursors, setCursors] = useState<string[]>([]);
  const { run, outcome } = useAction();
  const page = useLoad(() => {
    const cursor = cursors.at(-1);
    return must(api.GET('/v1/ops/outbox', { params: { query: { status, ...(cursor ? { cursor } : {}) } } }));
  }, [status, cursors]);
  const retry = (messageId: string) =>
    run(() => must(api.POST('/v1/ops/outbox/{messageId}/retry', { params: { path: { messageId } } })), `${messageId} will be delivered again within a minute.`, page.reload);
  return (
    <>
      <h1>Outbox</h1>
      <p>Emails, timer changes and bus events wait here when a dependency is down; after their last attempt they are failed until retried.</p>
      {outcome}
      <label class="narrow">
        Show
        <select value={status} onChange={(e) => (setStatus(e.currentTarget.value as typeof status), setCursors([]))}>
          <option value="failed">Failed</option>
          <option value="pending">Pending</option>
        </select>
      </label>
      {page.error && <p class="error" role="alert">{page.error}</p>}
      {page.data?.items.length === 0 && <p>Nothing {status}.</p>}
      {page.data && page.data.items.length > 0 && (
        <table>
          <TableHead columns={['Message', 'Kind', 'Attempts', 'Last error', 'Next attempt']} action />
          <tbody>
            {page.data.items.map((m) => (
              <tr key={m.messageId}>
                <td data-label="Message">{m.rmaId ? <a href={`#/rmas/${m.rmaId}`}>{m.messageId}</a> : m.messageId}</td>
                <td data-label="Kind">{m.kind}</td>
                <td data-label="Attempts">{m.attempts}</td>
                <td data-label="Last error">{m.lastError ?? '—'}</td>
                <td data-label="Next attempt">{instant(m.nextAttemptAt)}</td>
                <RetryCell failed={m.status === 'failed'} onRetry={() => retry(m.messageId)} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager cursors={cursors} nextCursor={page.data?.nextCursor} onChange={setCursors} />
    </>
  );
}
