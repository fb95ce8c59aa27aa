/**
 * Maturity checks on this device. A check is a document like a map: stored in the
 * same document store (IndexedDB) under its id and synced through a relay room of
 * that id. The device remembers which checks it holds in a small index (scope:
 * device, localStorage), newest first; the map catalog stays for maps.
 */
import * as Y from 'yjs';
import { createMaturityDoc, maturitySnapshot, type Participant } from '../doc';
import { newId } from '../model/ids';
import type { MaturityCheck } from '../model/maturity';
import { storage } from './backend';

export interface CheckEntry {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
}

const KEY = 'journeyboard.maturityChecks';
const listeners = new Set<() => void>();

function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isEntry(value: unknown): value is CheckEntry {
  const v = value as Partial<CheckEntry> | null;
  return (
    typeof v?.id === 'string' && typeof v.title === 'string' && typeof v.createdAt === 'string'
  );
}

/** The checks this device knows, newest first. */
export function listChecks(): CheckEntry[] {
  try {
    const parsed: unknown = JSON.parse(local()?.getItem(KEY) ?? '[]');
    const entries = Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    return entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  } catch {
    return [];
  }
}

/** Adds or updates a check in the device's index. */
export function rememberCheck(entry: CheckEntry): void {
  const others = listChecks().filter((e) => e.id !== entry.id);
  const before = listChecks().find((e) => e.id === entry.id);
  if (before?.title === entry.title && before.createdAt === entry.createdAt) return;
  local()?.setItem(KEY, JSON.stringify([entry, ...others]));
  listeners.forEach((l) => l());
}

/** Calls `listener` when the index changes in this tab. */
export function subscribeChecks(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Creates a check on this device (saved before it resolves) that compares with the
 * newest check known here; returns its id.
 */
export async function createCheck(
  title: string,
  facilitator: Participant,
  now = new Date(),
): Promise<string> {
  const id = newId();
  const previous = listChecks()[0];
  const doc = new Y.Doc();
  try {
    createMaturityDoc(doc, {
      id,
      title,
      createdAt: now.toISOString(),
      facilitator,
      previousId: previous?.id ?? null,
    });
    await storage().documents.append(id, Y.encodeStateAsUpdate(doc));
    const check = maturitySnapshot(doc);
    if (check) rememberCheck({ id, title: check.title, createdAt: check.createdAt });
    return id;
  } finally {
    doc.destroy();
  }
}

/** A stored check, read once (null when this device does not hold it). */
export async function readCheck(id: string): Promise<MaturityCheck | null> {
  const update = await storage().documents.read(id);
  if (!update) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    return maturitySnapshot(doc);
  } finally {
    doc.destroy();
  }
}
