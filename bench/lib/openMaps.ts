/**
 * The maps the cold-open benchmarks open (a 29-card map and the 2,000-card one), put on
 * a relay with `journey push` as a user would, and opened from an edit link as a user
 * gets it from the share dialog.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as push } from '../../src/cli/commands/push';
import { exportJson } from '../../src/export/json';
import type { JourneyMap } from '../../src/model/types';
import { bigMap } from '../fixtures/bigMap';

/** The small map of every cold-open figure: 29 cards over 6 phases. */
export function smallMap(): JourneyMap {
  return { ...bigMap({ phases: 6, cards: 29, seed: 7 }), id: 'bench-small-map' };
}

interface Relay {
  readonly httpUrl: string;
  /** the relay's admin token */
  readonly token: string;
}

/** Writes `map` into `dir` and pushes it to the relay; throws with the CLI's words if that fails. */
export async function pushMap(relay: Relay, map: JourneyMap, dir: string): Promise<void> {
  const file = `${map.id}.journey.json`;
  writeFileSync(join(dir, file), exportJson(map));
  const out: string[] = [];
  const code = await push([file, '--relay', relay.httpUrl, '--token', relay.token], {
    cwd: dir,
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
  });
  if (code !== 0) throw new Error(`journey push failed: ${out.join('').trim()}`);
}

/** A new edit link's token for `mapId` (POST /api/maps/<id>/share with the admin token). */
export async function editToken(relayUrl: string, admin: string, mapId: string): Promise<string> {
  const res = await fetch(`${relayUrl}/api/maps/${mapId}/share`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'edit' }),
  });
  if (!res.ok) throw new Error(`share failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** The address a user opens from a new edit link to `mapId`. */
export async function editLinkUrl(relay: Relay, mapId: string): Promise<string> {
  const token = await editToken(relay.httpUrl, relay.token, mapId);
  return `${relay.httpUrl}/map/${mapId}?t=${encodeURIComponent(token)}`;
}

/** The small and the big map (2,000 cards), pushed to the relay. */
export async function pushOpenMaps(relay: Relay, dir: string): Promise<JourneyMap[]> {
  const maps = [smallMap(), bigMap({})];
  for (const map of maps) await pushMap(relay, map, dir);
  return maps;
}
