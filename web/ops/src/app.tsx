/** The console's frame: sign-in, the header with its navigation, and the page the address names. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createApi } from './api.js';
import { onSessionChange, session, signInLocally, signInWithCognito, signOut } from './auth.js';
import type { ConsoleConfig } from './config.js';
import { QueuePage } from './queue.js';
import { OutboxPage } from './outbox.js';
import { ReportsPage } from './reports.js';
import { RmaPage } from './rma.js';
import { DeliveriesPage, WebhooksPage } from './webhooks.js';

type Route =
  | { readonly page: 'queue' }
  | { readonly page: 'rma'; readonly rmaId: string }
  | { readonly page: 'webhooks' }
  | { readonly page: 'deliveries'; readonly endpointId: string }
  | { readonly page: 'outbox' }
  | { readonly page: 'reports' };

function routeOf(hash: string): Route {
  const rma = /^#\/rmas\/([^/?#]+)$/.exec(hash);
  if (rma) return { page: 'rma', rmaId: decodeURIComponent(rma[1]!) };
  const deliveries = /^#\/webhooks\/([^/?#]+)$/.exec(hash);
  if (deliveries) return { page: 'deliveries', endpointId: decodeURIComponent(deliveries[1]!) };
  if (hash === '#/webhooks') return { page: 'webhooks' };
  if (hash === '#/outbox') return { page: 'outbox' };
  if (hash === '#/reports') return { page: 'reports' };
  return { page: 'queue' };
}

/** The pages the header links to, in its order. */
const NAV: readonly { readonly page: Route['page']; readonly href: string }[] = [
  { page: 'queue', href: '#/' },
  { page: 'webhooks', href: '#/webhooks' },
  { page: 'reports', href: '#/reports' },
  { page: 'outbox', href: '#/outbox' },
];

const TITLES: Record<Route['page'], string> = { queue: 'Queue', rma: 'Return', webhooks: 'Webhooks', deliveries: 'Deliveries', outbox: 'Outbox', reports: 'Reports' };

function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return routeOf(hash);
}

function useSession() {
  const [state, setState] = useState({ current: session(), reason: undefined as string | undefined });
  useEffect(() => onSessionChange((current, reason) => setState({ current, reason })), []);
  return state;
}

export function App({ config, signInError }: { config: ConsoleConfig; signInError?: string | undefined }) {
  const { current, reason } = useSession();
  const route = useRoute();
  const api = useMemo(() => createApi(config.apiUrl), [config.apiUrl]);
  useEffect(() => {
    document.title = `${current === null ? 'Sign in' : TITLES[route.page]} · Returns ops`;
  }, [current, route]);
  if (current === null) return <SignIn config={config} reason={reason ?? signInError} />;
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="bar">
        <a class="brand" href="#/">
          Returns · ops
        </a>
        <nav aria-label="Main">
          {NAV.map(({ page, href }) => (
            <a key={page} href={href} aria-current={route.page === page ? 'page' : undefined}>
              {TITLES[page]}
            </a>
          ))}
        </nav>
        <span class="who">{current.email}</span>
        <button type="button" class="quiet" onClick={() => signOut(config.auth)}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === 'rma' ? (
          <RmaPage api={api} rmaId={route.rmaId} />
        ) : route.page === 'webhooks' ? (
          <WebhooksPage api={api} />
        ) : route.page === 'deliveries' ? (
          <DeliveriesPage api={api} endpointId={route.endpointId} />
        ) : route.page === 'outbox' ? (
          <OutboxPage api={api} />
        ) : route.page === 'reports' ? (
          <ReportsPage api={api} />
        ) : (
          <QueuePage api={api} />
        )}
      </main>
    </>
  );
}

function SignIn({ config, reason }: { config: ConsoleConfig; reason?: string | undefined }) {
  const [email, setEmail] = useState('ops@example.com');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (config.auth.kind === 'cognito') await signInWithCognito(config.auth);
      else await signInLocally(config.apiUrl, email);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="sign-in">
      <h1>Returns · ops console</h1>
      {reason && (
        <p class="notice" role="alert">
          {reason}
        </p>
      )}
      <form onSubmit={submit}>
        {config.auth.kind === 'local' ? (
          <>
            <p>Local stack: sign in as any ops user of the local issuer.</p>
            <label>
              Email
              <input type="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} autoComplete="username" />
            </label>
          </>
        ) : (
          <p>Sign in with your ops account.</p>
        )}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
