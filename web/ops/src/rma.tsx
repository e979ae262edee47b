/**
 * One return as ops handle it: who and what, the evidence inline, deadlines, the timeline, and the
 * actions its state allows, each refusal shown in the API's words.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Api, must, type OpsRma, type Policy, type Schemas } from './api.js';
import { badges, instant, money, REASON_LABELS, STATUS_LABELS, toMinor } from './format.js';
import { useLoad } from '../../common/load.js';
import { TableHead, useAction } from './ui.js';

export function RmaPage({ api, rmaId }: { api: Api; rmaId: string }) {
  const rma = useLoad(() => must(api.GET('/v1/ops/rmas/{rmaId}', { params: { path: { rmaId } } })), [rmaId]);
  const policy = useLoad(() => must(api.GET('/v1/policy')), []);
  const [done, setDone] = useState<string>();
  if (rma.error) {
    return (
      <>
        <p>
          <a href="#/">← Queue</a>
        </p>
        <p class="error" role="alert">
          {rma.error}
        </p>
      </>
    );
  }
  if (rma.data === undefined) return <p role="status">Loading…</p>;
  const r = rma.data;
  const changed = (what: string) => {
    setDone(what);
    rma.reload();
  };
  return (
    <>
      <p class="crumbs">
        <a href="#/">← Queue</a>
        <button type="button" class="quiet" onClick={() => (setDone(undefined), rma.reload())}>
          Refresh
        </button>
      </p>
      <h1>
        {r.number} <span class={`state state-${r.status}`}>{STATUS_LABELS[r.status]}</span>
      </h1>
      <p class="badges">
        {badges(r, Date.now()).map((b) => (
          <span key={b.text} class={`badge ${b.tone}`}>
            {b.text}
          </span>
        ))}
      </p>
      <p role="status" class="done">
        {done}
      </p>
      <div class="columns">
        <div>
          <Overview rma={r} />
          <Lines rma={r} />
          <Evidence rma={r} />
          <Timeline rma={r} />
        </div>
        <aside aria-label="Actions">
          <Actions api={api} rma={r} policy={policy.data} onDone={changed} />
          <Deadlines rma={r} />
        </aside>
      </div>
    </>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = `s-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section aria-labelledby={id} class="card">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Overview({ rma }: { rma: OpsRma }) {
  return (
    <Section title="Return">
      <dl class="facts">
        <dt>Customer</dt>
        <dd>
          {rma.customer.name} &lt;{rma.customer.email}&gt;
        </dd>
        <dt>Order</dt>
        <dd>
          {rma.order.orderNumber} · delivered {instant(rma.order.deliveredAt)}
        </dd>
        <dt>Reason</dt>
        <dd>{REASON_LABELS[rma.reason]}</dd>
        <dt>Wants</dt>
        <dd>{rma.preferredResolution === 'refund' ? 'A refund' : 'An exchange'}</dd>
        <dt>Explanation</dt>
        <dd class="prose">{rma.explanation || '—'}</dd>
        <dt>Opened</dt>
        <dd>{instant(rma.createdAt)}</dd>
        {rma.returnInstructions && (
          <>
            <dt>Return method</dt>
            <dd>
              {rma.returnInstructions.method}
              {rma.returnInstructions.shipBy ? `, ship by ${instant(rma.returnInstructions.shipBy)}` : ''}
            </dd>
          </>
        )}
        {rma.shipment && (
          <>
            <dt>Shipment</dt>
            <dd>
              {rma.shipment.carrier} {rma.shipment.trackingNumber} ({instant(rma.shipment.at)})
            </dd>
          </>
        )}
        {rma.decisionNote && (
          <>
            <dt>Decision note</dt>
            <dd class="prose">{rma.decisionNote}</dd>
          </>
        )}
        {rma.inspection && (
          <>
            <dt>Inspection</dt>
            <dd>
              {rma.inspection.result === 'pass' ? 'Passed' : 'Failed'}: {rma.inspection.note}
            </dd>
          </>
        )}
        {rma.resolution && (
          <>
            <dt>Resolution</dt>
            <dd>
              {rma.resolution.type === 'refund'
                ? `Refund ${money(rma.resolution.amount, rma.resolution.currency)}, ${rma.resolution.reference}`
                : `Exchange ${rma.resolution.reference}, ${rma.resolution.carrier} ${rma.resolution.trackingNumber}`}
            </dd>
          </>
        )}
      </dl>
    </Section>
  );
}

function Lines({ rma }: { rma: OpsRma }) {
  const { currency } = rma.order;
  return (
    <Section title="Lines">
      <table>
        <TableHead columns={['SKU', 'Item', 'Returned / bought', 'Unit price', 'Paid for returned']} />
        <tbody>
          {rma.lines.map((line) => {
            const bought = rma.order.lines.find((l) => l.lineId === line.lineId);
            return (
              <tr key={line.lineId}>
                <td data-label="SKU">{bought?.sku ?? line.lineId}</td>
                <td data-label="Item">{bought?.name ?? '—'}</td>
                <td data-label="Returned / bought">
                  {line.quantity} / {bought?.quantity ?? '?'}
                </td>
                <td data-label="Unit price">{bought ? money(bought.unitPrice, currency) : '—'}</td>
                <td data-label="Paid for returned">{bought ? money(bought.unitPrice * line.quantity, currency) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        Refund cap: <strong>{money(rma.maxRefund.amount, rma.maxRefund.currency)}</strong>
      </p>
    </Section>
  );
}

function Evidence({ rma }: { rma: OpsRma }) {
  return (
    <Section title="Evidence">
      {rma.evidence.length === 0 && <p>No files.</p>}
      <ul class="evidence">
        {rma.evidence.map((e) => (
          <li key={e.evidenceId}>
            <p>
              <strong>{e.fileName}</strong> · {e.kind.replace('_', ' ')} · {e.contentType} · {Math.ceil(e.size / 1024)} KiB ·{' '}
              <span class={`badge ${e.status === 'verified' ? 'ok' : e.status === 'rejected' ? 'danger' : 'warning'}`}>{e.status}</span>
            </p>
            {e.sha256 && <p class="hash">SHA-256 {e.sha256}</p>}
            {e.downloadUrl && <Preview url={e.downloadUrl} contentType={e.contentType} name={e.fileName} />}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Preview({ url, contentType, name }: { url: string; contentType: string; name: string }) {
  if (contentType.startsWith('image/')) return <img src={url} alt={`Evidence: ${name}`} class="preview" />;
  if (contentType.startsWith('video/')) return <video src={url} controls class="preview" aria-label={`Evidence: ${name}`} />;
  return <Document url={url} contentType={contentType} name={name} />;
}

/**
 * A document (a test report) shown in the page: the download is served as an attachment (the
 * bucket never renders files inline), so its bytes are fetched and shown from memory, once: the
 * verified version never changes, while its presigned URL does at every load of the RMA.
 */
function Document({ url, contentType, name }: { url: string; contentType: string; name: string }) {
  const [inline, setInline] = useState<string>();
  // A browser without a PDF viewer (headless ones, some phones) would only download it again.
  const viewable = contentType !== 'application/pdf' || navigator.pdfViewerEnabled;
  useEffect(() => {
    if (!viewable) return undefined;
    let blobUrl: string | undefined;
    fetch(url)
      .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(String(response.status)))))
      .then((blob) => setInline((blobUrl = URL.createObjectURL(new Blob([blob], { type: contentType })))))
      .catch(() => setInline(undefined));
    return () => blobUrl && URL.revokeObjectURL(blobUrl);
  }, [name, contentType, viewable]); // not `url`: it is signed anew at every load of the RMA, the bytes are the same
  return (
    <>
      {inline && (
        <object data={inline} type={contentType} class="preview pdf" aria-label={`Evidence: ${name}`}>
          <p>This browser shows no {contentType} here; download it below.</p>
        </object>
      )}
      <p>
        <a href={url}>Download {name}</a>
      </p>
    </>
  );
}

function Deadlines({ rma }: { rma: OpsRma }) {
  const d = rma.deadlines;
  return (
    <Section title="Deadlines">
      <dl class="facts">
        <dt>Evidence by</dt>
        <dd>{instant(d.evidenceBy)}</dd>
        <dt>Decision due</dt>
        <dd>{instant(d.decisionDueBy)}</dd>
        <dt>Ship by</dt>
        <dd>{instant(d.shipBy)}</dd>
        <dt>Refund due</dt>
        <dd>{instant(d.resolutionDueBy)}</dd>
      </dl>
    </Section>
  );
}

function Timeline({ rma }: { rma: OpsRma }) {
  return (
    <Section title="Timeline">
      <ol class="timeline">
        {[...rma.timeline].reverse().map((t, i) => (
          <li key={i}>
            <time dateTime={t.at}>{instant(t.at)}</time> <strong>{t.type.replaceAll('_', ' ')}</strong> by{' '}
            {t.actor === 'ops' ? (t.actorEmail ?? t.actorId ?? 'ops') : t.actor}
            {t.data && Object.keys(t.data).length > 0 && <span class="data"> {Object.entries(t.data).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')}</span>}
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** The forms of the actions the RMA's state allows; none once it is closed. */
function Actions({ api, rma, policy, onDone }: { api: Api; rma: OpsRma; policy: Policy | undefined; onDone: (what: string) => void }) {
  if (policy === undefined) return <p role="status">Loading the policy…</p>;
  const rule = policy.reasons[rma.reason];
  const path = { params: { path: { rmaId: rma.rmaId } } };
  switch (rma.status) {
    case 'submitted':
      return <DecisionForm methods={rule.returnMethods} submit={(body) => must(api.POST('/v1/ops/rmas/{rmaId}/decision', { ...path, body }))} onDone={onDone} />;
    case 'approved':
      return rma.returnInstructions?.method === 'collection' ? (
        <ActionForm title="Record the pickup" button="Record pickup" fields={['carrier', 'trackingNumber']} onDone={onDone} done="Pickup recorded."
          submit={(v) => must(api.POST('/v1/ops/rmas/{rmaId}/collection', { ...path, body: { carrier: v.carrier!, trackingNumber: v.trackingNumber! } }))} />
      ) : (
        <Section title="Actions">
          <p>Waiting for the customer to ship by {instant(rma.returnInstructions?.shipBy)}.</p>
        </Section>
      );
    case 'in_transit':
      return <ActionForm title="Record receipt" button="Record receipt" fields={['note?']} onDone={onDone} done="Receipt recorded."
        submit={(v) => must(api.POST('/v1/ops/rmas/{rmaId}/receipt', { ...path, body: v.note ? { note: v.note } : {} }))} />;
    case 'received':
      return <InspectionForm requiresIntact={rule.requiresIntact} onDone={onDone}
        submit={(body) => must(api.POST('/v1/ops/rmas/{rmaId}/inspection', { ...path, body }))} />;
    case 'awaiting_resolution':
      return <ResolutionForm rma={rma} onDone={onDone} submit={(body) => must(api.POST('/v1/ops/rmas/{rmaId}/resolution', { ...path, body }))} />;
    default:
      return (
        <Section title="Actions">
          <p>{rma.status === 'awaiting_evidence' ? 'Waiting for the customer’s evidence.' : 'This return is closed: nothing more to do.'}</p>
        </Section>
      );
  }
}

/** One choice among a few, as radio buttons. */
function Choice<T extends string>(props: { legend: string; name: string; value: T; onChange: (value: T) => void; options: Record<T, string> }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {(Object.entries(props.options) as [T, string][]).map(([value, label]) => (
        <label key={value} class="inline">
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

const LABELS: Record<string, string> = { carrier: 'Carrier', trackingNumber: 'Tracking number', note: 'Note', reference: 'Reference' };

function ActionForm(props: { title: string; button: string; fields: string[]; done: string; submit: (values: Record<string, string>) => Promise<unknown>; onDone: (what: string) => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const { refusal, busy, run } = useAction(props.onDone);
  return (
    <Section title={props.title}>
      <form onSubmit={(e) => (e.preventDefault(), run(() => props.submit(values), props.done))}>
        {props.fields.map((field) => {
          const name = field.replace('?', '');
          return (
            <label key={name}>
              {LABELS[name]}
              {field.endsWith('?') ? ' (optional)' : ''}
              <input value={values[name] ?? ''} required={!field.endsWith('?')} onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })} />
            </label>
          );
        })}
        <button type="submit" disabled={busy}>
          {props.button}
        </button>
        {refusal}
      </form>
    </Section>
  );
}

type Decision = Schemas['Decision'];

function DecisionForm({ methods, submit, onDone }: { methods: readonly ('ship' | 'collection' | 'none')[]; submit: (body: Decision) => Promise<unknown>; onDone: (what: string) => void }) {
  const [decision, setDecision] = useState<'approve' | 'reject'>('approve');
  const [method, setMethod] = useState(methods[0] ?? 'ship');
  const [shipBy, setShipBy] = useState('');
  const [note, setNote] = useState('');
  const { refusal, busy, run } = useAction(onDone);
  const body = (): Decision =>
    decision === 'reject'
      ? { decision, note }
      : { decision, note, returnMethod: method, ...(method === 'ship' && shipBy ? { shipBy: new Date(shipBy).toISOString() } : {}) };
  return (
    <Section title="Decide">
      <form onSubmit={(e) => (e.preventDefault(), run(() => submit(body()), decision === 'approve' ? 'Approved.' : 'Rejected.'))}>
        <Choice legend="Decision" name="decision" value={decision} onChange={setDecision} options={{ approve: 'Approve', reject: 'Reject' }} />
        {decision === 'approve' && (
          <>
            <label>
              Return method
              <select value={method} onChange={(e) => setMethod(e.currentTarget.value as typeof method)} disabled={methods.length < 2}>
                {methods.map((m) => (
                  <option key={m} value={m}>
                    {m === 'ship' ? 'Customer ships it' : m === 'collection' ? 'We collect it' : 'No return needed'}
                  </option>
                ))}
              </select>
            </label>
            {method === 'ship' && (
              <label>
                Ship by (optional, later than the policy gives)
                <input type="datetime-local" value={shipBy} onInput={(e) => setShipBy(e.currentTarget.value)} />
              </label>
            )}
          </>
        )}
        <label>
          Note to the customer
          <textarea required value={note} onInput={(e) => setNote(e.currentTarget.value)} rows={3} />
        </label>
        <button type="submit" disabled={busy}>
          {decision === 'approve' ? 'Approve' : 'Reject'}
        </button>
        {refusal}
      </form>
    </Section>
  );
}

function InspectionForm({ requiresIntact, submit, onDone }: { requiresIntact: boolean; submit: (body: Schemas['Inspection']) => Promise<unknown>; onDone: (what: string) => void }) {
  const [result, setResult] = useState<'pass' | 'fail'>('pass');
  const [intact, setIntact] = useState(true);
  const [note, setNote] = useState('');
  const { refusal, busy, run } = useAction(onDone);
  return (
    <Section title="Record the inspection">
      <form onSubmit={(e) => (e.preventDefault(), run(() => submit({ result, note, ...(requiresIntact ? { intact } : {}) }), 'Inspection recorded.'))}>
        <Choice legend="Result" name="result" value={result} onChange={setResult} options={{ pass: 'Passed', fail: 'Failed' }} />
        {requiresIntact && (
          <label class="inline">
            <input type="checkbox" checked={intact} onChange={(e) => setIntact(e.currentTarget.checked)} /> Intact and unused (required for this reason)
          </label>
        )}
        <label>
          Note
          <textarea required value={note} onInput={(e) => setNote(e.currentTarget.value)} rows={3} />
        </label>
        <button type="submit" disabled={busy}>
          Record inspection
        </button>
        {refusal}
      </form>
    </Section>
  );
}

type Resolution = Schemas['Resolution'];
type Refund = Extract<Resolution, { type: 'refund' }>;

function ResolutionForm({ rma, submit, onDone }: { rma: OpsRma; submit: (body: Resolution) => Promise<unknown>; onDone: (what: string) => void }) {
  const currency = rma.maxRefund.currency as Refund['currency'];
  const [type, setType] = useState<'refund' | 'exchange'>(rma.preferredResolution);
  const [amount, setAmount] = useState(money(rma.maxRefund.amount, currency).replace(/[^\d.]/g, ''));
  const [values, setValues] = useState({ reference: '', carrier: '', trackingNumber: '' });
  const [invalid, setInvalid] = useState<string>();
  const { refusal, busy, run } = useAction(onDone);
  const send = (event: Event) => {
    event.preventDefault();
    setInvalid(undefined);
    if (type === 'exchange') return run(() => submit({ type, ...values }), 'Exchange recorded.');
    const minor = toMinor(amount, currency);
    if (minor === null) return setInvalid(`Enter the amount in ${currency}, e.g. 12.50.`);
    return run(() => submit({ type, amount: minor, currency, reference: values.reference }), 'Refund recorded.');
  };
  const field = (name: keyof typeof values) => (
    <label key={name}>
      {LABELS[name]}
      <input required value={values[name]} onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })} />
    </label>
  );
  return (
    <Section title="Resolve">
      <form onSubmit={send}>
        <Choice legend="Resolution" name="type" value={type} onChange={setType} options={{ refund: 'Refund', exchange: 'Exchange' }} />
        {type === 'refund' ? (
          <>
            <label>
              Amount ({currency}, at most {money(rma.maxRefund.amount, currency)})
              <input inputMode="decimal" required value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
            </label>
            {field('reference')}
          </>
        ) : (
          <>
            {field('reference')}
            {field('carrier')}
            {field('trackingNumber')}
          </>
        )}
        <button type="submit" disabled={busy}>
          {type === 'refund' ? 'Refund' : 'Record exchange'}
        </button>
        {invalid && (
          <p class="error" role="alert">
            {invalid}
          </p>
        )}
        {refusal}
      </form>
    </Section>
  );
}
