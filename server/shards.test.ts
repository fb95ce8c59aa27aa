// Which worker owns a map (shards.ts): stable, spread, and when rooms go to workers at all.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { shardCount, shardOf } from './shards';
import { tempDataDir } from './testing';

describe('room workers', () => {
  it('puts a map always on the same worker and spreads maps over all of them', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const id = `map-${i}`;
      const w = shardOf(id, 4);
      expect(shardOf(id, 4)).toBe(w);
      counts[w]!++;
    }
    for (const n of counts) expect(n).toBeGreaterThan(800);
  });

  it('uses workers from two on, with SQLite and PostgreSQL; RELAY_WORKERS defaults to the cores', () => {
    const config = (env: Record<string, string>) =>
      loadConfig({ DATA_DIR: tempDataDir(), DIST_DIR: '', ...env });
    expect(shardCount(config({ RELAY_WORKERS: '0' }))).toBe(0);
    expect(shardCount(config({ RELAY_WORKERS: '1' }))).toBe(0);
    expect(shardCount(config({ RELAY_WORKERS: '3' }))).toBe(3);
    expect(shardCount(config({ RELAY_WORKERS: '3', DATABASE_URL: 'postgres://h/db' }))).toBe(3);
    expect(config({}).relayWorkers).toBeGreaterThanOrEqual(1);
    expect(() => config({ RELAY_WORKERS: 'many' })).toThrow(/RELAY_WORKERS/);
  });
});
