/**
 * A synchronous, cheap note of which maps have content stored on this device: one
 * localStorage key per map database, written with the map's first stored update (and
 * on loading a map stored before notes existed), removed with the map. Opening a map
 * from a link reads it to know, without touching IndexedDB, whether there is local
 * content to wait for (src/app/openMap.ts). A missing note is only a hint: content
 * stored without one still loads and merges, it is just not waited for.
 */

/** The part of the Web Storage API the notes use (localStorage in the browser). */
export type NoteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'journeyboard.stored.';

export interface ContentNotes {
  has(database: string): boolean;
  note(database: string): void;
  forget(database: string): void;
}

/** Notes kept in `storage` (default: this origin's localStorage; none where it is missing). */
export function contentNotes(storage: NoteStorage | null = defaultStorage()): ContentNotes {
  // a refused storage (private mode, quota) only loses the hint, never content
  const attempt = <T>(fn: (s: NoteStorage) => T, fallback: T): T => {
    if (!storage) return fallback;
    try {
      return fn(storage);
    } catch {
      return fallback;
    }
  };
  return {
    has: (database) => attempt((s) => s.getItem(PREFIX + database) !== null, false),
    note: (database) => attempt((s) => s.setItem(PREFIX + database, '1'), undefined),
    forget: (database) => attempt((s) => s.removeItem(PREFIX + database), undefined),
  };
}

function defaultStorage(): NoteStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
