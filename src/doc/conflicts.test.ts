import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addCard,
  conflictStore,
  createUndoManager,
  DocError,
  openConflicts,
  recordCardField,
  recordCardText,
  resolveConflict,
  resolvedConflicts,
  setCardText,
  setDocAuthor,
  setKpi,
  updateCard,
} from './index';
import { exportedCard, smallDoc, sync } from './testing/docs';

const ORIGINAL = 'Foto-Upload bricht ab';
const REWRITTEN = 'Foto-Upload bricht bei schlechtem Netz ab';
const APPENDED = 'Foto-Upload bricht ab (v.a. Android)';

/** Ana's and Ben's docs holding one pain point (severity 2), in step. */
function workshop(): { ana: Y.Doc; ben: Y.Doc } {
  const ana = smallDoc();
  setDocAuthor(ana, { id: 'u-ana', name: 'Ana' });
  addCard(ana, { id: 'pp', laneId: 'pain', phaseId: 'p1', text: ORIGINAL, severity: 2 });
  const ben = new Y.Doc();
  setDocAuthor(ben, { id: 'u-ben', name: 'Ben' });
  Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana));
  return { ana, ben };
}

/** Both edit the pain point while apart (the story), then meet. */
function offlineStory(): { ana: Y.Doc; ben: Y.Doc } {
  const peers = workshop();
  setCardText(peers.ana, 'pp', REWRITTEN);
  updateCard(peers.ana, 'pp', { severity: 3 });
  setCardText(peers.ben, 'pp', APPENDED);
  updateCard(peers.ben, 'pp', { severity: 5 });
  sync(peers.ana, peers.ben);
  return peers;
}

describe('offline conflicts', () => {
  it('both peers report the same conflicts, with each side’s name and value', () => {
    const { ana, ben } = offlineStory();
    const conflicts = openConflicts(ana);
    expect(conflicts).toEqual(openConflicts(ben));
    expect(conflicts).toEqual([
      {
        cardId: 'pp',
        field: 'severity',
        sides: [
          { userId: 'u-ana', name: 'Ana', value: 3 },
          { userId: 'u-ben', name: 'Ben', value: 5 },
        ],
      },
      {
        cardId: 'pp',
        field: 'text',
        sides: [
          { userId: 'u-ana', name: 'Ana', value: REWRITTEN },
          { userId: 'u-ben', name: 'Ben', value: APPENDED },
        ],
      },
    ]);
    // the merged text is neither side's
    expect(exportedCard(ana, 'pp')?.text).not.toBe(REWRITTEN);
    expect(exportedCard(ana, 'pp')?.text).not.toBe(APPENDED);
  });

  it('a change made after seeing the other one is no conflict', () => {
    const { ana, ben } = workshop();
    updateCard(ana, 'pp', { severity: 3 });
    setCardText(ana, 'pp', REWRITTEN);
    sync(ana, ben);
    updateCard(ben, 'pp', { severity: 5 });
    setCardText(ben, 'pp', APPENDED);
    sync(ana, ben);
    expect(openConflicts(ana)).toEqual([]);
    expect(openConflicts(ben)).toEqual([]);
  });

  it('typing together online is no conflict: a typing session records once, at its end', () => {
    const { ana, ben } = workshop();
    const typed = (doc: Y.Doc, text: string) => setCardText(doc, 'pp', text, { record: false });
    typed(ana, `${ORIGINAL}!`);
    typed(ben, `¡${ORIGINAL}`);
    sync(ana, ben);
    typed(ana, `${ORIGINAL}!!`);
    typed(ben, `¡¡${ORIGINAL}`);
    sync(ana, ben);
    recordCardText(ana, 'pp');
    sync(ana, ben);
    recordCardText(ben, 'pp');
    sync(ana, ben);
    expect(openConflicts(ana)).toEqual([]);
    // the same sessions apart are a conflict, with each side's text as they left it
    const apart = workshop();
    typed(apart.ana, REWRITTEN);
    recordCardText(apart.ana, 'pp');
    typed(apart.ben, APPENDED);
    recordCardText(apart.ben, 'pp');
    sync(apart.ana, apart.ben);
    expect(openConflicts(apart.ben)[0]?.sides.map((s) => s.value)).toEqual([REWRITTEN, APPENDED]);
  });

  it('a typed register field is recorded once at the end of its session too', () => {
    const { ana, ben } = workshop();
    updateCard(ana, 'c1', { ownerTeam: 'Sa' }, { record: false });
    updateCard(ben, 'c1', { ownerTeam: 'Ma' }, { record: false });
    sync(ana, ben);
    updateCard(ana, 'c1', { ownerTeam: 'Sales' }, { record: false });
    recordCardField(ana, 'c1', 'ownerTeam');
    sync(ana, ben);
    recordCardField(ben, 'c1', 'ownerTeam');
    expect(openConflicts(ben)).toEqual([]);
    setKpi(ana, 'k1', { unit: '%' }, { record: false });
    recordCardField(ana, 'k1', 'kpi.unit');
    setKpi(ben, 'k1', { unit: 'pts' }, { record: false });
    recordCardField(ben, 'k1', 'kpi.unit');
    sync(ana, ben);
    expect(openConflicts(ana).map((c) => [c.field, c.sides.map((s) => s.value)])).toEqual([
      ['kpi.unit', ['%', 'pts']],
    ]);
    expect(() => recordCardField(ana, 'k1', 'place' as never)).toThrow(DocError);
  });

  it('the same value written apart is no conflict; other fields and cards are not mixed up', () => {
    const { ana, ben } = workshop();
    updateCard(ana, 'pp', { severity: 4 });
    updateCard(ben, 'pp', { severity: 4 });
    updateCard(ana, 'c1', { channel: 'email' });
    updateCard(ben, 'c2', { channel: 'app' });
    sync(ana, ben);
    expect(openConflicts(ana)).toEqual([]);
  });

  it('taking one side writes it for everyone, keeps both values, and is one undo step', () => {
    const { ana, ben } = offlineStory();
    const undo = createUndoManager(ben);
    // which value the merge kept depends on the (random) client ids
    const merged = exportedCard(ben, 'pp')?.severity;
    resolveConflict(ben, 'pp', 'severity', { take: 'u-ben' });
    sync(ana, ben);
    expect(exportedCard(ana, 'pp')?.severity).toBe(5);
    expect(openConflicts(ana).map((c) => c.field)).toEqual(['text']);
    expect(resolvedConflicts(ana, 'pp')).toEqual([
      {
        field: 'severity',
        chosen: 'u-ben',
        merged,
        sides: [
          { userId: 'u-ana', name: 'Ana', value: 3 },
          { userId: 'u-ben', name: 'Ben', value: 5 },
        ],
      },
    ]);
    undo.undo();
    sync(ana, ben);
    expect(openConflicts(ana).map((c) => c.field)).toEqual(['severity', 'text']);
    expect(openConflicts(ben)).toEqual(openConflicts(ana));
  });

  it('takes a side’s text, or keeps the merged text', () => {
    const { ana, ben } = offlineStory();
    resolveConflict(ana, 'pp', 'text', { take: 'u-ana' });
    sync(ana, ben);
    expect(exportedCard(ben, 'pp')?.text).toBe(REWRITTEN);

    const again = offlineStory();
    const merged = exportedCard(again.ana, 'pp')?.text;
    resolveConflict(again.ben, 'pp', 'text', { keep: 'merge' });
    sync(again.ana, again.ben);
    expect(exportedCard(again.ana, 'pp')?.text).toBe(merged);
    expect(openConflicts(again.ana).map((c) => c.field)).toEqual(['severity']);
  });

  it('an ordinary edit of a conflicted field keeps the conflict open with the new value', () => {
    const { ana, ben } = offlineStory();
    updateCard(ana, 'pp', { severity: 4 });
    sync(ana, ben);
    const severity = openConflicts(ben).find((c) => c.field === 'severity');
    expect(severity?.sides.map((s) => s.value)).toEqual([4, 5]);
  });

  it('a reload keeps the conflict, and the reloaded writer continues as the same side', () => {
    const { ana, ben } = offlineStory();
    const reloaded = new Y.Doc();
    setDocAuthor(reloaded, { id: 'u-ana', name: 'Ana' });
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(ana));
    expect(openConflicts(reloaded)).toEqual(openConflicts(ana));
    updateCard(reloaded, 'pp', { severity: 1 });
    sync(reloaded, ben);
    expect(openConflicts(ben).find((c) => c.field === 'severity')?.sides).toEqual([
      { userId: 'u-ana', name: 'Ana', value: 1 },
      { userId: 'u-ben', name: 'Ben', value: 5 },
    ]);
    resolveConflict(reloaded, 'pp', 'severity', { keep: 'merge' });
    sync(reloaded, ben);
    expect(openConflicts(ben).map((c) => c.field)).toEqual(['text']);
  });

  it('KPI fields conflict too', () => {
    const { ana, ben } = workshop();
    setKpi(ana, 'k1', { target: { value: 40 } });
    setKpi(ben, 'k1', { target: { value: 60 } });
    sync(ana, ben);
    expect(openConflicts(ben)).toEqual([
      {
        cardId: 'k1',
        field: 'kpi.target',
        sides: [
          { userId: 'u-ana', name: 'Ana', value: { value: 40 } },
          { userId: 'u-ben', name: 'Ben', value: { value: 60 } },
        ],
      },
    ]);
    resolveConflict(ben, 'k1', 'kpi.target', { take: 'u-ana' });
    expect(exportedCard(ben, 'k1')?.kpi?.target).toEqual({ value: 40 });
  });

  it('refuses to resolve what is not in conflict, writing nothing', () => {
    const { ana } = offlineStory();
    const before = Y.encodeStateVector(ana);
    expect(() => resolveConflict(ana, 'pp', 'channel', { keep: 'merge' })).toThrow(DocError);
    expect(() => resolveConflict(ana, 'pp', 'severity', { take: 'nobody' })).toThrow(DocError);
    expect(() => resolveConflict(ana, 'nope', 'text', { keep: 'merge' })).toThrow(DocError);
    expect(Y.encodeStateVector(ana)).toEqual(before);
  });

  it('the conflict store updates when a sync brings a conflict and when it is resolved', () => {
    const { ana, ben } = workshop();
    const store = conflictStore(ana);
    let calls = 0;
    store.subscribe(() => calls++);
    expect(store.getConflicts()).toEqual([]);
    updateCard(ana, 'pp', { severity: 3 });
    updateCard(ben, 'pp', { severity: 5 });
    sync(ana, ben);
    expect(store.getConflicts().map((c) => c.field)).toEqual(['severity']);
    const list = store.getConflicts();
    setCardText(ana, 'c1', 'unrelated');
    expect(store.getConflicts()).toBe(list);
    resolveConflict(ben, 'pp', 'severity', { take: 'u-ana' });
    sync(ana, ben);
    expect(store.getConflicts()).toEqual([]);
    expect(calls).toBe(2);
  });
});
