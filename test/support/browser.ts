/**
 * Debian's Chromium driven by Playwright (its own browser download cannot work here), started
 * as the machine's probe starts it: headless, no sandbox (root), no background networking.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.RMA_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Waiting for what a page shows, up to a generous limit (CI has 2 cores); Playwright waits on the DOM, not on a timer. */
export const SHOWN = { timeout: 20_000 };

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now. */
export async function accessibilityViolations(tab: Page): Promise<string[]> {
  await tab.evaluate(AXE);
  // Strings, evaluated in the page: the tests are type-checked without the DOM's types.
  const violations = (await tab.evaluate(
    'axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))',
  )) as { id: string; impact: string; nodes: number }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}

/** Whether the page needs a horizontal scroll bar at its width (it must not). */
export const overflows = (tab: Page) => tab.evaluate('document.documentElement.scrollWidth > window.innerWidth + 1');

/** Waits until the return's heading shows `state` (its `.state` badge); a refusal shown meanwhile fails at once, with its words. */
export async function stateShown(tab: Page, state: string): Promise<void> {
  const shown = tab.locator('h1 .state', { hasText: new RegExp(`^${state}$`) });
  const refused = tab.getByRole('alert');
  try {
    await shown.or(refused).first().waitFor(SHOWN);
  } catch (error) {
    throw new Error(`${state} not shown; the page says: ${(await tab.locator('main').innerText()).slice(0, 1500)}`, { cause: error });
  }
  if ((await shown.count()) === 0) throw new Error(`expected ${state}, the page says: ${await refused.first().textContent()}`);
}

/** Where tests put screenshots: .build/screenshots/, or with RMA_UPDATE_SCREENSHOTS=1 docs/screenshots/ (the ones the README shows). */
export const SCREENSHOTS = process.env.RMA_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.build/screenshots';

/** One Chromium for a test file: started before its tests, closed after them. */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
