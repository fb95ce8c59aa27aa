/**
 * One seeded run of the offline-conflict fuzz: 3–5 peers (each its own user) in
 * rounds. Each round some peers are offline (a partition: each offline peer alone,
 * the online ones together), peers write card fields, some peers "reload" (a new
 * Yjs client id, as a new session of the same user), then everyone reconnects and
 * resyncs in random order. An oracle that knows who wrote what in which partition
 * says which fields must be in conflict and with which sides; sometimes one peer
 * resolves a conflict, and every peer must see it resolved. Returns the problems.
 */
import * as Y from 'yjs';
import type { JsonValue } from '../../model/types';
import {
  addCard,
  createMapDoc,
  exportMap,
  openConflicts,
  resolveConflict,
  setCardText,
  setDocAuthor,
  setKpi,
  updateCard,
  type ConflictChoice,
  type ConflictField,
  type FieldConflict,
} from '../index';
import { smallMap } from './fixtures';
import { Network } from './network';
import { createRng, type Rng } from './prng';

interface Target {
  readonly cardId: string;
  readonly field: ConflictField;
  /** writes a value unique to this step; returns it as the record holds it */
  write(doc: Y.Doc, step: number, user: string): JsonValue;
  /** the field's value in an export */
  read(doc: Y.Doc): JsonValue;
}

const card = (doc: Y.Doc, id: string) => exportMap(doc).cards.find((c) => c.id === id);

const TARGETS: readonly Target[] = [
  {
    cardId: 'pp',
    field: 'text',
    write: (doc, step, user) => {
      const text = `Upload bricht ab (${user} #${step})`;
      setCardText(doc, 'pp', text);
      return text;
    },
    read: (doc) => card(doc, 'pp')?.text ?? null,
  },
  {
    cardId: 'c1',
    field: 'ownerTeam',
    write: (doc, step) => {
      updateCard(doc, 'c1', { ownerTeam: `Team ${step}` });
      return `Team ${step}`;
    },
    read: (doc) => card(doc, 'c1')?.ownerTeam ?? null,
  },
  {
    cardId: 'k1',
    field: 'kpi.target',
    write: (doc, step) => {
      setKpi(doc, 'k1', { target: { value: step } });
      return { value: step };
    },
    read: (doc) => (card(doc, 'k1')?.kpi?.target ?? null) as JsonValue,
  },
  {
    cardId: 'e1',
    field: 'tags',
    write: (doc, step) => {
      updateCard(doc, 'e1', { tags: [`t${step}`] });
      return [`t${step}`];
    },
    read: (doc) => (card(doc, 'e1')?.tags ?? null) as JsonValue,
  },
];

/** What the oracle expects of one field: closed, or open with each user's latest value. */
type Expected = { open: false } | { open: true; sides: Map<string, JsonValue> };

const key = (t: { cardId: string; field: string }): string => `${t.cardId}/${t.field}`;

function sidesOf(c: FieldConflict): string {
  return JSON.stringify(c.sides.map((s) => [s.userId, s.value]));
}

function expectedSides(sides: Map<string, JsonValue>): string {
  return JSON.stringify([...sides].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Run one seed; an empty list means it passed. */
export function runConflictSeed(seed: number, rounds = 8): string[] {
  const rng = createRng(seed);
  const n = 3 + rng.int(3);
  let nextClient = 10_000 + seed * 100;
  const net = new Network(n, rng, nextClient);
  nextClient += n;
  const docs = net.docs;
  const users = docs.map((_d, i) => `u${i}`);
  docs.forEach((doc, i) => setDocAuthor(doc, { id: users[i] as string, name: `Peer ${i}` }));
  createMapDoc(smallMap(), docs[0]);
  addCard(docs[0] as Y.Doc, {
    id: 'pp',
    laneId: 'pain',
    phaseId: 'p1',
    text: 'Upload',
    severity: 2,
  });
  net.settle();

  const expected = new Map<string, Expected>(TARGETS.map((t) => [key(t), { open: false }]));
  const problems: string[] = [];
  let step = 0;
  for (let round = 0; round < rounds && problems.length === 0; round++) {
    for (let i = 0; i < n; i++) {
      if (rng.chance(0.15)) docs[i]!.clientID = nextClient++; // a reload: a new session
      if (rng.chance(0.5)) net.disconnect(i);
    }
    // per field: partition (online group = -1, offline peer = its index) → ordered writes
    const writes = new Map<string, Map<number, [string, JsonValue][]>>();
    const count = 3 + rng.int(8);
    for (let w = 0; w < count; w++) {
      const peer = rng.int(n);
      const target = rng.pick(TARGETS) as Target;
      const user = users[peer] as string;
      const before = JSON.stringify(target.read(docs[peer] as Y.Doc));
      const value = target.write(docs[peer] as Y.Doc, ++step, user);
      // a write of the value the field already holds changes nothing and is no edit
      // (seed 433: a text merge happened to produce exactly the text written next)
      if (JSON.stringify(value) === before) continue;
      const group = net.isOnline(peer) ? -1 : peer;
      const byGroup = writes.get(key(target)) ?? new Map<number, [string, JsonValue][]>();
      writes.set(key(target), byGroup);
      byGroup.set(group, [...(byGroup.get(group) ?? []), [user, value]]);
      // the online peers see each write before the next one: sequential, never concurrent
      if (net.isOnline(peer)) net.deliver(Number.MAX_SAFE_INTEGER);
    }
    net.settle();
    for (const target of TARGETS) {
      const byGroup = writes.get(key(target));
      if (!byGroup) continue;
      const before = expected.get(key(target)) as Expected;
      if (before.open) {
        for (const list of byGroup.values())
          for (const [user, value] of list) before.sides.set(user, value);
      } else if (byGroup.size >= 2) {
        const sides = new Map<string, JsonValue>();
        for (const list of byGroup.values()) {
          const [user, value] = list[list.length - 1] as [string, JsonValue];
          sides.set(user, value);
        }
        expected.set(key(target), { open: true, sides });
      }
    }
    problems.push(...check(docs, expected, `round ${round}`));
    if (problems.length === 0) problems.push(...resolveSome(rng, net, expected, round));
  }
  return problems;
}

/** Every peer (and a reloaded copy) reports the oracle's conflicts, identically. */
function check(docs: readonly Y.Doc[], expected: Map<string, Expected>, when: string): string[] {
  const problems: string[] = [];
  const first = JSON.stringify(openConflicts(docs[0] as Y.Doc));
  docs.forEach((doc, i) => {
    if (JSON.stringify(openConflicts(doc)) !== first) problems.push(`${when}: peer ${i} differs`);
  });
  const reloaded = new Y.Doc();
  Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(docs[0] as Y.Doc));
  if (JSON.stringify(openConflicts(reloaded)) !== first) problems.push(`${when}: reload differs`);
  const found = new Map(openConflicts(docs[0] as Y.Doc).map((c) => [key(c), c]));
  for (const [k, want] of expected) {
    const got = found.get(k);
    if (!want.open && got) problems.push(`${when}: ${k} in conflict, expected none`);
    if (want.open && !got) problems.push(`${when}: ${k} not in conflict`);
    if (want.open && got && sidesOf(got) !== expectedSides(want.sides))
      problems.push(`${when}: ${k} sides ${sidesOf(got)}, expected ${expectedSides(want.sides)}`);
  }
  return problems;
}

/** Half the time one peer resolves one open conflict; every peer must see the chosen value. */
function resolveSome(
  rng: Rng,
  net: Network,
  expected: Map<string, Expected>,
  round: number,
): string[] {
  const open = TARGETS.filter((t) => expected.get(key(t))?.open);
  const target = rng.pick(open);
  if (!target || !rng.chance(0.5)) return [];
  const state = expected.get(key(target)) as { open: true; sides: Map<string, JsonValue> };
  const peer = net.docs[rng.int(net.docs.length)] as Y.Doc;
  const users = [...state.sides.keys()];
  const take = rng.int(users.length + 1);
  const choice: ConflictChoice =
    take === users.length ? { keep: 'merge' } : { take: users[take] as string };
  const value = 'take' in choice ? state.sides.get(choice.take) : target.read(peer);
  resolveConflict(peer, target.cardId, target.field, choice);
  net.settle();
  expected.set(key(target), { open: false });
  const problems = check(net.docs, expected, `after resolving in round ${round}`);
  net.docs.forEach((doc, i) => {
    if (JSON.stringify(target.read(doc)) !== JSON.stringify(value))
      problems.push(
        `round ${round}: peer ${i} has ${JSON.stringify(target.read(doc))} for ${key(target)}`,
      );
  });
  return problems;
}
