/**
 * Several relays on one PostgreSQL (catalog.ts): a commit of another relay is NOT derived
 * here — the committing relay's row is adopted; only when none comes within the grace
 * period (that relay died) is the row derived here. Real SQLite catalog store, real
 * documents; the clock is Vitest's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createMapDoc } from '../../src/doc';
import { parseMapFile } from '../../src/model/parseMapFile';
import { fixtureText } from '../../src/model/fixtures.testkit';
import type { CatalogRow } from '../../src/model/catalogRow';
import { REMOTE_GRACE_MS, RelayCatalog } from './catalog';
import { inThreadDeriver } from './deriver';
import { SqliteCatalogStore } from './sqliteStore';

const parsed = parseMapFile(fixtureText('kfz-versicherung'));
if (!parsed.ok) throw new Error('fixture does not parse');
const kfz = parsed.map;
const doc = new Y.Doc();
createMapDoc(kfz, doc);
const stored = Y.encodeStateAsUpdate(doc);

let dir: string;
let catalog: RelayCatalog;
let derivations: string[];
let published: [string, number][];
let heads: Map<string, number>;

beforeEach(async () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'],
  });
  dir = mkdtempSync(join(tmpdir(), 'jb-catalog-remote-'));
  derivations = [];
  published = [];
  heads = new Map();
  const derive = inThreadDeriver((id) => {
    derivations.push(id);
    return { updates: [stored], lastSeq: heads.get(id) ?? 0 };
  });
  catalog = new RelayCatalog({
    store: new SqliteCatalogStore(dir, 'catalog.sqlite'),
    deriver: derive,
    heads: () => heads,
    log: pino({ level: 'silent' }),
    publish: (id, seq) => published.push([id, seq]),
  });
  await catalog.start();
});

afterEach(async () => {
  await catalog.close();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

/** Lets the catalog's timers and derivations run for `ms`. */
const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('the catalog with other relays', () => {
  it("adopts the committing relay's row and derives nothing itself", async () => {
    heads.set(kfz.id, 7);
    catalog.touchedRemotely(kfz.id, 7);
    const row = { id: kfz.id, title: 'from relay 1' } as unknown as CatalogRow;
    catalog.adopted(kfz.id, 7, row);
    await pass(REMOTE_GRACE_MS * 3);
    expect(derivations).toEqual([]);
    expect(catalog.get(kfz.id)?.title).toBe('from relay 1');
    expect(catalog.get(kfz.id)?.seq).toBe(7);
    // an older row (a late notification) does not replace it
    catalog.adopted(kfz.id, 5, { ...row, title: 'older' });
    expect(catalog.get(kfz.id)?.title).toBe('from relay 1');
  });

  it('derives the row itself when none comes within the grace period, and publishes it', async () => {
    heads.set(kfz.id, 3);
    catalog.touchedRemotely(kfz.id, 3);
    await pass(REMOTE_GRACE_MS / 2);
    expect(derivations).toEqual([]);
    await pass(REMOTE_GRACE_MS * 2);
    expect(derivations).toEqual([kfz.id]);
    expect(catalog.get(kfz.id)?.title).toBe(kfz.title);
    expect(published).toEqual([[kfz.id, 3]]);
  });

  it('keeps waiting while rows of earlier commits come in', async () => {
    heads.set(kfz.id, 9);
    catalog.touchedRemotely(kfz.id, 4);
    catalog.touchedRemotely(kfz.id, 9);
    await pass(REMOTE_GRACE_MS - 200);
    const row = { id: kfz.id, title: 'up to 4' } as unknown as CatalogRow;
    catalog.adopted(kfz.id, 4, row); // progress: seq 9 is on its way
    await pass(REMOTE_GRACE_MS - 600);
    catalog.adopted(kfz.id, 9, { ...row, title: 'up to 9' });
    await pass(REMOTE_GRACE_MS * 2);
    expect(derivations).toEqual([]);
    expect(catalog.get(kfz.id)?.title).toBe('up to 9');
  });

  it("derives its own commits' rows and publishes them", async () => {
    heads.set(kfz.id, 2);
    catalog.touched([kfz.id]);
    await pass(1000);
    expect(derivations).toEqual([kfz.id]);
    expect(published).toEqual([[kfz.id, 2]]);
  });
});
