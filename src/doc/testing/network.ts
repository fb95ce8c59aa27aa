/**
 * An in-memory network of Y.Doc peers for convergence tests. Each directed link
 * buffers updates and delivers them in random order; a peer can go offline
 * (its links drop what they buffered, like a closed socket) and on reconnect
 * resyncs with every online peer by state vector, as y-websocket does.
 */
import * as Y from 'yjs';
import type { Rng } from './prng';

/** Origin of updates applied by the network (never re-sent). */
export const NET_ORIGIN = Object.freeze({ name: 'test-network' });

export class Network {
  readonly docs: Y.Doc[];
  private readonly online: boolean[];
  /** queue[from][to] */
  private readonly queues: Uint8Array[][][];

  constructor(
    count: number,
    private readonly rng: Rng,
    clientIdBase: number,
  ) {
    this.docs = Array.from({ length: count }, (_v, i) => {
      const doc = new Y.Doc();
      // Fixed client ids make concurrent-insert tie breaks replay with the seed.
      doc.clientID = clientIdBase + i;
      return doc;
    });
    this.online = this.docs.map(() => true);
    this.queues = this.docs.map(() => this.docs.map(() => []));
    this.docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === NET_ORIGIN || !this.online[from]) return;
        this.docs.forEach((_d, to) => {
          if (to !== from && this.online[to]) this.queues[from]?.[to]?.push(update);
        });
      });
    });
  }

  isOnline(i: number): boolean {
    return this.online[i] === true;
  }

  /** Deliver up to `n` buffered updates, each from a random non-empty link, in random order. */
  deliver(n: number): void {
    for (let k = 0; k < n; k++) {
      const links: [number, number][] = [];
      this.queues.forEach((row, from) =>
        row.forEach((q, to) => q.length > 0 && links.push([from, to])),
      );
      const link = this.rng.pick(links);
      if (!link) return;
      const [from, to] = link;
      const queue = this.queues[from]?.[to] ?? [];
      const [update] = queue.splice(this.rng.int(queue.length), 1);
      if (update) Y.applyUpdate(this.docs[to] as Y.Doc, update, NET_ORIGIN);
    }
  }

  /** Take peer `i` offline: its buffered traffic in both directions is lost. */
  disconnect(i: number): void {
    this.online[i] = false;
    this.queues.forEach((row, from) =>
      row.forEach((q, to) => {
        if (from === i || to === i) q.length = 0;
      }),
    );
  }

  /** Bring peer `i` back: exchange state-vector diffs with every online peer (buffered, random order). */
  reconnect(i: number): void {
    this.online[i] = true;
    const me = this.docs[i] as Y.Doc;
    this.docs.forEach((other, j) => {
      if (j === i || !this.online[j]) return;
      this.queues[i]?.[j]?.push(Y.encodeStateAsUpdate(me, Y.encodeStateVector(other)));
      this.queues[j]?.[i]?.push(Y.encodeStateAsUpdate(other, Y.encodeStateVector(me)));
    });
  }

  /** Everyone online, every buffer delivered, then a full pairwise resync. */
  settle(): void {
    this.docs.forEach((_d, i) => {
      if (!this.online[i]) this.reconnect(i);
    });
    this.deliver(Number.MAX_SAFE_INTEGER);
    for (const a of this.docs) {
      for (const b of this.docs) {
        if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), NET_ORIGIN);
      }
    }
  }
}
