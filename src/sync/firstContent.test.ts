// applyReceived: an empty doc's update listeners get the received bytes, not Yjs's re-encoding.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyReceived, observersOf } from './firstContent';

function mapWithCards(n: number): Uint8Array {
  const doc = new Y.Doc();
  const cards = doc.getMap<Y.Map<unknown>>('cards');
  doc.transact(() => {
    for (let i = 0; i < n; i++) {
      const card = new Y.Map<unknown>();
      card.set('text', new Y.Text(`card ${i}`));
      cards.set(`c${i}`, card);
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

const origin = { relay: true };

function listen(doc: Y.Doc): { update: Uint8Array; origin: unknown }[] {
  const heard: { update: Uint8Array; origin: unknown }[] = [];
  doc.on('update', (update: Uint8Array, from: unknown) => heard.push({ update, origin: from }));
  return heard;
}

describe('applyReceived', () => {
  it('hands an empty doc’s update listeners the received bytes, once, after applying them', () => {
    const received = mapWithCards(50);
    const doc = new Y.Doc();
    const heard = listen(doc);
    let sizeDuringApply = -1;
    applyReceived(doc, received, origin, () => {
      Y.applyUpdate(doc, received, origin);
      sizeDuringApply = heard.length;
    });
    expect(sizeDuringApply).toBe(0);
    expect(heard).toHaveLength(1);
    expect(heard[0]!.update).toBe(received);
    expect(heard[0]!.origin).toBe(origin);
    // what storage keeps rebuilds the same document
    const copy = new Y.Doc();
    Y.applyUpdate(copy, heard[0]!.update);
    expect(copy.getMap('cards').toJSON()).toEqual(doc.getMap('cards').toJSON());
    expect(doc.getMap('cards').size).toBe(50);
    // listeners stay registered for the next updates
    doc.getMap('cards').delete('c0');
    expect(heard).toHaveLength(2);
    expect(observersOf(doc)?.get('update')?.size).toBe(1);
  });

  it('leaves a doc with content to Yjs: listeners hear its own encoding of what changed', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'local');
    const heard = listen(doc);
    const received = mapWithCards(3);
    applyReceived(doc, received, origin, () => Y.applyUpdate(doc, received, origin));
    expect(heard).toHaveLength(1);
    expect(heard[0]!.update).not.toBe(received);
    expect(heard[0]!.origin).toBe(origin);
  });

  it('keeps a listener added while applying, and emits nothing for the empty update', () => {
    const doc = new Y.Doc();
    const heard = listen(doc);
    const late: Uint8Array[] = [];
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    applyReceived(doc, empty, origin, () => {
      Y.applyUpdate(doc, empty, origin);
      doc.on('update', (u: Uint8Array) => late.push(u));
    });
    expect(heard).toHaveLength(0);
    doc.getMap('m').set('x', 1);
    expect(heard).toHaveLength(1);
    expect(late).toHaveLength(1);
  });

  it('restores the listeners when applying throws, and reports nothing', () => {
    const doc = new Y.Doc();
    const heard = listen(doc);
    expect(() =>
      applyReceived(doc, mapWithCards(1), origin, () => {
        throw new Error('bad frame');
      }),
    ).toThrow('bad frame');
    expect(heard).toHaveLength(0);
    doc.getMap('m').set('x', 1);
    expect(heard).toHaveLength(1);
  });
});
