/** The page's frame: language, sign-in, and the screen the address names (the order, a new return, a return). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Api, ApiError, createApi, must, type Policy } from './api.js';
import type { PageConfig } from './config.js';
import { I18nContext, type Lang, LANG_NAMES, LANGS, MESSAGES, useI18n } from './i18n.js';
import { useLoad } from '../../common/load.js';
import { OpenReturn } from './open.js';
import { OrderPage } from './order.js';
import { RmaPage } from './rma.js';
import { onSessionChange, type Session, session, setSession } from './session.js';
import { SignIn } from './sign-in.js';

type Route = { readonly page: 'order' } | { readonly page: 'new' } | { readonly page: 'rma'; readonly rmaId: string };

function routeOf(hash: string): Route {
  const rma = /^#\/rmas\/([^/?#]+)$/.exec(hash);
  if (rma) return { page: 'rma', rmaId: decodeURIComponent(rma[1]!) };
  return hash === '#/new' ? { page: 'new' } : { page: 'order' };
}

function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => {
      setHash(location.hash);
      // A new screen: start at its top, and let a screen reader start there too.
      requestAnimationFrame(() => document.getElementById('main')?.focus({ preventScroll: true }));
      scrollTo(0, 0);
    };
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return routeOf(hash);
}

function useSession() {
  const [state, setState] = useState<{ current: Session | null; reason?: 'ended' | 'link' | undefined }>({ current: session() });
  useEffect(() => onSessionChange((current, reason) => setState({ current, reason })), []);
  return state;
}

function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <div class="languages" role="group" aria-label={`${MESSAGES.en.language} / ${MESSAGES['zh-CN'].language}`}>
      {LANGS.map((l) => (
        <button key={l} type="button" class="quiet" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

/** Signed in: the order and its returns, loaded together, and the screen the address names. */
function Signed({ api, current, policy }: { api: Api; current: Session; policy: Policy }) {
  const { t } = useI18n();
  const route = useRoute();
  const loaded = useLoad(
    () =>
      Promise.all([
        must(api.GET('/v1/orders/{orderId}', { params: { path: { orderId: current.orderId } } })),
        must(api.GET('/v1/rmas')).then((r) => r.items),
      ]).catch((e: unknown) => {
        // A link whose order is not the session's answers 404, as a missing order does: sign in instead.
        if (e instanceof ApiError && e.status === 404) setSession(null, 'link');
        throw e;
      }),
    [current.orderId],
  );
  const failure = loaded.error;
  if (loaded.data === undefined) {
    return (
      <main id="main" tabIndex={-1}>
        {failure ? (
          <p class="error" role="alert">
            {failure}
          </p>
        ) : (
          <p>{t.loading}</p>
        )}
      </main>
    );
  }
  const [order, rmas] = loaded.data;
  if (route.page === 'new') {
    return (
      <OpenReturn
        api={api}
        order={order}
        policy={policy}
        onOpened={(rma) => {
          loaded.reload();
          location.hash = `#/rmas/${encodeURIComponent(rma.rmaId)}`;
        }}
      />
    );
  }
  if (route.page === 'rma') return <RmaPage key={route.rmaId} api={api} rmaId={route.rmaId} order={order} policy={policy} onChanged={loaded.reload} />;
  return <OrderPage order={order} rmas={rmas} policy={policy} />;
}

export function App({ config, initialLang }: { config: PageConfig; initialLang: Lang }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const t = MESSAGES[lang];
  const i18n = useMemo(
    () => ({
      lang,
      t,
      setLang(next: Lang) {
        const url = new URL(location.href);
        url.searchParams.set('lang', next);
        history.replaceState(null, '', url);
        document.documentElement.lang = next;
        setLangState(next);
      },
    }),
    [lang],
  );
  useEffect(() => {
    document.title = t.title;
  }, [lang]);
  const { current, reason } = useSession();
  const api = useMemo(() => createApi(config.apiUrl), [config.apiUrl]);
  const policy = useLoad(() => must(api.GET('/v1/policy')), []);

  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip" href="#main">
        {t.skip}
      </a>
      <header class="bar">
        <span class="brand">{t.title}</span>
        <LanguageSwitch />
        {current !== null && (
          <button type="button" class="quiet" onClick={() => setSession(null)}>
            {t.signOut}
          </button>
        )}
      </header>
      {policy.data === undefined ? (
        <main id="main">
          {policy.error ? (
            <p class="error" role="alert">
              {policy.error} <button type="button" onClick={policy.reload}>{t.retry}</button>
            </p>
          ) : (
            <p>{t.loading}</p>
          )}
        </main>
      ) : current === null ? (
        <SignIn api={api} reason={reason === 'ended' ? t.sessionEnded : reason === 'link' ? t.linkInvalid : undefined} />
      ) : (
        <Signed api={api} current={current} policy={policy.data} />
      )}
    </I18nContext.Provider>
  );
}


