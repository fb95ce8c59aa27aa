/**
 * Headless Chromium from the system (never downloaded), driven by playwright-core.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/ensure-system.mjs';

/** The system Chromium, found exactly as `npm test` and .ci/run find it. */
export function chromiumPath(): string {
  const found = findChromium();
  if (found.path === undefined) throw new Error(found.error);
  return found.path;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh context (its own IndexedDB) with an English or German UI and a test user. */
export async function newContext(
  browser: Browser,
  options: { locale?: string; name?: string } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
  if (options.name) {
    const name = options.name;
    await context.addInitScript((n) => {
      try {
        localStorage.setItem('journeyboard.e2e.name', n);
      } catch {
        /* ignore */
      }
    }, name);
  }
  return context;
}

/** Collects console errors and page errors so a spec can assert the page stayed clean. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
