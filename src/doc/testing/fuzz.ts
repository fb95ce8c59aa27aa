/**
 * One convergence-fuzz run: 3–5 peers, random commands, random delivery order,
 * partitions and reconnects, then settle and check. Returns the problems found
 * (empty = the seed passed).
 */
import type * as Y from 'yjs';
import { validateMap } from '../../model/validation';
import type { CardView, MapSnapshot } from '../../model/snapshot';
import type { JourneyMap } from '../../model/types';
import {
  buildSnapshot,
  createMapDoc,
  createSnapshotStore,
  createUndoManager,
  snapshotToMap,
} from '../index';
import { cardPart } from '../cardlayout';
import { cardsRoot, getEntity } from '../roots';
import { makeOps, runRandomOp, type OpStats, type Peer } from './fuzzOps';
import { isSubsequence, Ledger, storedField } from './ledger';
import { writeLegacyMap } from './legacyLayout';
import { Network } from './network';
import { createRng, seedCryptoRandom } from './prng';
import { FIXTURES, loadFixture } from './fixtures';

export interface FuzzOptions {
  /** also undo/redo (then only convergence and validity are checked) */
  readonly withUndo?: boolean;
  readonly steps?: number;
  /** counts every op's outcome (ok, refused, nothing to do), summed over runs */
  readonly stats?: OpStats;
}

/** Everything in a snapshot, as comparable JSON (Maps as sorted entry lists). */
export function snapshotJson(s: MapSnapshot): string {
  const cards = [...s.cards.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const cells = [...s.cells.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, list]) => [k, list.map((c) => c.id)]);
  return JSON.stringify({ ...s, cards, cells });
}

/**
 * Both sample maps: every third seed starts from the larger kfz map (about
 * three times the work of a saas seed), the others from the saas map.
 */
const BASE_MAPS = FIXTURES.map((name) => loadFixture(name));
const baseMap = (seed: number): JourneyMap =>
  BASE_MAPS[seed % 3 === 0 ? 0 : 1] ?? (BASE_MAPS[0] as JourneyMap);

/**
 * Every fourth seed starts from a doc in the legacy card layout (as stored before
 * the compact one), so old cards are edited, merged and undone alongside new ones.
 */
function seedDoc(seed: number, doc: Y.Doc | undefined): void {
  if (seed % 4 === 1) writeLegacyMap(baseMap(seed), doc);
  else createMapDoc(baseMap(seed), doc);
}

/** Added things exist; deleted ones were deleted by somebody. */
function checkEntities(ledger: Ledger, s: MapSnapshot): string[] {
  const problems: string[] = [];
  const kinds = [
    ['card', ledger.addedCards, ledger.deletedCards, [...s.cards.keys()], ids(s.deletedCards)],
    ['phase', ledger.addedPhases, ledger.deletedPhases, ids(s.phases), ids(s.deletedPhases)],
    ['lane', ledger.addedLanes, ledger.deletedLanes, ids(s.lanes), ids(s.deletedLanes)],
  ] as const;
  for (const [kind, added, deletedBySomeone, live, deleted] of kinds) {
    const exists = new Set([...live, ...deleted]);
    for (const id of added)
      if (!exists.has(id)) problems.push(`${kind} ${id} was added and is gone`);
    for (const id of deleted)
      if (!deletedBySomeone.has(id))
        problems.push(`${kind} ${id} is deleted but nobody deleted it`);
  }
  const actions = new Set(ids(s.actions));
  for (const id of ledger.addedActions)
    if (!actions.has(id) && !ledger.deletedActions.has(id)) problems.push(`action ${id} lost`);
  return problems;
}

/** Every followed field holds a value some peer wrote. */
function checkFields(ledger: Ledger, peer: Peer): string[] {
  const problems: string[] = [];
  for (const [key, values] of ledger.fields) {
    const [kind = 'meta', id = '', field = ''] = key.split('\u0000');
    const kindName = kind as Parameters<typeof storedField>[1];
    if (kindName === 'action' && ledger.deletedActions.has(id)) continue;
    const now = storedField(peer.doc, kindName, id, field);
    if (!values.has(now))
      problems.push(
        `${kind} ${id} ${field} is ${now}; nobody wrote that (${[...values].join(', ')})`,
      );
  }
  return problems;
}

function ids<T extends { id: string }>(items: readonly T[]): string[] {
  return items.map((i) => i.id);
}

function checkLedger(ledger: Ledger, peer: Peer, s: MapSnapshot): string[] {
  const problems = [...checkEntities(ledger, s), ...checkFields(ledger, peer)];
  const all = new Map<string, CardView>([
    ...s.cards,
    ...s.deletedCards.map((c): [string, CardView] => [c.id, c]),
  ]);
  for (const [id, tokens] of ledger.tokens) {
    const card = all.get(id);
    if (!card || ledger.textReplaced.has(id)) continue;
    const expected = tokens.reduce((n, t) => n + t.length, 0);
    if (card.text.length !== expected)
      problems.push(`card ${id} text "${card.text}" lost typing (want ${expected} chars)`);
    for (const t of tokens)
      if (!isSubsequence(t, card.text)) problems.push(`card ${id} lost "${t}"`);
  }
  for (const [key, count] of ledger.votes) {
    const [cardId = '', voter = ''] = key.split('\u0000');
    if (ledger.clearedVotes.has(cardId)) continue;
    const got = all.get(cardId)?.votesBy[voter];
    if (got !== count)
      problems.push(`card ${cardId}: voter ${voter} has ${String(got)} votes, cast ${count}`);
  }
  for (const [commentId, cardId] of ledger.comments) {
    if (ledger.deletedComments.has(commentId)) continue;
    if (!all.get(cardId)?.comments.some((c) => c.id === commentId))
      problems.push(`comment ${commentId} lost`);
  }
  for (const [id, cardId] of ledger.measurements) {
    if (ledger.measurementRemovedOn.has(cardId)) continue;
    const card = getEntity(cardsRoot(peer.doc), cardId);
    if (!card || !cardPart(card, 'measurements').has(id)) problems.push(`measurement ${id} lost`);
  }
  return problems;
}

/** Every card (live or deleted) must sit in a lane and phase that exist, so a restore can bring it back. */
function checkStranded(s: MapSnapshot): string[] {
  const lanes = new Set([...s.lanes, ...s.deletedLanes].map((l) => l.id));
  const phases = new Set([...s.phases, ...s.deletedPhases].map((p) => p.id));
  return [...s.cards.values(), ...s.deletedCards]
    .filter((c) => !lanes.has(c.laneId) || !phases.has(c.phaseId))
    .map((c) => `card ${c.id} is stranded in ${c.laneId}/${c.phaseId}`);
}

/** Run seed `seed`; returns problems (empty when all peers converged and nothing was lost). */
export function runSeed(seed: number, options: FuzzOptions = {}): string[] {
  const rng = createRng(seed);
  const restoreRandom = seedCryptoRandom(createRng(seed ^ 0x5bd1e995));
  try {
    const count = 3 + rng.int(3);
    const net = new Network(count, rng, 1 + (seed % 100_000) * 8);
    seedDoc(seed, net.docs[0]);
    net.settle();
    const peers: Peer[] = net.docs.map((d, index) => ({
      index,
      doc: d,
      store: createSnapshotStore(d),
      undo: createUndoManager(d),
    }));
    const ledger = new Ledger();
    for (const card of peers[0]?.store.getSnapshot().cards.values() ?? [])
      ledger.addToken(card.id, card.text);
    const ops = makeOps(options.withUndo === true);
    const steps = options.steps ?? 60 + rng.int(80);
    for (let step = 0; step < steps; step++) {
      const roll = rng.next();
      if (roll < 0.6) {
        const peer = rng.pick(peers);
        if (peer) runRandomOp(ops, peer, rng, ledger, options.stats);
      } else if (roll < 0.86) net.deliver(1 + rng.int(6));
      else if (roll < 0.93) {
        const i = rng.int(count);
        if (net.isOnline(i)) net.disconnect(i);
      } else {
        const i = rng.int(count);
        if (!net.isOnline(i)) net.reconnect(i);
      }
      // mid-run too (with updates still pending), the incremental snapshot must
      // equal a fresh one
      if (step % 32 === 31) {
        const p = peers[(step >> 5) % peers.length];
        if (p && snapshotJson(p.store.getSnapshot()) !== snapshotJson(buildSnapshot(p.doc))) {
          return [`step ${step}, peer ${p.index}: incremental snapshot differs from a fresh one`];
        }
      }
    }
    net.settle();
    const problems: string[] = [];
    // one fresh snapshot per peer serves the export and the incremental check
    const fresh = peers.map((p) => buildSnapshot(p.doc));
    const exports = fresh.map((f) => JSON.stringify(snapshotToMap(f)));
    exports.forEach((json, i) => {
      if (json !== exports[0]) problems.push(`peer ${i} export differs from peer 0`);
    });
    const result = validateMap(JSON.parse(exports[0] ?? '{}'));
    if (!result.ok)
      problems.push(...result.errors.map((e) => `invalid export: ${e.path}: ${e.message}`));
    peers.forEach((p, i) => {
      const s = fresh[i];
      if (s && snapshotJson(p.store.getSnapshot()) !== snapshotJson(s)) {
        problems.push(`peer ${p.index}: incremental snapshot differs from a fresh one`);
      }
    });
    const [first] = peers;
    const s = fresh[0];
    if (first && s) {
      problems.push(...checkStranded(s));
      if (!options.withUndo) problems.push(...checkLedger(ledger, first, s));
    }
    for (const p of peers) {
      p.store.destroy();
      p.undo.destroy();
    }
    return problems;
  } finally {
    restoreRandom();
  }
}
