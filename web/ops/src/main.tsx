/** Boots the console: its config, a return from the hosted UI if this is one, then the app. */
import { render } from 'preact';
import { App } from './app.js';
import { completeCognitoSignIn } from './auth.js';
import { loadConfig } from './config.js';

const root = document.getElementById('app')!;
try {
  const config = await loadConfig();
  let signInError: string | undefined;
  if (config.auth.kind === 'cognito') await completeCognitoSignIn(config.auth).catch((e: Error) => (signInError = e.message));
  root.replaceChildren();
  render(<App config={config} signInError={signInError} />, root);
} catch (error) {
  root.textContent = `The console could not start: ${error instanceof Error ? error.message : String(error)}`;
}
