/**
 * What the console needs to know about where it runs, from `config.json` beside it: written by the
 * CDK deployment in AWS, served by the local gateway locally. Nothing else is configured.
 */
export type AuthConfig =
  /** The local stack: tokens from its local issuer (api.md, "Local-only endpoints"). */
  | { readonly kind: 'local' }
  /** Cognito's hosted UI (`https://<prefix>.auth.<region>.amazoncognito.com`), authorization code with PKCE. */
  | { readonly kind: 'cognito'; readonly url: string; readonly clientId: string };

export interface ConsoleConfig {
  /** The API's base URL, without a trailing slash ('' for the console's own origin). */
  readonly apiUrl: string;
  readonly auth: AuthConfig;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch(new URL('./config.json', document.baseURI), { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as ConsoleConfig;
  return { ...config, apiUrl: config.apiUrl.replace(/\/+$/, '') };
}
