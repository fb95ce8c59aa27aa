/**
 * The stage most browser specs share: a real relay serving the built app and one
 * headless Chromium, and tearing both down with the contexts a spec opened.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import { startRelay, type RelayProcess } from './relay';

export interface Stage {
  readonly relay: RelayProcess;
  readonly browser: Browser;
}

/** Starts the relay, then the browser. */
export async function startStage(): Promise<Stage> {
  const relay = await startRelay();
  const browser = await launchBrowser();
  return { relay, browser };
}

/** Closes the contexts (ignoring ones already gone), the browser, then the relay. */
export async function closeStage(
  contexts: readonly BrowserContext[],
  browser: Browser | undefined,
  relay: RelayProcess | undefined,
): Promise<void> {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await relay?.dispose();
}
