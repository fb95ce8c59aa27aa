/** The relay's team catalog (catalog/): where its rows live and who derives them. */
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { CatalogRow } from '../src/model/catalogRow';
import { RelayCatalog } from './catalog/catalog';
import { catalogDeriver, inThreadDeriver } from './catalog/deriver';
import { SqliteCatalogStore } from './catalog/sqliteStore';
import type { RelayConfig } from './config';
import { WORKSPACE_LINKS } from './store/types';
import type { RelayStore } from './store/types';
import { RELAY_THREAD, WriteLock } from './store/writeLock';

export function relayCatalog(
  config: RelayConfig,
  storage: RelayStore,
  log: Logger,
  enabled: boolean | undefined,
  /** shared with the room workers when there are some (store/writeLock.ts) */
  writeLock: SharedArrayBuffer | null = null,
  onRow?: (source: 'derived' | 'adopted') => void,
): RelayCatalog {
  const shared = storage.kind === 'postgres';
  if (shared)
    log.info(
      'catalog: rows derived in the relay thread from PostgreSQL (no worker); ' +
        'workspace link generation kept in PostgreSQL; trash flags in PostgreSQL',
    );
  const catalog = new RelayCatalog({
    // SQLite: in the relay's database file; PostgreSQL: a per-relay cache (rebuilt when stale)
    store: new SqliteCatalogStore(
      config.dataDir,
      shared ? 'catalog.sqlite' : 'relay.sqlite',
      writeLock && !shared ? new WriteLock(writeLock, RELAY_THREAD) : undefined,
    ),
    deriver: shared
      ? inThreadDeriver((id) => storage.load(id))
      : catalogDeriver(
          join(config.dataDir, 'relay.sqlite'),
          (id) => storage.load(id),
          (why) => log.warn({ why }, 'catalog worker stopped; deriving in the relay thread'),
        ),
    heads: () => storage.heads(),
    ...(shared
      ? {
          workspaceLinks: {
            generation: () => storage.generation(WORKSPACE_LINKS),
            bump: () => storage.bumpGeneration(WORKSPACE_LINKS),
          },
          sharedTrash: storage.trash,
          publish: (id: string, seq: number, row: CatalogRow | null) =>
            storage.bus?.publishCatalog?.(id, seq, row),
        }
      : {}),
    ...(onRow ? { onRow } : {}),
    log: log,
    enabled: enabled ?? config.catalog ?? true,
  });
  // other relays' commits: the committing relay derives the row and publishes it
  // (catalog.ts); compactions change no content
  storage.bus?.subscribe((event) => {
    if (event.kind === 'commit') catalog.touchedRemotely(event.room, event.seq);
    else if (event.kind === 'catalog') catalog.adopted(event.room, event.seq, event.row);
    else if (event.kind === 'resync') void catalog.resynced().catch(() => undefined);
  });
  return catalog;
}
