/**
 * Test support for workshop components: an in-memory awareness (the UI layer may
 * not import y-protocols; the real Awareness is exercised in src/sync/presence
 * tests) and a render helper with a session and a workshop around the component.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { RelayRole } from '../../model/workshop/presence';
import type { AwarenessChange, PresenceSource } from '../../sync/presence';
import { useLanguageStore } from '../../i18n';
import { MapSessionProvider, type MapSession } from '../../session/MapSession';
import { createUiStore, type UiStore } from '../../session/uiStore';
import { CardWorkshopOverlay } from './CardWorkshopOverlay';
import { WorkshopBar } from './WorkshopBar';
import { WorkshopProvider } from './WorkshopContext';

type Listener = (change: AwarenessChange, origin: unknown) => void;

export class FakeAwareness implements PresenceSource {
  readonly clientID: number;
  private readonly states = new Map<number, Record<string, unknown>>();
  private readonly listeners = new Set<Listener>();

  constructor(clientID = 1) {
    this.clientID = clientID;
  }
  getStates() {
    return this.states;
  }
  getLocalState() {
    return this.states.get(this.clientID) ?? null;
  }
  setLocalState(state: Record<string, unknown> | null) {
    this.setState(this.clientID, state);
  }
  /** what a peer's update arriving from the relay does */
  setState(clientId: number, state: Record<string, unknown> | null) {
    const had = this.states.has(clientId);
    if (state) this.states.set(clientId, state);
    else this.states.delete(clientId);
    const change = {
      added: !had && state ? [clientId] : [],
      updated: had && state ? [clientId] : [],
      removed: had && !state ? [clientId] : [],
    };
    for (const l of [...this.listeners]) l(change, 'remote');
  }
  on(_event: 'change', listener: Listener) {
    this.listeners.add(listener);
  }
  off(_event: 'change', listener: Listener) {
    this.listeners.delete(listener);
  }
}

export function renderInWorkshop(
  ui: ReactElement,
  session: MapSession,
  options: { awareness?: PresenceSource | null; role?: RelayRole | null } = {},
): RenderResult & { ui: UiStore } {
  useLanguageStore.getState().setLanguage('en');
  const store = createUiStore();
  const result = render(
    <MapSessionProvider session={session} ui={store}>
      <WorkshopProvider
        connection={{
          awareness: options.awareness ?? null,
          role: options.role ?? null,
          relayUrl: 'http://127.0.0.1:9',
        }}
      >
        {ui}
      </WorkshopProvider>
    </MapSessionProvider>,
  );
  return { ...result, ui: store };
}

/** One person's screen: the workshop bar, card p1's overlay and `children`, as `role`. */
export function WorkshopScreen({
  session,
  role,
  ui,
  children,
}: {
  readonly session: MapSession;
  readonly role: RelayRole;
  /** the screen's view state (its notices too), when the test reads it */
  readonly ui?: UiStore;
  readonly children?: ReactNode;
}) {
  return (
    <MapSessionProvider session={session} {...(ui ? { ui } : {})}>
      <WorkshopProvider connection={{ awareness: null, role, relayUrl: 'http://127.0.0.1:9' }}>
        <WorkshopBar />
        <div data-testid="card-p1">
          <CardWorkshopOverlay cardId="p1" />
        </div>
        {children}
      </WorkshopProvider>
    </MapSessionProvider>
  );
}
