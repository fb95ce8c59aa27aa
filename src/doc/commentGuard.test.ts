// The commenter's check: comments and votes pass, every other write is refused.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addComment,
  castVote,
  commentUpdateProblem,
  commenterMayTouch,
  deleteCards,
  deleteComment,
  renameLane,
  renamePhase,
  resolveComment,
  setCardText,
  updateCard,
  updateMeta,
  updatePersona,
} from './index';
import { addDot, startVote } from './workshop';
import { smallDoc } from './testing/docs';
import { docFrom, legacyRecording } from './testing/legacyLayout';

/** A relay's copy and a commenter's copy of one map; `write` runs on the commenter's. */
function attempt(write: (doc: Y.Doc) => void, relay: Y.Doc = smallDoc()): string | null {
  const commenter = new Y.Doc();
  Y.applyUpdate(commenter, Y.encodeStateAsUpdate(relay));
  const updates: Uint8Array[] = [];
  commenter.on('update', (u: Uint8Array) => updates.push(u));
  write(commenter);
  expect(updates.length).toBeGreaterThan(0);
  return commentUpdateProblem(relay, Y.mergeUpdates(updates));
}

describe('commentUpdateProblem', () => {
  it('lets comments, their resolution and deletion, and votes through', () => {
    expect(attempt((d) => addComment(d, 'c1', { author: 'Ann', text: 'Why?' }))).toBeNull();
    expect(attempt((d) => castVote(d, 'c1', 'ann', 2))).toBeNull();
    const relay = smallDoc();
    const id = addComment(relay, 'c1', { author: 'Ann', text: 'Why?' });
    castVote(relay, 'c1', 'ann', 1);
    expect(attempt((d) => resolveComment(d, 'c1', id, true), relay)).toBeNull();
    expect(attempt((d) => deleteComment(d, 'c1', id), relay)).toBeNull();
    expect(attempt((d) => castVote(d, 'c1', 'ann', 1), relay)).toBeNull();
  });

  it('lets a dot of a running vote through', () => {
    const relay = smallDoc();
    startVote(relay, { laneType: 'touchpoints', dotsPerPerson: 3, startedBy: 'fac', now: 1 });
    expect(attempt((d) => void addDot(d, 'ann', 'c1'), relay)).toBeNull();
  });

  it('refuses card, lane, phase and map edits', () => {
    expect(attempt((d) => setCardText(d, 'c1', 'changed'))).toMatch(/card text/);
    expect(attempt((d) => updateCard(d, 'c1', { channel: 'email' }))).toMatch(/cards/);
    expect(attempt((d) => deleteCards(d, ['c1']))).toMatch(/cards/);
    expect(
      attempt((d) => void addCard(d, { laneId: 'touch', phaseId: 'p1', text: 'new' })),
    ).toMatch(/cards/);
    expect(attempt((d) => renameLane(d, 'touch', 'Renamed'))).toMatch(/lanes/);
    expect(attempt((d) => renamePhase(d, 'p1', 'Renamed'))).toMatch(/phases/);
    expect(attempt((d) => updateMeta(d, { title: 'Hijacked' }))).toMatch(/the map/);
    expect(attempt((d) => updatePersona(d, { name: 'Eve' }))).toMatch(/the map/);
    expect(
      attempt((d) =>
        startVote(d, { laneType: 'touchpoints', dotsPerPerson: 9, startedBy: 'x', now: 1 }),
      ),
    ).toMatch(/workshop/);
  });

  it('refuses a hand-made update that deletes a card, or that hides a comment among edits', () => {
    const relay = smallDoc();
    const card = (relay.getMap('cards').get('c1') as Y.Map<unknown>)._item!;
    // not a command: the card's own item removed from the cards root, as a raw Yjs delete
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(relay));
    const before = Y.encodeStateVector(copy);
    copy.getMap('cards').delete('c1');
    const deleteOnly = Y.encodeStateAsUpdate(copy, before);
    expect(Y.decodeUpdate(deleteOnly).structs).toHaveLength(0);
    expect(card.deleted).toBe(false);
    expect(commentUpdateProblem(relay, deleteOnly)).toMatch(/delete/);
    expect(
      attempt((d) =>
        d.transact(() => {
          addComment(d, 'c1', { author: 'Ann', text: 'cover' });
          setCardText(d, 'c2', 'sneaky');
        }),
      ),
    ).toMatch(/card text/);
  });

  it('refuses an update that skips changes the relay lacks', () => {
    const relay = smallDoc();
    const commenter = new Y.Doc();
    Y.applyUpdate(commenter, Y.encodeStateAsUpdate(relay));
    addComment(commenter, 'c1', { author: 'Ann', text: 'first' });
    const middle = Y.encodeStateVector(commenter);
    addComment(commenter, 'c1', { author: 'Ann', text: 'second' });
    const later = Y.encodeStateAsUpdate(commenter, middle);
    expect(commentUpdateProblem(relay, later)).toMatch(/does not have/);
  });

  it('handles cards of the legacy layout', () => {
    const relay = docFrom(legacyRecording().update);
    const id = [...relay.getMap('cards').keys()][0]!;
    expect(attempt((d) => castVote(d, id, 'ann', 1), relay)).toBeNull();
    expect(attempt((d) => addComment(d, id, { author: 'A', text: 'x' }), relay)).toBeNull();
    expect(attempt((d) => setCardText(d, id, 'other'), relay)).toMatch(/card text/);
  });

  it('names the places a commenter may touch', () => {
    expect(commenterMayTouch(['cards', 'c1', 'v:ann'])).toBe(true);
    expect(commenterMayTouch(['cards', 'c1', 'c:x1', 'text'])).toBe(true);
    expect(commenterMayTouch(['cards', 'c1', 'text', ''])).toBe(false);
    expect(commenterMayTouch(['cards', 'c1', 'deleted'])).toBe(false);
    expect(commenterMayTouch(['workshop', 'ballot/v1/ann'])).toBe(true);
    expect(commenterMayTouch(['workshop', 'timer'])).toBe(false);
    expect(commenterMayTouch(['stamp', 'updatedAt'])).toBe(true);
    expect(commenterMayTouch(['meta', 'title'])).toBe(false);
  });
});
