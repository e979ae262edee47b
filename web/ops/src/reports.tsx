/**
 * Reports over a period of the seller's calendar: the returns report (by reason and SKU, median
 * times, SLA compliance) and a CSV file of every RMA opened in it, fetched a page at a time.
 */
import { useState } from 'preact/hooks';
import { type Api, must, type Rma, type Schemas } from './api.js';
import { REASON_LABELS, STATUS_LABELS } from './format.js';
import { TableHead, useAction } from './ui.js';

type Report = Schemas['ReturnsReport'];

const percent = (fraction: number | null) => (fraction === null ? '—' : `${(fraction * 100).toFixed(1)} %`);
const hours = (value: number | null) => (value === null ? '—' : `${value} h`);

/** First day of this month to today, as the date inputs take them. */
function thisMonth(): { from: string; to: string } {
  const today = new Date().toISOString().slice(0, 10);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

export function ReportsPage({ api }: { api: Api }) {
  const [period, setPeriod] = useState(thisMonth);
  const [report, setReport] = useState<Report>();
  const [fetched, setFetched] = useState<number>();
  const { run, outcome } = useAction();
  const show = (event: Event) => {
    event.preventDefault();
    return run(async () => setReport(await must(api.GET('/v1/ops/reports/returns', { params: { query: period } }))), '');
  };
  const download = () => {
    const rows: Rma[] = [];
    return run(async () => {
      let cursor: string | undefined;
      do {
        const page = await must(api.GET('/v1/ops/reports/rmas', { params: { query: { ...period, limit: 100, ...(cursor ? { cursor } : {}) } } }));
        rows.push(...page.items);
        setFetched(rows.length);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      save(`returns-${period.from}-to-${period.to}.csv`, toCsv(rows));
    }, 'The CSV file is saved.');
  };
  return (
    <>
      <h1>Reports</h1>
      <form class="filters" onSubmit={show} aria-label="Report period">
        <label>
          From
          <input type="date" required value={period.from} onInput={(e) => setPeriod({ ...period, from: e.currentTarget.value })} />
        </label>
        <label>
          To
          <input type="date" required value={period.to} onInput={(e) => setPeriod({ ...period, to: e.currentTarget.value })} />
        </label>
        <button type="submit">Show report</button>
        <button type="button" class="quiet" onClick={download}>
          Download CSV
        </button>
      </form>
      {fetched !== undefined && <p class="muted">{fetched} returns fetched.</p>}
      {outcome}
      {report && <ReportView report={report} />}
    </>
  );
}

function ReportView({ report }: { report: Report }) {
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">
        Returns opened {report.from} to {report.to} ({report.timeZone}): {report.total}
      </h2>
      <div class="summary">
        <dl>
          <div>
            <dt>Median to decision</dt>
            <dd>{hours(report.medianHoursToDecision)}</dd>
          </div>
          <div>
            <dt>Median to resolution</dt>
            <dd>{hours(report.medianHoursToResolution)}</dd>
          </div>
          <div>
            <dt>Decision SLA kept (48 h)</dt>
            <dd>{percent(report.sla.decision.compliance)}</dd>
          </div>
          <div>
            <dt>Refund SLA kept (2 days)</dt>
            <dd>{percent(report.sla.refund.compliance)}</dd>
          </div>
        </dl>
      </div>
      <div class="columns even">
        <table>
          <caption>By reason</caption>
          <TableHead columns={['Reason', 'Returns', 'Share']} />
          <tbody>
            {report.byReason.map((r) => (
              <tr key={r.reason}>
                <td data-label="Reason">{REASON_LABELS[r.reason]}</td>
                <td data-label="Returns">{r.count}</td>
                <td data-label="Share">{percent(r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>By SKU</caption>
          <TableHead columns={['SKU', 'Returns', 'Units', 'Share']} />
          <tbody>
            {report.bySku.map((s) => (
              <tr key={s.sku}>
                <td data-label="SKU">
                  {s.sku} <span class="muted">{s.name}</span>
                </td>
                <td data-label="Returns">{s.returns}</td>
                <td data-label="Units">{s.units}</td>
                <td data-label="Share">{percent(s.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const COLUMNS = ['number', 'rmaId', 'orderId', 'status', 'reason', 'preferredResolution', 'units', 'openedAt', 'submittedAt', 'decidedAt', 'resolvedAt', 'resolution', 'amount', 'currency', 'reference', 'refundSlaBreached', 'decisionSlaBreached'] as const;

/** A cell as spreadsheets take it: quoted when needed, and never read as a formula. */
function cell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rmas: readonly Rma[]): string {
  const at = (rma: Rma, ...types: string[]) => rma.timeline.find((t) => types.includes(t.type))?.at ?? null;
  const rows = rmas.map((r) => {
    const refund = r.resolution?.type === 'refund' ? r.resolution : null;
    const values: Record<(typeof COLUMNS)[number], string | number | boolean | null> = {
      number: r.number,
      rmaId: r.rmaId,
      orderId: r.orderId,
      status: STATUS_LABELS[r.status],
      reason: REASON_LABELS[r.reason],
      preferredResolution: r.preferredResolution,
      units: r.lines.reduce((sum, l) => sum + l.quantity, 0),
      openedAt: r.createdAt,
      submittedAt: at(r, 'submitted'),
      decidedAt: at(r, 'approved', 'rejected'),
      resolvedAt: r.resolution?.at ?? null,
      resolution: r.resolution?.type ?? null,
      amount: refund ? refund.amount : null,
      currency: refund ? refund.currency : null,
      reference: r.resolution?.reference ?? null,
      refundSlaBreached: r.slaBreached,
      decisionSlaBreached: r.decisionSlaBreached,
    };
    return COLUMNS.map((c) => cell(values[c])).join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

function save(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
