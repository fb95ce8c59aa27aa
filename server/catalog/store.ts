/**
 * Persistence of the relay's team repository: the catalog (one row per stored map or
 * template, derived from its document) and the workspace links' generation. Async,
 * so another database (PostgreSQL, issue #17) can stand in for SQLite.
 */
import type { CatalogRow } from '../../src/model/catalogRow';

/** A catalog row as the relay keeps it. */
export interface RelayCatalogRow extends CatalogRow {
  /** in the relay's trash (facilitator and admin move maps there and back) */
  readonly trashed: boolean;
  readonly trashedAt?: string;
  /** the room's highest stored sequence number when the row was derived (staleness) */
  readonly seq: number;
}

export interface CatalogStore {
  /** every row, any order */
  list(): Promise<RelayCatalogRow[]>;
  /** creates or replaces a row */
  upsert(row: RelayCatalogRow): Promise<void>;
  /** sets the trash flag of a row; false when there is no such row */
  setTrashed(id: string, trashed: boolean, at: string): Promise<boolean>;
  remove(id: string): Promise<void>;
  /** the current generation of workspace links */
  workspaceGeneration(): Promise<number>;
  /** ends every workspace link; returns the new generation */
  bumpWorkspaceGeneration(): Promise<number>;
  close(): Promise<void>;
}
