/**
 * Failing fuzz seeds, pinned. Each has a runSeed replay and, where the cause is
 * understood, a hand-made reproduction of the exact situation.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, exportMap, movePhase, renamePhase } from './index';
import { phasesRoot, readString, getEntity } from './layout';
import { smallDoc } from './testing/docs';
import { runSeed } from './testing/fuzz';

describe('fuzz regressions', () => {
  it('seed 11: a move next to a phase whose order is briefly missing (out-of-order delivery)', () => {
    expect(runSeed(11)).toEqual([]);

    const a = smallDoc();
    const c = new Y.Doc();
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a));
    const updates: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updates.push(u));
    renamePhase(a, 'p2', 'Two!'); // U0
    movePhase(a, 'p1', 1); // U1: new order for p1 (waits for U0) + deletion of the old one
    const [u0, u1] = updates;
    if (!u0 || !u1) throw new Error('expected two updates');
    Y.applyUpdate(c, u1);
    // the old key is deleted, the new one pending: p1 has no order right now
    expect(readString(getEntity(phasesRoot(c), 'p1') ?? new Y.Map(), 'order')).toBeUndefined();
    expect(() => movePhase(c, 'p2', 1)).not.toThrow();
    expect(buildSnapshot(c).phases).toHaveLength(2);
    Y.applyUpdate(c, u0);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(c, Y.encodeStateVector(a)));
    expect(JSON.stringify(exportMap(a))).toBe(JSON.stringify(exportMap(c)));
  });
});
