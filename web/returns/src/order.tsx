/** The order: each line with what can be returned, for which reason and until when (or why not), and the order's returns. */
import type { CustomerOrder, Policy, Reason, Rma } from './api.js';
import { useI18n } from './i18n.js';
import { stateOf } from './status.js';
import { Card, When } from './ui.js';

export const REASONS: readonly Reason[] = ['faulty', 'damaged_in_transit', 'incorrect_item', 'other'];

type Line = CustomerOrder['lines'][number];

export function canReturnAnything(order: CustomerOrder): boolean {
  return order.lines.some((line) => REASONS.some((reason) => line.reasons[reason].eligible));
}

function LineReasons({ line, policy }: { line: Line; policy: Policy }) {
  const { t } = useI18n();
  return (
    <ul class="reasons">
      {REASONS.map((reason) => {
        const r = line.reasons[reason];
        const code = (r as { code?: keyof typeof t.closedBecause }).code;
        return (
          <li key={reason} class={r.eligible ? 'open' : 'closed'}>
            <span class="reason-name">{t.reasons[reason]}</span>{' '}
            {r.eligible ? (
              r.closesAt ? (
                <span>
                  {t.eligibleUntil} <When at={r.closesAt} zone={policy.timeZone} />
                </span>
              ) : null
            ) : code === 'window_closed' && r.closesAt ? (
              <span class="why">
                {t.closedBecause.window_closed} <When at={r.closesAt} zone={policy.timeZone} />
              </span>
            ) : (
              <span class="why">{code && code !== 'window_closed' ? t.closedBecause[code] : t.closedOther}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function OrderPage({ order, rmas, policy }: { order: CustomerOrder; rmas: readonly Rma[]; policy: Policy }) {
  const { lang, t } = useI18n();
  const open = canReturnAnything(order);
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium' });
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t.orderHeading(order.orderNumber)}</h1>
      <dl class="facts">
        <dt>{t.invoiced}</dt>
        <dd>{date.format(new Date(order.invoicedAt))}</dd>
        <dt>{t.delivered}</dt>
        <dd>{order.deliveredAt ? date.format(new Date(order.deliveredAt)) : t.notDelivered}</dd>
      </dl>

      <Card title={t.itemsHeading}>
        <ul class="lines">
          {order.lines.map((line) => (
            <li key={line.lineId} class="line">
              <p class="line-name">
                <strong>{line.name}</strong> <span class="muted">{line.sku}</span>
              </p>
              <p class="muted">
                {t.ordered(line.quantity)} · {t.returnable(line.returnableQuantity)}
              </p>
              <LineReasons line={line} policy={policy} />
            </li>
          ))}
        </ul>
        {open ? (
          <a class="button" href="#/new">
            {t.startReturn}
          </a>
        ) : (
          <p class="notice">{t.nothingReturnable}</p>
        )}
      </Card>

      <Card title={t.yourReturns}>
        {rmas.length === 0 ? (
          <p class="muted">{t.noReturns}</p>
        ) : (
          <ul class="returns">
            {[...rmas].reverse().map((rma) => (
              <li key={rma.rmaId}>
                <a href={`#/rmas/${encodeURIComponent(rma.rmaId)}`}>{t.rmaHeading(rma.number)}</a> <span class="state">{stateOf(rma, t).label}</span>{' '}
                <span class="muted">
                  {t.reasons[rma.reason]} · {t.opened} {date.format(new Date(rma.createdAt))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </main>
  );
}
