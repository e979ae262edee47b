/**
 * What every email shares, whatever its language: its context, the blocks a body is made of
 * (each renders to the plain-text and the HTML part), header safety, HTML escaping, instants.
 *
 * Safety: every value is escaped in HTML; the subject and the addresses are single header lines,
 * so any CR/LF or other control character in them is removed (no header injection), and user
 * text never goes into a subject at all.
 */
import type { Policy } from '../domain/policy/book.js';
import type { Rma } from '../domain/rma.js';

export interface EmailContext {
  readonly rma: Rma;
  readonly policy: Policy;
  /** `locale`: the order's `customer.locale` (BCP 47); it picks the customer emails' language. */
  readonly customer: { readonly name: string; readonly email: string; readonly locale?: string | undefined };
}

export interface RenderedEmail {
  readonly template: string;
  readonly to: readonly string[];
  readonly replyTo: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A piece of an email body; each renders to text and to HTML. */
export type Block =
  | { readonly p: string }
  | { readonly facts: readonly (readonly [label: string, value: string])[] }
  | { readonly pre: string };

export interface Draft {
  readonly subject: string;
  /** Falsy entries are left out, so optional parts read as `condition && block`. */
  readonly blocks: readonly (Block | false | null | undefined | '')[];
}

/** One header line: control characters (CR, LF, ...) become spaces, runs of space collapse. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One formatter per zone: making one costs far more than using it. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The parts of an instant's reading in a time zone (English names, 24-hour clock). */
function readingIn(instant: Date, timeZone: string): Record<'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    formats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value])) as ReturnType<typeof readingIn>;
}

/** A deadline in the customer's terms: the seller's local time, and UTC ("Tue 24 Nov 2026, 16:00 (Asia/Shanghai time) = 2026-11-24 08:00 UTC"). */
export function formatInstant(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const local = readingIn(instant, timeZone);
  const utc = instant.toISOString();
  return `${local.weekday} ${local.day} ${local.month} ${local.year}, ${local.hour}:${local.minute} (${timeZone} time) = ${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

const zhFormats = new Map<string, Intl.DateTimeFormat>();

/** The same instant for a Chinese reader: "2026年12月1日星期二 23:59（Asia/Shanghai 时间）= 2026-12-01 15:59 UTC". */
export function formatInstantZh(iso: string, timeZone: string): string {
  let format = zhFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('zh-CN', { timeZone, dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' });
    zhFormats.set(timeZone, format);
  }
  const instant = new Date(iso);
  const utc = instant.toISOString();
  return `${format.format(instant)}（${timeZone} 时间）= ${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

export function render(draft: Draft, lang: string): { subject: string; text: string; html: string } {
  const blocks = draft.blocks.filter((b): b is Block => Boolean(b));
  const text = blocks
    .map((b) => ('p' in b ? b.p : 'pre' in b ? b.pre : b.facts.map(([k, v]) => `${k}: ${v}`).join('\n')))
    .join('\n\n');
  const html = blocks
    .map((b) =>
      'p' in b
        ? `<p>${escapeHtml(b.p)}</p>`
        : 'pre' in b
          ? `<pre>${escapeHtml(b.pre)}</pre>`
          : `<table>${b.facts.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`,
    )
    .join('\n');
  return {
    subject: headerSafe(draft.subject),
    text: `${text}\n`,
    html: `<!doctype html>\n<html lang="${lang}"><body>\n${html}\n</body></html>\n`,
  };
}

