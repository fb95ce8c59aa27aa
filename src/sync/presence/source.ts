/**
 * The part of a y-protocols `Awareness` that presence uses. Structural, so the
 * UI can hold one without importing Yjs packages, and tests can use the real
 * Awareness or a plain fake.
 */
export interface AwarenessChange {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

export interface PresenceSource {
  readonly clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  getLocalState(): Record<string, unknown> | null;
  setLocalState(state: Record<string, unknown> | null): void;
  on(event: 'change', listener: (change: AwarenessChange, origin: unknown) => void): void;
  off(event: 'change', listener: (change: AwarenessChange, origin: unknown) => void): void;
}
