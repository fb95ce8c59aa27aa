/**
 * The catalog: one row per map (or saved template) on this device, for the home
 * screen. Every field but the device flags is DERIVED from the map's document
 * (`catalogEntry.ts`), so a lost catalog is rebuilt from the documents
 * (`rebuildCatalog`), never the other way round.
 *
 * Two implementations share one contract suite: Dexie (`dexieCatalogStore.ts`)
 * and an in-memory fake (`memoryCatalogStore.ts`).
 */
import type { MapKind, MapState } from '../model/types';

/** How the map relates to a relay, as last reported by sync. */
export type SyncState = 'local' | 'pending' | 'synced';

/** Fields computed from the document. */
export interface DerivedEntry {
  readonly id: string;
  readonly kind: MapKind;
  readonly title: string;
  readonly personaName?: string;
  readonly tags: readonly string[];
  readonly state?: MapState;
  readonly language?: string;
  readonly owner?: string;
  readonly cardCount: number;
  readonly createdAt: string;
  /** last change (ISO date-time) */
  readonly updatedAt: string;
  readonly variantOf?: string;
  readonly variantLabel?: string;
  readonly parentMapId?: string;
  readonly parentPhaseId?: string;
  /** live phases, for subjourney links and pickers */
  readonly phases: readonly { readonly id: string; readonly name: string }[];
  /** lower-cased title, tags, persona and card text, for search */
  readonly searchText: string;
}

/** Device-only flags (not in the document). */
export interface EntryFlags {
  readonly trashed: boolean;
  /** when it went to the trash */
  readonly trashedAt?: string;
  readonly syncState: SyncState;
}

export type CatalogEntry = DerivedEntry & EntryFlags;

/** Per-map relay connection, remembered so a reload reconnects. */
export interface MapConnection {
  readonly relayUrl: string;
  readonly token?: string;
}

export interface CatalogStore {
  get(id: string): Promise<CatalogEntry | undefined>;
  list(): Promise<CatalogEntry[]>;
  /** Creates the entry (flags default to not trashed, local) or replaces its derived fields, keeping flags. */
  upsert(derived: DerivedEntry): Promise<void>;
  /** Changes device flags of an existing entry; unknown ids are ignored. */
  setFlags(id: string, flags: Partial<EntryFlags>): Promise<void>;
  remove(id: string): Promise<void>;
  /** Drops every entry (connections stay). */
  clear(): Promise<void>;
  getConnection(id: string): Promise<MapConnection | undefined>;
  setConnection(id: string, connection: MapConnection | null): Promise<void>;
  /** Called after any change of entries (also from other tabs where the store can tell). */
  subscribe(listener: () => void): () => void;
}

export const DEFAULT_FLAGS: EntryFlags = { trashed: false, syncState: 'local' };
