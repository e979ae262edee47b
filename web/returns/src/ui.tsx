/** Small pieces the screens share: an instant in both zones, a deadline with its countdown, a clause quoted, an action's outcome in words. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.js';
import { countdown, inZones } from './format.js';
import { type Messages, useI18n } from './i18n.js';

/** The current time, again every `everyMs` (for countdowns). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** An instant in the shopper's time zone, and in the seller's when it reads differently. */
export function When({ at, zone }: { at: string; zone: string }) {
  const { lang, t } = useI18n();
  const { yours, seller } = inZones(at, lang, zone);
  return (
    <span class="when">
      <time dateTime={at}>{yours}</time> <span class="muted">{t.yourTime}</span>
      {seller !== null && (
        <>
          {' · '}
          {seller} <span class="muted">{t.sellerTime(zone)}</span>
        </>
      )}
    </span>
  );
}

/** A deadline: when, in both zones, and how long is left (or that it passed). */
export function Deadline({ at, zone }: { at: string; zone: string }) {
  const { t } = useI18n();
  const now = useNow();
  const left = countdown(at, now, t);
  return (
    <>
      <When at={at} zone={zone} /> <strong class={left === null ? 'passed' : 'left'}>{left === null ? t.passed : t.left(left)}</strong>
    </>
  );
}

/** A clause of the terms as the policy gives it: in the original English, with its own quotation marks. */
export function Terms({ clause }: { clause: string }) {
  const { t } = useI18n();
  return (
    <p class="terms">
      {t.fromTerms}{' '}
      <span lang="en" class="clause">
        {clause}
      </span>
    </p>
  );
}

/** A refusal in the page's language when the code is known, else in the API's own words. */
export function refusalText(error: unknown, t: Messages): string {
  if (error instanceof ApiError) return t.errors[error.code] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Runs an action, `busy` meanwhile; then what was done, or the refusal in words. */
export function useAction() {
  const { t } = useI18n();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, said?: string) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await action();
      setDone(said);
      return true;
    } catch (e) {
      setError(refusalText(e, t));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const outcome = (
    <>
      <p role="status" class="done">
        {done}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
  return { run, busy, outcome, setError };
}

export function Card({ title, children, level = 2 }: { title: string; children: ComponentChildren; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="card" aria-label={title}>
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}
