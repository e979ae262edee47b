/** Boots the returns page: its config, the shop's styling, a storefront session link if this is one, the language, then the app. */
import { render } from 'preact';
import { App } from './app.js';
import { loadConfig } from './config.js';
import { detectLang } from './i18n.js';
import { takeSessionLink } from './session.js';
import { applyTheme, reportHeightToEmbedder } from './theme.js';

const root = document.getElementById('app')!;
applyTheme(location.search, document.documentElement);
reportHeightToEmbedder(document.body);
try {
  const config = await loadConfig();
  takeSessionLink();
  // A shop may send the frame a new link without reloading it.
  addEventListener('hashchange', () => takeSessionLink());
  const lang = detectLang(new URLSearchParams(location.search).get('lang'), navigator.languages);
  document.documentElement.lang = lang;
  root.replaceChildren();
  render(<App config={config} initialLang={lang} />, root);
  performance.mark('rma-returns:ready');
} catch (error) {
  root.textContent = `The returns page could not start: ${error instanceof Error ? error.message : String(error)}`;
}
