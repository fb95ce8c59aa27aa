/**
 * Test helpers for Room and CommitQueue in-process: fake peers that record what they
 * are sent, a room's dependencies over real storage (SQLite in a temp dir unless given), and a reader of the
 * document frames a peer received.
 */
import pino from 'pino';
import * as Y from 'yjs';
import type { Role } from './auth';
import { CommitQueue } from './commit';
import { RelayMetrics } from './metrics';
import { MSG_SYNC, SYNC_STEP1, parseMessage } from './protocol';
import type { Peer, RoomDeps } from './room';
import { SqliteStore } from './store/sqlite';
import type { RelayStore } from './store/types';
import { tempDataDir } from './testing';

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** A room's peer that records the frames it is sent and why it was closed. */
export interface FakePeer extends Peer {
  readonly frames: Uint8Array[];
  /** per frame: whether the peer was corked when it was sent */
  readonly sentCorked: boolean[];
  readonly rejections: { reason: string; code: number }[];
  /** cork depth now */
  readonly corks: () => number;
}

export function fakePeer(id: number, role: Role = 'edit'): FakePeer {
  const frames: Uint8Array[] = [];
  const sentCorked: boolean[] = [];
  const rejections: { reason: string; code: number }[] = [];
  let depth = 0;
  return {
    id,
    role,
    awarenessIds: new Set(),
    frames,
    sentCorked,
    rejections,
    corks: () => depth,
    send: (f) => {
      frames.push(Array.isArray(f) ? concat(f as readonly Uint8Array[]) : (f as Uint8Array));
      sentCorked.push(depth > 0);
    },
    reject: (reason, code) => void rejections.push({ reason, code }),
    cork: () => void depth++,
    uncork: () => void depth--,
  };
}

/** Everything a Room needs, with real SQLite in a temp dir and a silent log. */
export function roomDeps(
  storage: RelayStore = new SqliteStore(tempDataDir()),
): RoomDeps & { commits: CommitQueue; metrics: RelayMetrics } {
  const metrics = new RelayMetrics(() => ({ connections: 0, rooms: 0 }));
  const log = pino({ level: 'silent' });
  const commits = new CommitQueue({ storage, metrics, log });
  return { storage, metrics, log, maxDocBytes: 1 << 24, commits };
}

/** Applies the document frames (sync step 2 and updates) among `frames` to `doc`. */
export function applyFrames(doc: Y.Doc, frames: readonly Uint8Array[]): void {
  for (const frame of frames) {
    // the relay's own messages (auth role) are not client messages: skip them
    if (frame[0] !== MSG_SYNC || frame[1] === SYNC_STEP1) continue;
    const msg = parseMessage(frame);
    if (msg.kind === 'update') Y.applyUpdate(doc, msg.update);
  }
}
