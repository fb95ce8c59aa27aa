/**
 * "Every map the user can open" — the one entry point for views across maps (the
 * insights view, the maturity check):
 *
 *   - the team repository, when this device has a relay login (the admin link or a
 *     workspace link, storage/connection.ts): `teamMapSource`, one request for all maps;
 *   - the maps on this device (`deviceMaps`).
 *
 * The team source comes first: a map that is on both (every map opened here with the
 * login is synced to the relay) is shown and changed as the relay's copy — the one all
 * editors meet in; the device copy catches up when the map is opened. `sources` of the
 * listed map names both. A source that fails (relay away) leaves the others standing.
 */
import { gatherVocabulary, type Vocabulary } from '../model/insights';
import { deviceMaps, listEachSource, type MapSource, type SourcedMap } from '../storage';
import { getDeviceConnection } from '../storage/connection';
import { teamMapSource, type TeamLogin } from './teamMaps';

/** The sources of every map the user can open, team repository first. */
export function openableMapSources(
  login: TeamLogin | null = getDeviceConnection(),
): readonly MapSource[] {
  return login ? [teamMapSource(login), deviceMaps] : [deviceMaps];
}

/** Every map the user can open, once each; `failed`: the sources that could not be read. */
export async function listOpenableMaps(
  sources: readonly MapSource[] = openableMapSources(),
): Promise<{ maps: SourcedMap[]; failed: string[] }> {
  const { maps, failures } = await listEachSource(sources);
  return { maps, failed: failures.map((f) => f.source) };
}

let cache: { at: number; value: Promise<Vocabulary> } | null = null;

/**
 * The workspace vocabulary — owner teams, channels, IT systems, tags, most used first —
 * over every map the user can open: what the card pickers suggest. Read again when
 * older than `maxAgeMs`; a source that cannot be read just adds no names.
 */
export function workspaceVocabulary(maxAgeMs = 120_000): Promise<Vocabulary> {
  const now = Date.now();
  if (!cache || now - cache.at > maxAgeMs) {
    const value = listOpenableMaps().then(({ maps }) => gatherVocabulary(maps.map((m) => m.map)));
    cache = { at: now, value };
    value.catch(() => (cache = null));
  }
  return cache.value;
}
