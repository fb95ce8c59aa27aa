/**
 * Where map documents (Yjs updates) are kept on this device. Two implementations
 * share one contract suite (`documentStore.contract.ts`): y-indexeddb in the browser
 * (`idbDocumentStore.ts`) and an in-memory fake (`memoryDocumentStore.ts`).
 *
 * Scope: document. The store never interprets updates; it only keeps them.
 */
import type * as Y from 'yjs';

/** A live link between one open Y.Doc and its stored copy. */
export interface DocumentBinding {
  /** Resolves once every stored update is applied to the doc; rejects with a StorageError. */
  readonly whenLoaded: Promise<void>;
  /** Transaction origin of updates applied from storage (they need no write-back). */
  readonly origin: object;
  /** Appends one update; resolves once it is durable, rejects with a StorageError. */
  store(update: Uint8Array): Promise<void>;
  /** Stops listening; pending `store` calls still complete. */
  destroy(): Promise<void>;
}

export interface DocumentStore {
  /** Loads the stored state of `mapId` into `doc` (nothing stored: stays empty). */
  attach(mapId: string, doc: Y.Doc): DocumentBinding;
  /** The whole stored state as one update, or `null` if the map was never stored. */
  read(mapId: string): Promise<Uint8Array | null>;
  /** Appends an update without opening the document (creates it when new). */
  append(mapId: string, update: Uint8Array): Promise<void>;
  /**
   * Ids of every stored document. A browser that cannot enumerate its databases
   * limits this to the ids the store was told about (see IdbDocumentStore).
   */
  list(): Promise<string[]>;
  /**
   * Synchronous and cheap (no database opened): whether this device noted content for
   * `mapId` when it stored it (contentNotes.ts). `false` may still find content stored
   * before notes existed; `attach` loads it either way.
   */
  noted(mapId: string): boolean;
  /** Deletes a stored document; unknown ids are ignored. */
  remove(mapId: string): Promise<void>;
}
