/**
 * Where the page runs, from `config.json` beside it: written by the CDK deployment in AWS, made by
 * the local gateway locally. The page needs only the API's base URL.
 */
export interface PageConfig {
  /** The API's base URL, without a trailing slash ('' for the page's own origin). */
  readonly apiUrl: string;
}

export async function loadConfig(): Promise<PageConfig> {
  const response = await fetch(new URL('./config.json', document.baseURI), { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as PageConfig;
  return { apiUrl: config.apiUrl.replace(/\/+$/, '') };
}
