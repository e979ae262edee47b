/** Sign in with the order number and the email of the order; the rate limit said plainly. */
import { useState } from 'preact/hooks';
import { type Api, ApiError, must } from './api.js';
import { useI18n } from './i18n.js';
import { setSession } from './session.js';
import { refusalText } from './ui.js';

export function SignIn({ api, reason }: { api: Api; reason?: string | undefined }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(undefined);
    try {
      const created = await must(api.POST('/v1/sessions', { body: { orderNumber: String(form.get('orderNumber')).trim(), email: String(form.get('email')).trim() } }));
      history.replaceState(null, '', location.pathname + location.search + '#/');
      setSession({ token: created.token, orderId: created.orderId, via: 'sign-in' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'order_not_found') setError(t.orderNotFound);
      else if (e instanceof ApiError && e.code === 'rate_limited') setError(t.rateLimited(Math.max(1, Math.ceil(Number(e.problem.retryAfterSeconds ?? 900) / 60))));
      else setError(refusalText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="narrow">
      <h1>{t.signInHeading}</h1>
      <p>{t.signInIntro}</p>
      {reason && (
        <p class="notice" role="status">
          {reason}
        </p>
      )}
      <form class="card" onSubmit={submit}>
        <label>
          {t.orderNumber}
          <input name="orderNumber" required autoComplete="off" maxLength={64} />
        </label>
        <label>
          {t.email}
          <input name="email" type="email" required autoComplete="email" maxLength={254} />
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
    </main>
  );
}
