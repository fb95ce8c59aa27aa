/**
 * The team repository for the home screen: polls `GET /api/maps` every POLL_MS with
 * If-None-Match (an unchanged list is a 304 without a body), while the page is visible,
 * using this device's relay login (admin link or workspace link). Without a login
 * there is no team list and nothing is polled.
 */
import { useCallback, useEffect, useState } from 'react';
import { getDeviceConnection, type DeviceConnection } from '../../storage/connection';
import { ShareApiError, fetchTeamMaps, type TeamRow } from '../../sync';

const POLL_MS = 1000;

export interface TeamView {
  /** null: no team login on this device */
  readonly rows: readonly TeamRow[] | null;
  readonly role: string | null;
  readonly connection: DeviceConnection | null;
  /** the last poll failed to reach the relay (rows are the last known) */
  readonly offline: boolean;
  /** the relay refused the login (revoked or expired link) */
  readonly refused: boolean;
  /** polls now (after an action) */
  refresh(): void;
}

export function useTeamMaps(): TeamView {
  const [connection] = useState(getDeviceConnection);
  const [state, setState] = useState<{
    rows: readonly TeamRow[] | null;
    role: string | null;
    offline: boolean;
    refused: boolean;
  }>({ rows: null, role: null, offline: false, refused: false });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    if (!connection) return;
    let alive = true;
    let etag: string | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const controller = new AbortController();
    const poll = async () => {
      timer = null;
      if (document.visibilityState !== 'hidden') {
        try {
          const list = await fetchTeamMaps(
            connection.relayUrl,
            connection.token,
            etag,
            controller.signal,
          );
          if (!alive) return;
          if (list !== 'unchanged') {
            etag = list.etag;
            setState({ rows: list.rows, role: list.role, offline: false, refused: false });
          } else setState((s) => (s.offline ? { ...s, offline: false } : s));
        } catch (error) {
          if (!alive) return;
          if (error instanceof ShareApiError && error.status === 401) {
            setState({ rows: null, role: null, offline: false, refused: true });
            return; // a refused login is not retried
          }
          setState((s) => ({ ...s, offline: true }));
        }
      }
      if (alive) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      alive = false;
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [connection, tick]);

  return { ...state, connection, refresh };
}
