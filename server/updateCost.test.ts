import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countStructs } from './updateCost';

/** Updates of every content kind the relay may see, from real documents. */
function samples(): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  const map = doc.getMap('m');
  map.set('n', 1);
  map.set('s', 'text');
  map.set('bin', new Uint8Array([1, 2, 3]));
  map.set('nested', new Y.Map());
  const text = doc.getText('t');
  text.insert(0, 'Hallo Größe');
  text.format(0, 3, { bold: true });
  text.insertEmbed(2, { image: 'x' });
  text.delete(1, 2);
  const xml = doc.getXmlFragment('x');
  xml.insert(0, [new Y.XmlElement('p'), new Y.XmlText('t')]);
  doc.getArray('a').insert(0, [1, 'two', { three: 3 }, null]);
  map.set('sub', new Y.Doc());
  map.delete('n');
  out.push(Y.encodeStateAsUpdate(doc));
  return out;
}

describe('countStructs', () => {
  it('counts exactly what Y.decodeUpdate decodes, for every content kind', () => {
    for (const update of samples()) {
      expect(countStructs(update, 1_000_000)).toBe(Y.decodeUpdate(update).structs.length);
    }
  });

  it('counts the structs of several clients', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getMap('m').set('a', 1);
    b.getMap('m').set('b', 2);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const update = Y.encodeStateAsUpdate(a);
    expect(countStructs(update, 100)).toBe(Y.decodeUpdate(update).structs.length);
  });

  it('stops at the limit: a frame of many tiny structs answers limit + 1', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < 5000; i++) doc.getMap('f').set(`k${i}`, i);
    });
    const update = Y.encodeStateAsUpdate(doc);
    expect(countStructs(update, 100)).toBe(101);
    expect(countStructs(update, 5000)).toBe(5000);
  });

  it('answers null for bytes that are no update (the full decoder names the error)', () => {
    expect(countStructs(new Uint8Array([5, 200]), 10)).toBeNull();
    const good = Y.encodeStateAsUpdate(samplesDoc());
    expect(countStructs(good.subarray(0, good.byteLength - 4), 1000)).toBeNull();
  });
});

function samplesDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'ein längerer Text');
  return doc;
}
