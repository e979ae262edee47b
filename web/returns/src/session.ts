/**
 * The shopper's session: a customer token bound to one order (api.md, "Auth"), from the sign-in
 * or from a storefront session link (`/returns/#order=<orderId>&session=<token>`, made by the
 * shop's server with `POST /v1/storefront/sessions`). It is kept in this tab's sessionStorage,
 * so a reload keeps it and closing the tab ends it; the server alone says when it expired (401).
 */
export interface Session {
  readonly token: string;
  readonly orderId: string;
  /** How it began: when a link's session is refused, the link is what expired. */
  readonly via: 'sign-in' | 'link';
}

type Listener = (session: Session | null, reason?: 'ended' | 'link') => void;

const KEY = 'rma-returns-session';
const listeners = new Set<Listener>();

/** sessionStorage, or nothing where the browser refuses it (a sandboxed frame): then memory only. */
function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

let current: Session | null = (() => {
  try {
    const saved = storage()?.getItem(KEY);
    return saved ? (JSON.parse(saved) as Session) : null;
  } catch {
    return null;
  }
})();

export function session(): Session | null {
  return current;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSession(next: Session | null, reason?: 'ended' | 'link'): void {
  current = next;
  try {
    if (next === null) storage()?.removeItem(KEY);
    else storage()?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused: the session still lives in memory.
  }
  for (const listener of listeners) listener(next, reason);
}

/**
 * A storefront session link in the address (`#order=…&session=…`): taken as the session and
 * removed from the address at once, so it is neither bookmarked nor shared by accident.
 */
export function takeSessionLink(): boolean {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('session');
  const orderId = params.get('order');
  if (token === null || orderId === null) return false;
  history.replaceState(null, '', location.pathname + location.search + '#/');
  setSession({ token, orderId, via: 'link' });
  return true;
}
