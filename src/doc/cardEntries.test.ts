import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { cardEntries } from './cardEntries';
import { cardPart, newCardMap, type CardPartName } from './cardlayout';
import { cardsRoot } from './roots';

const PARTS: CardPartName[] = ['votes', 'links', 'comments', 'kpi', 'measurements'];

/** Every collection's live entries as [key, value] pairs, sorted. */
const entriesOf = (fields: { forEach(fn: (v: unknown, k: string) => void): void }) => {
  const out: [string, unknown][] = [];
  fields.forEach((v, k) => out.push([k, v]));
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
};

function compactCard(): Y.Map<unknown> {
  const doc = new Y.Doc();
  const card = newCardMap('lane', 'phase', 'a0', 'Hallo Ärger');
  cardsRoot(doc).set('c1', card);
  doc.transact(() => {
    card.set('v:ann', 2);
    card.set('v:bob', 1);
    card.set('l:c2', 'a1');
    const comment = new Y.Map<unknown>();
    card.set('c:k1', comment);
    comment.set('text', 'why?');
    card.set('k:unit', '%');
    card.set('m:m1', { value: 3, date: '2026-01-01', order: 'a0' });
    card.set('x-source', { from: 'file' });
    card.set('tags', ['a']);
  });
  card.delete('v:bob'); // a removed entry is not read
  return card;
}

describe('cardEntries: one pass over a compact card', () => {
  it('gives every collection exactly the live entries the card holds', () => {
    const card = compactCard();
    const read = cardEntries(card);
    for (const name of PARTS)
      expect(entriesOf(read.part(name))).toEqual(entriesOf(cardPart(card, name)));
    expect(entriesOf(read.fields)).toEqual(entriesOf(card));
    expect(entriesOf(read.extensions)).toEqual([['x-source', { from: 'file' }]]);
    expect(read.part('votes').get('bob')).toBeUndefined();
    expect(read.fields.get('text')).toBe(card.get('text'));
  });

  it('its copies are read-only, so no writer can write into a copy instead of the doc', () => {
    const read = cardEntries(compactCard());
    expect(() => read.extensions.set('x-a', 1)).toThrow(/read-only/);
    expect(() => read.part('votes').delete('ann')).toThrow(/read-only/);
  });

  it('reads a legacy card (nested maps) through the card itself', () => {
    const doc = new Y.Doc();
    const card = new Y.Map<unknown>();
    cardsRoot(doc).set('old', card);
    const votes = new Y.Map<unknown>();
    card.set('votes', votes);
    votes.set('ann', 4);
    const read = cardEntries(card);
    expect(read.fields).toBe(card);
    expect(read.part('votes').get('ann')).toBe(4);
  });
});
