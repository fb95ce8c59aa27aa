// A loaded room answers clients with nothing (every first visit) from one encoding of its
// document, made again only after the document changed (roomDoc.ts `wholeUpdate`).
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import * as Y from 'yjs';
import { encodeStep1, encodeUpdate, parseMessage } from './protocol';
import type { ClientMessage } from './protocol';
import { Room } from './room';
import { RoomDoc } from './roomDoc';
import { applyFrames, fakePeer, roomDeps } from './roomTesting';

const log = pino({ level: 'silent' });

function updateOf(fill: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  fill(doc);
  return Y.encodeStateAsUpdate(doc);
}

const askForEverything = (): ClientMessage => parseMessage(encodeStep1(new Uint8Array([0])));

describe('RoomDoc.wholeUpdate', () => {
  it('encodes a loaded document once, and anew after each change, pending structs included', () => {
    const memory = new RoomDoc('r', log);
    memory.adoptStored({
      updates: [updateOf((d) => d.getMap('m').set('a', 1))],
      stateVector: null,
      bytes: 0,
      lastSeq: 0,
    });
    const first = memory.wholeUpdate();
    expect(memory.wholeUpdate()).toBe(first); // no second encoding

    // a change made on the Y.Doc itself (the relay's own writes) makes it stale too
    memory.doc.getMap('m').set('b', 2);
    const second = memory.wholeUpdate();
    expect(second).not.toBe(first);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, second);
    expect(replica.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });

    // an update whose predecessor is missing is held back by Yjs, and still handed on
    const writer = new Y.Doc();
    writer.getMap('m').set('c', 3);
    const before = Y.encodeStateVector(writer);
    const early = Y.encodeStateAsUpdate(writer);
    writer.getMap('m').set('d', 4);
    const late = Y.encodeStateAsUpdate(writer, before);
    expect(memory.apply(late, 'peer')).toBe(true);
    const third = memory.wholeUpdate();
    expect(third).not.toBe(second);
    memory.apply(early, 'peer');
    const full = new Y.Doc();
    Y.applyUpdate(full, memory.wholeUpdate());
    expect(full.getMap('m').toJSON()).toEqual({ a: 1, b: 2, c: 3, d: 4 });
  });
});

describe('Room: clients with nothing', () => {
  it('each gets the whole document as it is when they ask, edits in between included', async () => {
    const deps = roomDeps();
    const room = await Room.open('whole', deps);
    const writer = fakePeer(1);
    room.join(writer);
    room.handle(writer, parseMessage(encodeUpdate(updateOf((d) => d.getMap('m').set('k', 1)))));
    await deps.commits.drain();

    // answers go out at the end of the turn, after the commit of what was accepted in it
    const read = async (id: number) => {
      const peer = fakePeer(id);
      room.join(peer);
      room.handle(peer, askForEverything());
      await deps.commits.drain();
      const doc = new Y.Doc();
      applyFrames(doc, peer.frames);
      return doc.getMap('m').toJSON();
    };
    expect(await read(2)).toEqual({ k: 1 });
    expect(await read(3)).toEqual({ k: 1 });
    room.handle(writer, parseMessage(encodeUpdate(updateOf((d) => d.getMap('m').set('j', 2)))));
    expect(await read(4)).toEqual({ k: 1, j: 2 });
    expect(await read(5)).toEqual({ k: 1, j: 2 });
    room.destroy();
  });
});
