/**
 * The team repository as a map source (storage/mapSources.ts): every map the device's
 * relay login (admin or workspace link) may open on the relay.
 *
 * Reading: ONE request, `GET /api/insights/maps` — the relay answers every map as format
 * v1 from its per-map cache (keyed by each room's last stored change), so 300 maps cost
 * one HTTP answer instead of 300 sockets and 300 document syncs in the browser.
 *
 * Changing: an ordinary synced change. The map's room is opened with the stock
 * y-websocket client (connectRelay), the doc commands run on the synced document, and
 * the source waits until the relay confirmed storing them (open boards see them live);
 * then the connection closes. A view link is refused before anything is changed.
 */
import { exportMap, isMapDoc, type MapDoc } from '../doc';
import type { JourneyMap } from '../model/types';
import type { MapSource } from '../storage';
import { openRoom } from './openRoom';
import { newMapDoc } from './newDoc';
import { readMapsBody } from './mapsBody';
import { httpBaseUrl } from './share';

export const TEAM_SOURCE = 'team';

export interface TeamLogin {
  readonly relayUrl: string;
  readonly token: string;
}

export class TeamChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamChangeError';
  }
}

/** Every map `login` may open on its relay (not trashed), as format v1. */
export async function fetchTeamMapDocuments(
  login: TeamLogin,
  signal?: AbortSignal,
): Promise<{ maps: JourneyMap[]; role: string }> {
  const res = await fetch(`${httpBaseUrl(login.relayUrl)}/api/insights/maps`, {
    headers: { Authorization: `Bearer ${login.token}` },
    cache: 'no-store',
    ...(signal ? { signal } : {}),
  });
  return readMapsBody<JourneyMap>(res);
}

/** The team repository behind `login` as a map source. */
export function teamMapSource(
  login: TeamLogin,
  options: { readonly WebSocketImpl?: unknown; readonly timeoutMs?: number } = {},
): MapSource {
  return {
    id: TEAM_SOURCE,
    async list() {
      return (await fetchTeamMapDocuments(login)).maps;
    },
    async change(mapId: string, edit: (doc: MapDoc) => void) {
      const doc = newMapDoc();
      try {
        const conn = await openRoom(doc, {
          mapId,
          relayUrl: login.relayUrl,
          token: login.token,
          timeoutMs: options.timeoutMs ?? 15_000,
          ...(options.WebSocketImpl ? { WebSocketImpl: options.WebSocketImpl } : {}),
        });
        try {
          if (conn.status.getState().role === 'view')
            throw new TeamChangeError(`a view link cannot change map "${mapId}"`);
          if (!isMapDoc(doc)) throw new TeamChangeError(`the relay has no map "${mapId}"`);
          edit(doc);
          await conn.flushed(options.timeoutMs ?? 15_000);
          return exportMap(doc);
        } finally {
          conn.destroy();
        }
      } finally {
        doc.destroy();
      }
    },
  };
}
