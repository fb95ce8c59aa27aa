/**
 * The test-only window hook: e2e tests set maps up through document commands
 * instead of pixel choreography. Installed in dev builds and when the page sets
 * `window.__JOURNEYBOARD_TEST__` before the app loads; never otherwise.
 */
import type * as commands from '../doc';
import type { standardTemplate } from '../model/templates';
import type { createLocalMap } from '../storage/localMaps';
import type { startWorkshopTimer } from '../doc/workshop';
import type { MapSession } from '../session/MapSession';
import type { UiStore } from '../session/uiStore';
import type { navigate } from './router';

export interface JourneyboardTestHook {
  /** the open map's session, `null` outside a map */
  session: MapSession | null;
  readonly commands: typeof commands;
  /** the open map's view state (selection, editing…); an empty one outside a map */
  ui: UiStore;
  readonly navigate: typeof navigate;
  readonly createLocalMap: typeof createLocalMap;
  readonly standardTemplate: typeof standardTemplate;
  /** the workshop countdown's command, for timers shorter than the form's half minute */
  readonly startWorkshopTimer: typeof startWorkshopTimer;
}

declare global {
  interface Window {
    __JOURNEYBOARD_TEST__?: boolean;
    __journeyboard?: JourneyboardTestHook;
  }
}

function enabled(): boolean {
  return (
    import.meta.env.DEV || (typeof window !== 'undefined' && window.__JOURNEYBOARD_TEST__ === true)
  );
}

/**
 * Installs the hook (no-op in production unless a test asked for it). Its contents
 * load on demand (testHookApi.ts): the returned promise settles once it is there,
 * and the app renders after it, so tests find it as before; `null` when disabled.
 */
export function installTestHook(): Promise<void> | null {
  if (!enabled()) return null;
  return import('./testHookApi').then(({ createTestHook }) => {
    window.__journeyboard = createTestHook();
  });
}

/** Points the hook at the open map's session (or `null` when it closes). */
export function setTestSession(session: MapSession | null, ui?: UiStore): void {
  if (!window.__journeyboard) return;
  window.__journeyboard.session = session;
  if (ui) window.__journeyboard.ui = ui;
}
