/**
 * Debian's Chromium driven by Playwright (its own browser download cannot work here), started
 * as the machine's probe starts it: headless, no sandbox (root), no background networking.
 */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.RMA_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
