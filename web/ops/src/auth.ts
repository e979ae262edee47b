/**
 * Who is signed in. The ID token lives in memory only (a reload signs in again, silently when
 * the hosted UI still has its session); the PKCE verifier waits in sessionStorage across the one
 * redirect to the hosted UI and back.
 */
import type { AuthConfig } from './config.js';

export interface Session {
  readonly token: string;
  readonly email: string;
}

type Listener = (session: Session | null, reason?: string) => void;

let current: Session | null = null;
const listeners = new Set<Listener>();

export function session(): Session | null {
  return current;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: Session | null, reason?: string): void {
  current = next;
  for (const listener of listeners) listener(next, reason);
}

function claims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
}

function accept(token: string): void {
  set({ token, email: String(claims(token).email ?? 'ops') });
}

/** The API refused the token (expired or revoked): back to the sign-in screen, saying why. */
export function expire(): void {
  if (current !== null) set(null, 'Your session has ended. Sign in again to continue.');
}

export function signOut(auth: AuthConfig): void {
  set(null);
  if (auth.kind === 'cognito') {
    const back = location.origin + location.pathname;
    location.assign(`${auth.url}/logout?client_id=${encodeURIComponent(auth.clientId)}&logout_uri=${encodeURIComponent(back)}`);
  }
}

/** Locally: a token from the local issuer, as the local stack's ops user. */
export async function signInLocally(apiUrl: string, email: string): Promise<void> {
  const response = await fetch(`${apiUrl}/_local/tokens/ops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub: `local-${email}`, email }),
  });
  if (!response.ok) throw new Error(`The local sign-in answered ${response.status}.`);
  accept(((await response.json()) as { token: string }).token);
}

const PKCE_KEY = 'rma-ops-pkce';

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const redirectUri = () => location.origin + location.pathname;

/** In AWS: to the hosted UI, with a fresh PKCE verifier and state. */
export async function signInWithCognito(auth: Extract<AuthConfig, { kind: 'cognito' }>): Promise<void> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, returnTo: location.hash }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid email profile',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  });
  location.assign(`${auth.url}/oauth2/authorize?${query}`);
}

/** Back from the hosted UI with `?code=…&state=…`: the code exchanged for tokens; false when this is no such return. */
export async function completeCognitoSignIn(auth: Extract<AuthConfig, { kind: 'cognito' }>): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const saved = sessionStorage.getItem(PKCE_KEY);
  if (code === null || saved === null) return false;
  sessionStorage.removeItem(PKCE_KEY);
  const { verifier, state, returnTo } = JSON.parse(saved) as { verifier: string; state: string; returnTo: string };
  history.replaceState(null, '', redirectUri() + returnTo);
  if (params.get('state') !== state) throw new Error('The sign-in answer does not match the request (state); sign in again.');
  const response = await fetch(`${auth.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: auth.clientId, code, redirect_uri: redirectUri(), code_verifier: verifier }),
  });
  if (!response.ok) throw new Error(`Cognito refused the sign-in (${response.status}); sign in again.`);
  accept(((await response.json()) as { id_token: string }).id_token);
  return true;
}
