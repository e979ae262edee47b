/**
 * The shop's webhook endpoints: register one (its secret shown once), send a test, rotate the
 * secret, enable one the backend disabled, delete one; and an endpoint's deliveries, newest
 * first, with a retry for the failed ones.
 */
import { useState } from 'preact/hooks';
import { type Api, must, type Schemas } from './api.js';
import { instant } from './format.js';
import { useLoad } from '../../common/load.js';
import { Pager, RetryCell, TableHead, useAction } from './ui.js';

type EventType = NonNullable<Schemas['WebhookEndpointRequest']['events']>[number];

const EVENT_TYPES: readonly EventType[] = [
  'rma.opened', 'rma.evidence_verified', 'rma.evidence_rejected', 'rma.submitted', 'rma.approved', 'rma.rejected',
  'rma.in_transit', 'rma.received', 'rma.inspected', 'rma.resolved', 'rma.cancelled', 'rma.expired', 'rma.sla_breached',
];

const failure = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function WebhooksPage({ api }: { api: Api }) {
  const endpoints = useLoad(() => must(api.GET('/v1/ops/webhook-endpoints')), []);
  const [message, setMessage] = useState<{ text: string; secret?: string }>();
  const [error, setError] = useState<string>();
  const act = async (what: () => Promise<{ text: string; secret?: string }>) => {
    setError(undefined);
    setMessage(undefined);
    try {
      setMessage(await what());
      endpoints.reload();
    } catch (e) {
      setError(failure(e));
    }
  };
  const path = (endpointId: string) => ({ params: { path: { endpointId } } });
  return (
    <>
      <h1>Webhooks</h1>
      <div role="status">
        {message && (
          <div class="done">
            {message.text}
            {message.secret && (
              <p>
                Secret (shown only now): <code class="secret">{message.secret}</code>
              </p>
            )}
          </div>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          Refused: {error}
        </p>
      )}
      <section aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">Endpoints</h2>
        {endpoints.error && <p class="error" role="alert">{endpoints.error}</p>}
        {endpoints.data?.items.length === 0 && <p>No endpoint yet.</p>}
        <ul class="endpoints">
          {endpoints.data?.items.map((e) => (
            <li key={e.endpointId} class="card">
              <p>
                <strong class="url">{e.url}</strong> <span class={`badge ${e.status === 'enabled' ? (e.failingSince ? 'warning' : 'ok') : 'danger'}`}>{e.failingSince && e.status === 'enabled' ? 'failing' : e.status}</span>
              </p>
              {e.description && <p>{e.description}</p>}
              <p class="muted">
                {e.events === null ? 'Every event type' : e.events.join(', ')} · since {instant(e.createdAt)}
                {e.failingSince && ` · failing since ${instant(e.failingSince)}`}
                {e.disabledAt && ` · disabled ${instant(e.disabledAt)}`}
              </p>
              <p class="buttons">
                <a href={`#/webhooks/${e.endpointId}`}>Deliveries</a>
                <button type="button" class="quiet" onClick={() => act(async () => (await must(api.POST('/v1/ops/webhook-endpoints/{endpointId}/test', path(e.endpointId))), { text: `Test event sent to ${e.url}.` }))}>
                  Send a test
                </button>
                <button type="button" class="quiet" onClick={() => act(async () => ({ text: `New secret for ${e.url}; the old one signs beside it for 24 h.`, secret: (await must(api.POST('/v1/ops/webhook-endpoints/{endpointId}/rotate-secret', path(e.endpointId)))).secret }))}>
                  Rotate secret
                </button>
                {e.status === 'disabled' && (
                  <button type="button" class="quiet" onClick={() => act(async () => (await must(api.POST('/v1/ops/webhook-endpoints/{endpointId}/enable', path(e.endpointId))), { text: `${e.url} enabled.` }))}>
                    Enable
                  </button>
                )}
                <button
                  type="button"
                  class="quiet danger"
                  onClick={() => confirm(`Delete ${e.url}? Its pending deliveries are dropped.`) && act(async () => (await must(api.DELETE('/v1/ops/webhook-endpoints/{endpointId}', path(e.endpointId))), { text: `${e.url} deleted.` }))}
                >
                  Delete
                </button>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <NewEndpoint onCreate={(body) => act(async () => {
        const created = await must(api.POST('/v1/ops/webhook-endpoints', { body }));
        return { text: `${created.url} registered.`, secret: created.secret };
      })} />
    </>
  );
}

function NewEndpoint({ onCreate }: { onCreate: (body: Schemas['WebhookEndpointRequest']) => Promise<void> }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<EventType[]>([]);
  const submit = (event: Event) => {
    event.preventDefault();
    void onCreate({ url, ...(description ? { description } : {}), ...(all ? {} : { events: chosen }) });
  };
  return (
    <section aria-labelledby="new-endpoint-title" class="card">
      <h2 id="new-endpoint-title">Register an endpoint</h2>
      <form onSubmit={submit}>
        <label>
          URL
          <input type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://shop.example.com/hooks/returns" />
        </label>
        <label>
          Description (optional)
          <input value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </label>
        <label class="inline">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} /> Every event type, present and future
        </label>
        {!all && (
          <fieldset>
            <legend>Event types</legend>
            {EVENT_TYPES.map((type) => (
              <label key={type} class="inline">
                <input type="checkbox" checked={chosen.includes(type)} onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, type] : chosen.filter((t) => t !== type))} /> {type}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit">Register</button>
      </form>
    </section>
  );
}

export function DeliveriesPage({ api, endpointId }: { api: Api; endpointId: string }) {
  const [status, setStatus] = useState<'' | 'pending' | 'delivered' | 'failed'>('');
  const [cursors, setCursors] = useState<string[]>([]);
  const { run, outcome } = useAction();
  const page = useLoad(() => {
    const cursor = cursors.at(-1);
    return must(api.GET('/v1/ops/webhook-endpoints/{endpointId}/deliveries', { params: { path: { endpointId }, query: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } } }));
  }, [endpointId, status, cursors]);
  const retry = (deliveryId: string) =>
    run(
      () => must(api.POST('/v1/ops/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry', { params: { path: { endpointId, deliveryId } } })),
      `Delivery ${deliveryId} will be attempted again within a minute.`,
      page.reload,
    );
  return (
    <>
      <p>
        <a href="#/webhooks">← Webhooks</a>
      </p>
      <h1>Deliveries</h1>
      {outcome}
      <label class="narrow">
        Status
        <select value={status} onChange={(e) => (setStatus(e.currentTarget.value as typeof status), setCursors([]))}>
          <option value="">Any</option>
          <option value="pending">Pending</option>
          <option value="delivered">Delivered</option>
          <option value="failed">Failed</option>
        </select>
      </label>
      {page.error && <p class="error" role="alert">{page.error}</p>}
      {page.data?.items.length === 0 && <p>No deliveries.</p>}
      {page.data && page.data.items.length > 0 && (
        <table>
          <TableHead columns={['Event', 'Status', 'Attempts', 'Last answer', 'Created']} action />
          <tbody>
            {page.data.items.map((d) => (
              <tr key={d.deliveryId}>
                <td data-label="Event">
                  {d.type}
                  {d.rmaId && (
                    <>
                      {' '}
                      (<a href={`#/rmas/${d.rmaId}`}>return</a>)
                    </>
                  )}
                </td>
                <td data-label="Status">{d.status}</td>
                <td data-label="Attempts">{d.attempts}</td>
                <td data-label="Last answer">{d.lastStatusCode ?? d.lastError ?? '—'}</td>
                <td data-label="Created">{instant(d.createdAt)}</td>
                <RetryCell failed={d.status === 'failed'} onRetry={() => retry(d.deliveryId)} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager cursors={cursors} nextCursor={page.data?.nextCursor} onChange={setCursors} back="Newer" forward="Older" />
    </>
  );
}
