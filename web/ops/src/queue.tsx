/** The queue: summary counts, filters, a search, and the open RMAs oldest first, a page at a time. */
import { useState } from 'preact/hooks';
import { type Api, must, type Rma, type RmaStatus } from './api.js';
import { badges, instant, nextDeadline, OPEN_STATUSES, REASON_LABELS, span, STATUS_LABELS } from './format.js';
import { useLoad } from '../../common/load.js';
import { TableHead } from './ui.js';

type Sla = '' | 'true' | 'false';

interface Query {
  readonly status: RmaStatus | '';
  readonly sla: Sla;
  readonly search: string;
  /** Cursors of the pages before this one (the first page has none). */
  readonly cursors: readonly string[];
}

/** What the search box holds, as the API's exact lookups take it. */
function lookupOf(search: string): { number: string } | { email: string } | { orderNumber: string } {
  const text = search.trim();
  if (/^RMA-\d{4}-\d{6,}$/i.test(text)) return { number: text.toUpperCase() };
  if (text.includes('@')) return { email: text };
  return { orderNumber: text };
}

export function QueuePage({ api }: { api: Api }) {
  const [query, setQuery] = useState<Query>({ status: '', sla: '', search: '', cursors: [] });
  const [draft, setDraft] = useState({ status: query.status, sla: query.sla, search: query.search });
  const summary = useLoad(() => must(api.GET('/v1/ops/summary')), []);
  const page = useLoad(() => {
    const cursor = query.cursors.at(-1);
    const filter = query.search.trim()
      ? lookupOf(query.search)
      : { ...(query.status ? { status: query.status } : {}), ...(query.sla ? { slaBreached: query.sla } : {}), ...(cursor ? { cursor } : {}), limit: 25 };
    return must(api.GET('/v1/ops/rmas', { params: { query: filter } }));
  }, [query]);

  const apply = (event: Event) => {
    event.preventDefault();
    setQuery({ ...draft, cursors: [] });
  };
  const now = Date.now();
  const title = query.search.trim() ? `Search: ${query.search.trim()}` : query.status ? STATUS_LABELS[query.status] : 'Open returns';

  return (
    <>
      <h1>Queue</h1>
      <section aria-labelledby="summary-title" class="summary">
        <h2 id="summary-title" class="visually-hidden">
          Summary
        </h2>
        {summary.error && <p class="error" role="alert">{summary.error}</p>}
        {summary.data && (
          <dl>
            {OPEN_STATUSES.map((status) => (
              <div key={status}>
                <dt>{STATUS_LABELS[status]}</dt>
                <dd>{summary.data!.countsByStatus[status]}</dd>
              </div>
            ))}
            <div class={summary.data.openSlaBreaches.decision > 0 ? 'alarm' : ''}>
              <dt>Decision SLA breached</dt>
              <dd>{summary.data.openSlaBreaches.decision}</dd>
            </div>
            <div class={summary.data.openSlaBreaches.refund > 0 ? 'alarm' : ''}>
              <dt>Refund SLA breached</dt>
              <dd>{summary.data.openSlaBreaches.refund}</dd>
            </div>
            <div>
              <dt>Median submission → resolution</dt>
              <dd>{summary.data.medianSubmissionToResolutionHours === null ? '—' : `${summary.data.medianSubmissionToResolutionHours} h`}</dd>
            </div>
          </dl>
        )}
      </section>

      <form class="filters" onSubmit={apply} role="search" aria-label="Filter and search the queue">
        <label>
          Status
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value as RmaStatus | '' })}>
            <option value="">All open</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Refund SLA
          <select value={draft.sla} onChange={(e) => setDraft({ ...draft, sla: e.currentTarget.value as Sla })}>
            <option value="">Any</option>
            <option value="true">Breached</option>
            <option value="false">Not breached</option>
          </select>
        </label>
        <label class="grow">
          Search (RMA number, order number or email)
          <input type="search" value={draft.search} onInput={(e) => setDraft({ ...draft, search: e.currentTarget.value })} placeholder="RMA-2026-000042" />
        </label>
        <button type="submit">Show</button>
      </form>

      <section aria-labelledby="list-title">
        <h2 id="list-title">{title}</h2>
        {page.error && <p class="error" role="alert">{page.error}</p>}
        {page.loading && <p role="status">Loading…</p>}
        {page.data && page.data.items.length === 0 && <p>Nothing here.</p>}
        {page.data && page.data.items.length > 0 && <RmaTable items={page.data.items} now={now} />}
        <div class="pager">
          {query.cursors.length > 0 && (
            <button type="button" class="quiet" onClick={() => setQuery({ ...query, cursors: query.cursors.slice(0, -1) })}>
              Previous page
            </button>
          )}
          {page.data?.nextCursor && (
            <button type="button" class="quiet" onClick={() => setQuery({ ...query, cursors: [...query.cursors, page.data!.nextCursor!] })}>
              Next page
            </button>
          )}
        </div>
      </section>
    </>
  );
}

function RmaTable({ items, now }: { items: readonly Rma[]; now: number }) {
  return (
    <table class="rmas">
      <TableHead columns={['RMA', 'Status', 'Reason', 'Age', 'Next deadline', 'SLA']} />
      <tbody>
        {items.map((rma) => {
          const next = nextDeadline(rma);
          return (
            <tr key={rma.rmaId}>
              <td data-label="RMA">
                <a href={`#/rmas/${rma.rmaId}`}>{rma.number}</a>
              </td>
              <td data-label="Status">{STATUS_LABELS[rma.status]}</td>
              <td data-label="Reason">{REASON_LABELS[rma.reason]}</td>
              <td data-label="Age">{span(now - Date.parse(rma.createdAt))}</td>
              <td data-label="Next deadline">{next ? `${next.label}: ${instant(next.at)}` : '—'}</td>
              <td data-label="SLA">
                {badges(rma, now).map((b) => (
                  <span key={b.text} class={`badge ${b.tone}`}>
                    {b.text}
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
