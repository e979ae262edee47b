/**
 * Following a return: its state and what it means, the damage hold, deadlines with countdowns,
 * the return address and ship-by once approved, the evidence uploads and the submit, the tracking
 * number, cancelling while allowed, the refund or exchange, and the history in words.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Api, type CustomerOrder, type EvidenceKind, must, type Policy, type Rma, type RmaStatus } from './api.js';
import { bytes, money } from './format.js';
import { type Messages, useI18n } from './i18n.js';
import { stateOf } from './status.js';
import { useLoad } from '../../common/load.js';
import { evidenceNeeds } from './open.js';
import { Card, Deadline, Terms, useAction, When } from './ui.js';
import { kindOf, type Upload, useUploads } from './upload.js';

/** lifecycle.md: a customer may cancel until the item is on its way. */
const CANCELLABLE: readonly RmaStatus[] = ['awaiting_evidence', 'submitted', 'approved'];
/** Reasons whose item must stay put until ops say (R-DAMAGE-HOLD) show the hold until the decision. */
const BEFORE_DECISION: readonly RmaStatus[] = ['awaiting_evidence', 'submitted'];
/** SLA breaches are ops' business, not the shopper's history. */
const HIDDEN_EVENTS = new Set(['decision_sla_breached', 'refund_sla_breached']);

/** The deadline that matters in this state. */
function deadlineOf(rma: Rma): { readonly name: keyof Messages['deadlineNames']; readonly at: string } | null {
  const d = rma.deadlines;
  const at: Partial<Record<RmaStatus, [keyof Messages['deadlineNames'], string | null | undefined]>> = {
    awaiting_evidence: ['evidenceBy', d.evidenceBy],
    submitted: ['decisionDueBy', d.decisionDueBy],
    approved: ['shipBy', rma.returnInstructions?.method === 'ship' ? d.shipBy : null],
    awaiting_resolution: ['resolutionDueBy', d.resolutionDueBy],
  };
  const [name, when] = at[rma.status] ?? ['evidenceBy', null];
  return when ? { name, at: when } : null;
}

/** What the reason still needs, from the verified files and the explanation (the API decides on submit). */
function stillNeeded(policy: Policy, rma: Rma, t: Messages): string[] {
  const rule = policy.reasons[rma.reason].evidence;
  const verified = rma.evidence.filter((e) => e.status === 'verified');
  const count = (kinds: readonly EvidenceKind[]) => verified.filter((e) => kinds.includes(e.kind)).length;
  const needs = evidenceNeeds(policy, rma.reason, t);
  const missing = rule.files.flatMap((g, i) => (count(g.anyOf) < g.min ? [needs[i]!] : []));
  const text = rule.explanation;
  if (text !== null && rma.explanation.trim().length < text.minLength && count(text.orFileOf) === 0) missing.push(needs[rule.files.length]!);
  return missing;
}

function UploadRow({ upload, onRetry }: { upload: Upload; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <li class={`file ${upload.state}`}>
      <span class="file-name">{upload.file.name}</span> <span class="muted">{bytes(upload.file.size)}</span>{' '}
      <span class="file-state">{t.fileStates[upload.state]}</span>
      {upload.state === 'uploading' && <progress value={upload.progress} max={1} aria-label={t.uploadProgress(upload.file.name)} />}
      {upload.state === 'failed' && (
        <>
          {upload.error && <span class="muted"> {t.errors[upload.error] ?? upload.error}</span>}{' '}
          <button type="button" class="quiet" onClick={onRetry}>
            {t.retry}
          </button>
        </>
      )}
    </li>
  );
}

function Evidence({ api, rma, policy, reload, look }: { api: Api; rma: Rma; policy: Policy; reload: () => void; look: () => void }) {
  const { t } = useI18n();
  const { uploads, add, retry, settle } = useUploads(api, rma.rmaId, look);
  const [refused, setRefused] = useState<string[]>([]);
  const submit = useAction();
  useEffect(() => settle(rma), [rma]);
  // While a landed file waits for its check, look at the return again (the verifier runs on the upload's event).
  const checking = uploads.some((u) => u.state === 'checking');
  useEffect(() => {
    if (!checking) return;
    const timer = setTimeout(look, 1500);
    return () => clearTimeout(timer);
  }, [checking, rma]);

  const choose = (files: FileList | null) => {
    const problems: string[] = [];
    for (const file of Array.from(files ?? [])) {
      const kind = kindOf(policy, file.type);
      if (kind === null) problems.push(t.refusedType(file.name));
      else if (file.size > policy.uploads.kinds[kind].maxBytes) problems.push(t.tooLarge(file.name, bytes(policy.uploads.kinds[kind].maxBytes)));
      else add(file, kind);
    }
    setRefused(problems);
  };
  const mine = new Set(uploads.map((u) => u.slot?.evidenceId));
  const others = rma.evidence.filter((e) => !mine.has(e.evidenceId));
  const missing = stillNeeded(policy, rma, t);
  const accept = Object.values(policy.uploads.kinds).flatMap((k) => k.contentTypes).join(',');

  return (
    <Card title={t.evidenceHeading}>
      <p class="hint">{t.evidenceIntro}</p>
      <label class="file-picker">
        {t.addFiles}
        <input type="file" multiple accept={accept} onChange={(e) => (choose((e.currentTarget as HTMLInputElement).files), ((e.currentTarget as HTMLInputElement).value = ''))} />
      </label>
      {refused.map((problem) => (
        <p key={problem} class="error" role="alert">
          {problem}
        </p>
      ))}
      {uploads.length + others.length === 0 ? (
        <p class="muted">{t.noFiles}</p>
      ) : (
        <ul class="files" aria-label={t.evidenceHeading}>
          {others.map((e) => (
            <li key={e.evidenceId} class={`file ${e.status}`}>
              <span class="file-name">{t.kinds[e.kind]}</span> <span class="muted">{bytes(e.size)}</span> <span class="file-state">{t.fileStates[e.status]}</span>
            </li>
          ))}
          {uploads.map((u) => (
            <UploadRow key={u.id} upload={u} onRetry={() => void retry(u)} />
          ))}
        </ul>
      )}
      {missing.length > 0 ? (
        <div class="needed">
          <p>{t.still}:</p>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="ok">{t.allThere}</p>
      )}
      <Terms clause={policy.reasons[rma.reason].evidence.clause} />
      {submit.outcome}
      <button type="button" disabled={submit.busy} onClick={() => void submit.run(() => must(api.POST('/v1/rmas/{rmaId}/submit', { params: { path: { rmaId: rma.rmaId } } })).then(reload), t.submitted)}>
        {t.submit}
      </button>
    </Card>
  );
}

/** The policy's pattern as an HTML `pattern` (anchored already, and compiled with the v flag, where a bare `-` in a class is an error). */
const htmlPattern = (pattern: string) => pattern.replace(/^\^|\$$/g, '').replace(/-\]/g, '\\-]');

function Tracking({ api, rma, policy, reload }: { api: Api; rma: Rma; policy: Policy; reload: () => void }) {
  const { t } = useI18n();
  const { run, busy, outcome } = useAction();
  const { tracking } = policy;
  const save = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const body = { carrier: String(form.get('carrier')).trim(), trackingNumber: String(form.get('trackingNumber')).trim() };
    void run(() => must(api.POST('/v1/rmas/{rmaId}/shipment', { params: { path: { rmaId: rma.rmaId } }, body })).then(reload), t.trackingSaved);
  };
  return (
    <form onSubmit={save} class="tracking">
      <h3>{t.trackingHeading}</h3>
      <label>
        {t.carrier}
        <input name="carrier" required maxLength={64} autoComplete="off" />
      </label>
      <label>
        {t.trackingNumber}
        <input name="trackingNumber" required minLength={tracking.minLength} maxLength={tracking.maxLength} pattern={htmlPattern(tracking.pattern)} autoComplete="off" aria-describedby="tracking-hint" />
      </label>
      <p id="tracking-hint" class="hint">
        {t.trackingHint(tracking.minLength, tracking.maxLength)}
      </p>
      {outcome}
      <button type="submit" disabled={busy}>
        {t.sendTracking}
      </button>
    </form>
  );
}

function CancelReturn({ api, rma, reload }: { api: Api; rma: Rma; reload: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const { run, busy, outcome } = useAction();
  return (
    <section class="cancel" aria-label={t.cancelReturn}>
      {outcome}
      {asking ? (
        <div class="buttons" role="group" aria-label={t.cancelQuestion}>
          <p>{t.cancelQuestion}</p>
          <button type="button" class="danger" disabled={busy} onClick={() => void run(() => must(api.POST('/v1/rmas/{rmaId}/cancel', { params: { path: { rmaId: rma.rmaId } } })).then(reload), t.cancelled)}>
            {t.confirmCancel}
          </button>
          <button type="button" class="quiet" onClick={() => setAsking(false)}>
            {t.keep}
          </button>
        </div>
      ) : (
        <button type="button" class="quiet danger" onClick={() => setAsking(true)}>
          {t.cancelReturn}
        </button>
      )}
    </section>
  );
}

function Inquiry({ api, rma }: { api: Api; rma: Rma }) {
  const { t } = useI18n();
  const { run, busy, outcome } = useAction();
  const send = (event: Event) => {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget as HTMLFormElement).get('message')).trim();
    void run(() => must(api.POST('/v1/rmas/{rmaId}/inquiries', { params: { path: { rmaId: rma.rmaId } }, body: { message } })), t.inquirySent);
  };
  return (
    <form onSubmit={send}>
      <h3>{t.inquiryHeading}</h3>
      <p>{t.inquiryAdvice}</p>
      <label>
        {t.inquiryMessage}
        <textarea name="message" rows={3} required maxLength={2000} />
      </label>
      {outcome}
      <button type="submit" class="quiet" disabled={busy}>
        {t.sendInquiry}
      </button>
    </form>
  );
}

export function RmaPage({ api, rmaId, order, policy, onChanged }: { api: Api; rmaId: string; order: CustomerOrder; policy: Policy; onChanged: () => void }) {
  const { lang, t } = useI18n();
  const loaded = useLoad(() => must(api.GET('/v1/rmas/{rmaId}', { params: { path: { rmaId } } })), [rmaId]);
  const reload = () => {
    loaded.reload();
    onChanged();
  };
  const rma = loaded.data;
  if (rma === undefined) {
    return (
      <main id="main" tabIndex={-1}>
        {loaded.error ? (
          <p class="error" role="alert">
            {loaded.error}
          </p>
        ) : (
          <p>{t.loading}</p>
        )}
      </main>
    );
  }
  const rule = policy.reasons[rma.reason];
  const deadline = deadlineOf(rma);
  const names = new Map(order.lines.map((l) => [l.lineId, l]));
  const instructions = rma.status === 'approved' ? rma.returnInstructions : null;
  const state = stateOf(rma, t);
  return (
    <main id="main" tabIndex={-1}>
      <p class="crumbs">
        <a href="#/">{t.back}</a>
        <button type="button" class="quiet" onClick={reload}>
          {t.refresh}
        </button>
      </p>
      <h1>
        {t.rmaHeading(rma.number)} <span class="state">{state.label}</span>
      </h1>
      <p>{state.help}</p>
      {loaded.error && (
        <p class="error" role="alert">
          {loaded.error}
        </p>
      )}

      {rule.holdUntilInstructed && BEFORE_DECISION.includes(rma.status) && (
        <section class="hold" role="note" aria-label={t.holdHeading}>
          <h2>{t.holdHeading}</h2>
          <p>{t.holdText}</p>
        </section>
      )}

      {deadline && (
        <p class="deadline">
          {t.deadlineNames[deadline.name]}: <Deadline at={deadline.at} zone={policy.timeZone} />
        </p>
      )}

      {instructions && (
        <Card title={t.returnInstructions}>
          <p>{t.methods[instructions.method]}</p>
          {instructions.method === 'ship' && instructions.address && (
            <>
              <h3>{t.address}</h3>
              <pre class="address">{instructions.address}</pre>
              {rule.shipBy.map((w) => (
                <Terms key={w.clause} clause={w.clause} />
              ))}
              <Tracking api={api} rma={rma} policy={policy} reload={reload} />
            </>
          )}
        </Card>
      )}

      {rma.status === 'awaiting_evidence' && <Evidence api={api} rma={rma} policy={policy} reload={reload} look={loaded.reload} />}

      {rma.shipment && (
        <Card title={t.shipment}>
          <dl class="facts">
            <dt>{t.carrier}</dt>
            <dd>{rma.shipment.carrier}</dd>
            <dt>{t.trackingNumber}</dt>
            <dd>{rma.shipment.trackingNumber}</dd>
          </dl>
        </Card>
      )}

      {rma.resolution && (
        <Card title={t.resolution}>
          <p>
            {rma.resolution.type === 'refund'
              ? t.refunded(money(rma.resolution.amount, rma.resolution.currency, lang), rma.resolution.reference)
              : t.exchanged(rma.resolution.carrier, rma.resolution.trackingNumber)}
          </p>
          {rma.resolution.type === 'refund' && <Inquiry api={api} rma={rma} />}
        </Card>
      )}

      <Card title={t.items}>
        <ul>
          {rma.lines.map((l) => (
            <li key={l.lineId}>
              {l.quantity} × {names.get(l.lineId)?.name ?? l.lineId} <span class="muted">{names.get(l.lineId)?.sku}</span>
            </li>
          ))}
        </ul>
        <dl class="facts">
          <dt>{t.reason}</dt>
          <dd>{t.reasons[rma.reason]}</dd>
          <dt>{t.preferred}</dt>
          <dd>{t.resolutions[rma.preferredResolution]}</dd>
        </dl>
        {rma.explanation && <p class="prose">{rma.explanation}</p>}
      </Card>

      {CANCELLABLE.includes(rma.status) && <CancelReturn api={api} rma={rma} reload={reload} />}

      <Card title={t.timeline}>
        <ol class="timeline">
          {rma.timeline
            .filter((entry) => !HIDDEN_EVENTS.has(entry.type))
            .map((entry, i) => (
              <li key={i}>
                <When at={entry.at} zone={policy.timeZone} />
                <br />
                <strong>{t.events[entry.type] ?? entry.type}</strong> <span class="muted">· {t.actors[entry.actor] ?? entry.actor}</span>
              </li>
            ))}
        </ol>
      </Card>
    </main>
  );
}

