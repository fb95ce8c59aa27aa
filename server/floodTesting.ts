/**
 * What the worker and flood tests share: the relay settings that let a single
 * 120,000-struct frame through (so it is applied, not refused), such a frame, two map
 * ids on different workers, and one counter read from `/metrics`.
 */
import * as Y from 'yjs';
import { shardOf } from './shards';

/** 2 room workers; limits and budgets high enough that one flood frame is applied. */
export const FLOOD_ENV: Readonly<Record<string, string>> = {
  RELAY_WORKERS: '2',
  MAX_UPDATE_STRUCTS: '200000',
  MAX_MESSAGE_BYTES: String(8 * 1024 * 1024),
  BUDGET_MS_BURST: '100000',
  BUDGET_BYTES_BURST: String(64 * 1024 * 1024),
};

/** Two map ids that the stable hash puts on different workers (of 2); the first is `flooded`. */
export function twoShards(): [string, string] {
  const first = 'flooded';
  for (let i = 0; ; i++) {
    const other = `neighbour-${i}`;
    if (shardOf(other, 2) !== shardOf(first, 2)) return [first, other];
  }
}

/** One update of `n` separate structs (120,000: about 1.9 MiB, a second or more to apply). */
export function expensiveUpdate(n: number): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < n; i++) doc.getMap('flood').set(`k${i}`, i);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** One unlabelled series of the relay's `/metrics` (0 when absent). */
export async function metric(http: string, name: string): Promise<number> {
  const text = await (await fetch(`${http}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
}
