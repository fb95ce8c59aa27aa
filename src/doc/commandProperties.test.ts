/**
 * Property: whatever a command accepts, a file accepts. Random command calls
 * with valid, edge and invalid arguments; after each call either the command
 * refused with a DocError and wrote nothing, or the export is valid format v1
 * (and re-imports to the same map). Plus the format's collection limits.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { FORMAT_LIMITS } from '../model/formatSchema';
import { formatIssues, validateMap } from '../model/validation';
import type { JourneyMap } from '../model/types';
import {
  DocError,
  addAction,
  addCard,
  addLane,
  addPhase,
  createMapDoc,
  createSnapshotStore,
  deleteCards,
  deleteLane,
  deletePhase,
  duplicateCard,
  exportMap,
  restoreCard,
  restoreLane,
  restorePhase,
  updateMeta,
} from './index';
import { COMMAND_NAMES, randomCall } from './testing/commandArgs';
import { content } from './testing/docs';
import { everyFieldMap } from './testing/everyField';
import { smallMap } from './testing/fixtures';
import { createRng } from './testing/prng';

const SEEDS = 60;
const STEPS = 80;

function problemsOf(map: JourneyMap): string[] {
  const result = validateMap(map);
  return result.ok ? [] : formatIssues(result.errors);
}

describe('commands accept only what format v1 accepts', () => {
  it(`${SEEDS} seeds × ${STEPS} random calls: refused and untouched, or a valid export`, () => {
    const accepted = new Map<string, number>();
    const refused = new Map<string, number>();
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS && failures.length === 0; seed++) {
      const rng = createRng(seed);
      const doc = createMapDoc(seed % 2 === 0 ? everyFieldMap() : smallMap());
      const store = createSnapshotStore(doc);
      for (let step = 0; step < STEPS; step++) {
        const call = randomCall(rng, doc, () => store.getSnapshot());
        const before = Y.encodeStateVector(doc);
        try {
          call.run();
        } catch (error) {
          if (!(error instanceof DocError)) {
            failures.push(`seed ${seed} step ${step} ${call.name}: threw ${String(error)}`);
            break;
          }
          refused.set(call.name, (refused.get(call.name) ?? 0) + 1);
          if (!equalBytes(Y.encodeStateVector(doc), before))
            failures.push(`seed ${seed} step ${step} ${call.name}: refused but wrote`);
          continue;
        }
        accepted.set(call.name, (accepted.get(call.name) ?? 0) + 1);
        const problems = problemsOf(exportMap(doc));
        if (problems.length > 0) {
          failures.push(`seed ${seed} step ${step} ${call.name}: ${problems.join('; ')}`);
          break;
        }
      }
      store.destroy();
      if (failures.length > 0) break;
      // what the doc holds now comes back whole through a file
      const out = exportMap(doc);
      expect(content(exportMap(createMapDoc(out)))).toEqual(content(out));
    }
    expect(failures).toEqual([]);
    // the generator must reach both outcomes for every command, or it proves little
    for (const name of COMMAND_NAMES) {
      expect.soft(accepted.get(name) ?? 0, `${name} accepted`).toBeGreaterThan(0);
      expect.soft(refused.get(name) ?? 0, `${name} refused`).toBeGreaterThan(0);
    }
  });

  it('refuses impossible dates and times, malformed language tags and unknown keys', () => {
    const doc = createMapDoc(everyFieldMap());
    const refusals: [string, () => unknown, RegExp][] = [
      [
        'due',
        () => addAction(doc, { title: 'A', cardIds: [], due: '2026-02-30' }),
        /^due: .*no day 30/,
      ],
      ['language', () => updateMeta(doc, { language: 'de-1' }), /^language: /],
      [
        'variant key',
        () => updateMeta(doc, { variant: { of: 'm', label: 'L', extra: 1 } as never }),
        /^variant\.extra: is not a known property/,
      ],
      [
        'parent key',
        () => updateMeta(doc, { parent: { mapId: 'm', phaseId: 'p', colour: 1 } as never }),
        /^parent\.colour: /,
      ],
      ['map tags', () => updateMeta(doc, { tags: Array(51).fill('t') }), /at most 50/],
    ];
    for (const [what, run, message] of refusals) {
      const before = Y.encodeStateVector(doc);
      expect(run, what).toThrow(message);
      expect(Y.encodeStateVector(doc), what).toEqual(before);
    }
    updateMeta(doc, { language: 'x-klingon', variant: { of: 'm', label: 'L', 'x-k': 1 } });
    expect(exportMap(doc)).toMatchObject({ language: 'x-klingon', variant: { 'x-k': 1 } });
  });
});

describe('collection limits of format v1', () => {
  const base = smallMap();

  it(`phases: at most ${FORMAT_LIMITS.phases} live; a restore past the limit is refused`, () => {
    const phases = Array.from({ length: FORMAT_LIMITS.phases }, (_v, i) => ({
      id: `p${i + 1}`,
      name: `P${i}`,
    }));
    const doc = createMapDoc({ ...base, phases });
    expect(() => addPhase(doc, { name: 'one too many' })).toThrow(/at most 200 phases/);
    deletePhase(doc, 'p200');
    addPhase(doc, { name: 'fits again' });
    expect(() => restorePhase(doc, 'p200')).toThrow(DocError);
    expect(exportMap(doc).phases).toHaveLength(FORMAT_LIMITS.phases);
  });

  it(`lanes: at most ${FORMAT_LIMITS.lanes} live`, () => {
    const lanes = Array.from({ length: FORMAT_LIMITS.lanes }, (_v, i) => ({
      id: i < base.lanes.length ? (base.lanes[i]?.id ?? '') : `l${i}`,
      type: base.lanes[i]?.type ?? ('notes' as const),
      name: `L${i}`,
    }));
    const doc = createMapDoc({ ...base, lanes });
    expect(() => addLane(doc, { type: 'notes', name: 'more' })).toThrow(/at most 100 lanes/);
    deleteLane(doc, 'l99');
    addLane(doc, { type: 'notes', name: 'fits again' });
    expect(() => restoreLane(doc, 'l99')).toThrow(DocError);
  });

  it(`cards: at most ${FORMAT_LIMITS.cards.toLocaleString('en')} not deleted (add, duplicate, restore)`, () => {
    const cards = Array.from({ length: FORMAT_LIMITS.cards }, (_v, i) => ({
      id: `n${i}`,
      laneId: 'notes',
      phaseId: i % 2 === 0 ? 'p1' : 'p2',
      text: '',
    }));
    const doc = createMapDoc({ ...base, cards });
    const before = Y.encodeStateVector(doc);
    expect(() => addCard(doc, { laneId: 'notes', phaseId: 'p1' })).toThrow(/at most 20,000 cards/);
    expect(() => duplicateCard(doc, 'n0')).toThrow(/at most 20,000 cards/);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    deleteCards(doc, ['n0']);
    addCard(doc, { laneId: 'notes', phaseId: 'p1', text: 'fits again' });
    expect(() => restoreCard(doc, 'n0')).toThrow(/at most 20,000 cards/);
    // a deleted lane hides its cards but they still count: restoring it brings them back
    deleteLane(doc, 'notes');
    expect(() => addCard(doc, { laneId: 'touch', phaseId: 'p1' })).toThrow(DocError);
    expect(validateMap(exportMap(doc)).ok).toBe(true);
  });

  it(`actions: at most ${FORMAT_LIMITS.actions.toLocaleString('en')}`, () => {
    const actions = Array.from({ length: FORMAT_LIMITS.actions }, (_v, i) => ({
      id: `a${i}`,
      title: 'A',
      status: 'open' as const,
      cardIds: [],
    }));
    const doc = createMapDoc({ ...base, actions });
    expect(() => addAction(doc, { title: 'more', cardIds: [] })).toThrow(/at most 5,000 actions/);
  });
});

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
