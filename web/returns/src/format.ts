/** How the page writes instants (the shopper's zone and the seller's), countdowns, sizes and money, in its language. */
import type { Lang, Messages } from './i18n.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(lang: Lang, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
    formats.set(key, format);
  }
  return format;
}

/** The browser's time zone (the shopper's). */
export const shopperZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export interface TwoZones {
  /** In the shopper's time zone. */
  readonly yours: string;
  /** In the seller's, or null when it reads the same. */
  readonly seller: string | null;
}

export function inZones(iso: string, lang: Lang, sellerZone: string): TwoZones {
  const instant = new Date(iso);
  const yours = formatIn(lang, undefined).format(instant);
  const seller = formatIn(lang, sellerZone).format(instant);
  return { yours, seller: seller === yours ? null : seller };
}

/** "3 days 4 hours", "5 hours 10 min", "12 min" until `iso` from `now`; null once passed. */
export function countdown(iso: string, now: number, t: Messages): string | null {
  const ms = Date.parse(iso) - now;
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${t.days(days)} ${t.hours(hours)}`;
  if (hours > 0) return `${t.hours(hours)} ${t.minutes(minutes % 60)}`;
  return t.minutes(Math.max(1, minutes));
}

export function bytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(0)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** Minor units as the currency writes them, in the page's language. */
export function money(minor: number, currency: string, lang: Lang): string {
  const format = new Intl.NumberFormat(lang, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}
