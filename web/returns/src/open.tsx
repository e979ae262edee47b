/**
 * Opening a return: the reason (with its window and the evidence it needs, explained, and the
 * clause quoted), the lines and quantities that reason allows, an explanation, and the preferred
 * resolution. The same form sent again (a retry after a lost answer) carries the same
 * idempotency key, so it opens one return, not two.
 */
import { useRef, useState } from 'preact/hooks';
import { type Api, type CustomerOrder, must, type Policy, type Reason, type Rma } from './api.js';
import { type Messages, useI18n } from './i18n.js';
import { REASONS } from './order.js';
import { Card, Terms, useAction, When } from './ui.js';

/** What the reason needs, in words: "at least 1 photo", "an explanation of at least 20 characters, or a test report". */
export function evidenceNeeds(policy: Policy, reason: Reason, t: Messages): string[] {
  const rule = policy.reasons[reason].evidence;
  const files = rule.files.map((g) => t.atLeast(g.min, g.anyOf.map((k) => (g.min > 1 ? t.kindsPlural[k] : t.kinds[k])).join(t.or)));
  const text = rule.explanation;
  return text === null ? files : [...files, t.explanationOr(text.minLength, text.orFileOf.map((k) => t.kinds[k]).join(t.or))];
}

export function OpenReturn({ api, order, policy, onOpened }: { api: Api; order: CustomerOrder; policy: Policy; onOpened: (rma: Rma) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<Reason | null>(null);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [explanation, setExplanation] = useState('');
  const [resolution, setResolution] = useState<'refund' | 'exchange'>('refund');
  const { run, busy, outcome, setError } = useAction();
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const open = REASONS.filter((r) => order.lines.some((l) => l.reasons[r].eligible && l.returnableQuantity > 0));
  const lines = reason === null ? [] : order.lines.filter((l) => l.reasons[reason].eligible && l.returnableQuantity > 0);
  const rule = reason === null ? null : policy.reasons[reason];

  const submit = async (event: Event) => {
    event.preventDefault();
    if (reason === null) return setError(t.chooseReason);
    const chosen = lines.filter((l) => (quantities[l.lineId] ?? 0) > 0).map((l) => ({ lineId: l.lineId, quantity: quantities[l.lineId]! }));
    if (chosen.length === 0) return setError(t.chooseLines);
    const body = { orderId: order.orderId, reason, lines: chosen, explanation: explanation.trim(), preferredResolution: resolution };
    const json = JSON.stringify(body);
    if (attempt.current?.body !== json) attempt.current = { body: json, key: crypto.randomUUID() };
    const key = attempt.current.key;
    await run(async () => {
      const rma = await must(api.POST('/v1/rmas', { body, params: { header: { 'idempotency-key': key } } }));
      onOpened(rma);
    });
  };

  return (
    <main id="main" tabIndex={-1}>
      <p>
        <a href="#/">{t.cancel}</a>
      </p>
      <h1>{t.openHeading}</h1>
      <form onSubmit={submit} noValidate>
        <Card title={t.whyLegend}>
          <fieldset>
            <legend class="visually-hidden">{t.whyLegend}</legend>
            {REASONS.map((r) => {
              const closesAt = order.lines.map((l) => l.reasons[r]).find((x) => x.eligible)?.closesAt;
              const available = open.includes(r);
              return (
                <label key={r} class={`choice${available ? '' : ' unavailable'}`}>
                  <input type="radio" name="reason" value={r} checked={reason === r} disabled={!available} onChange={() => setReason(r)} />
                  <span>
                    <strong>{t.reasons[r]}</strong>
                    <span class="hint">{t.reasonHints[r]}</span>
                    {available && closesAt ? (
                      <span class="hint">
                        {t.eligibleUntil} <When at={closesAt} zone={policy.timeZone} />
                      </span>
                    ) : (
                      !available && <span class="hint">{t.notForReason}</span>
                    )}
                  </span>
                </label>
              );
            })}
          </fieldset>
          {rule && <Terms clause={rule.openUntil.clause} />}
        </Card>

        {reason !== null && rule !== null && (
          <>
            <Card title={t.whatLegend}>
              <fieldset>
                <legend class="visually-hidden">{t.whatLegend}</legend>
                {lines.map((line) => (
                  <label key={line.lineId} class="quantity">
                    <span>
                      {line.name} <span class="muted">({line.sku}, {t.upTo(line.returnableQuantity)})</span>
                    </span>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={line.returnableQuantity}
                      value={quantities[line.lineId] ?? 0}
                      aria-label={t.quantityOf(line.name)}
                      onInput={(e) => setQuantities({ ...quantities, [line.lineId]: Math.max(0, Math.min(line.returnableQuantity, Number((e.currentTarget as HTMLInputElement).value) || 0)) })}
                    />
                  </label>
                ))}
              </fieldset>
            </Card>

            <Card title={t.explanation}>
              <label>
                <span class="visually-hidden">{t.explanation}</span>
                <textarea name="explanation" rows={4} maxLength={4000} value={explanation} onInput={(e) => setExplanation((e.currentTarget as HTMLTextAreaElement).value)} aria-describedby="explanation-hint" />
              </label>
              <p id="explanation-hint" class="hint">
                {t.explanationHint(rule.evidence.explanation?.minLength ?? 1)}
              </p>
            </Card>

            <Card title={t.resolutionLegend}>
              <fieldset>
                <legend class="visually-hidden">{t.resolutionLegend}</legend>
                {(['refund', 'exchange'] as const).map((r) => (
                  <label key={r} class="inline">
                    <input type="radio" name="resolution" value={r} checked={resolution === r} onChange={() => setResolution(r)} /> {t.resolutions[r]}
                  </label>
                ))}
              </fieldset>
            </Card>

            <Card title={t.evidenceNeeded}>
              <ul>
                {evidenceNeeds(policy, reason, t).map((need) => (
                  <li key={need}>{need}</li>
                ))}
              </ul>
              <Terms clause={rule.evidence.clause} />
            </Card>
          </>
        )}
        {outcome}
        <button type="submit" disabled={busy}>
          {busy ? t.opening : t.openSubmit}
        </button>
      </form>
    </main>
  );
}
