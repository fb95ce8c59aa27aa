/**
 * Benchmark 4 — document size: the Y.Doc's full state (`Y.encodeStateAsUpdate`)
 * against the same map as format v1 JSON, for the big map fresh and after seeded
 * random edits (text edits, moves, field changes) through the doc commands.
 * Goals: fresh ≤ 1.5×, edited ≤ 3×.
 */
import * as Y from 'yjs';
import {
  createMapDoc,
  exportMap,
  moveCard,
  setCardText,
  updateCard,
  type CardPatch,
} from '../src/doc';
import { exportJson } from '../src/export/json';
import type { JourneyMap } from '../src/model/types';
import { bigMap } from './fixtures/bigMap';
import { figure, type Benchmark } from './lib/result';
import { round, seededRandom } from './lib/stats';

const COLORS = ['#e11d48', '#2563eb', '#16a34a', '#ca8a04', '#9333ea'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß ';

/** Bytes of the doc's state and of its format v1 export. */
function sizes(doc: Y.Doc): { ydoc: number; json: number } {
  return {
    ydoc: Y.encodeStateAsUpdate(doc).byteLength,
    json: Buffer.byteLength(exportJson(exportMap(doc, new Date('2026-11-22T00:00:00Z'))), 'utf8'),
  };
}

/**
 * Applies `count` seeded edits like people make them: half text edits (a few
 * characters typed or deleted somewhere in a card), a quarter moves (to another
 * phase, same lane), a quarter field changes (colour, tags, or the lane's own field).
 */
export function randomEdits(
  doc: Y.Doc,
  map: JourneyMap,
  count: number,
  seed: number,
): { applied: number; refused: number } {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const texts = new Map(map.cards.map((c) => [c.id, c.text]));
  let applied = 0;
  let refused = 0;
  for (let i = 0; i < count; i++) {
    const card = map.cards[int(map.cards.length)]!;
    const kind = random();
    try {
      if (kind < 0.5) {
        const old = texts.get(card.id) ?? '';
        const at = int(old.length + 1);
        const next =
          random() < 0.7
            ? old.slice(0, at) +
              Array.from({ length: 1 + int(6) }, () => LETTERS[int(LETTERS.length)]).join('') +
              old.slice(at)
            : old.slice(0, at) + old.slice(Math.min(old.length, at + 1 + int(5)));
        setCardText(doc, card.id, next);
        texts.set(card.id, next);
      } else if (kind < 0.75) {
        moveCard(doc, card.id, {
          laneId: card.laneId,
          phaseId: map.phases[int(map.phases.length)]!.id,
          index: int(3),
        });
      } else {
        const laneType = card.laneId.replace(/^ln-/, '');
        const patch: CardPatch =
          laneType === 'emotions'
            ? { score: int(7) - 3 }
            : laneType === 'painPoints'
              ? { severity: 1 + int(5) }
              : random() < 0.5
                ? { color: COLORS[int(COLORS.length)] }
                : { tags: [`t${int(20)}`, `u${int(20)}`] };
        updateCard(doc, card.id, patch);
      }
      applied++;
    } catch {
      refused++; // e.g. a move into a phase the command rejects; counted, not hidden
    }
  }
  return { applied, refused };
}

export const docsize: Benchmark = {
  name: 'docsize',
  title: 'Document size: Y.Doc bytes vs format v1 JSON bytes',
  async run({ quick, log }) {
    const map = quick ? bigMap({ phases: 10, cards: 200 }) : bigMap();
    const editCount = quick ? 500 : 10_000;
    const doc = createMapDoc(map);
    const fresh = sizes(doc);
    log(`  fresh: Y.Doc ${fresh.ydoc} B, JSON ${fresh.json} B`);
    const t0 = performance.now();
    const edits = randomEdits(doc, map, editCount, 2026);
    const editMs = performance.now() - t0;
    const edited = sizes(doc);
    log(
      `  after ${edits.applied} edits (${edits.refused} refused, ${Math.round(editMs)} ms): Y.Doc ${edited.ydoc} B, JSON ${edited.json} B`,
    );
    // a replica that loads the state must give the same map back, or the sizes mean nothing
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    const sameContent =
      exportJson(exportMap(replica, new Date(0))) === exportJson(exportMap(doc, new Date(0)));
    doc.destroy();
    replica.destroy();
    return {
      name: 'docsize',
      status: sameContent ? 'ok' : 'failed: a replica loaded from the encoded state differs',
      figures: [
        figure('Y.Doc / JSON, fresh big map', round(fresh.ydoc / fresh.json, 2), '×', {
          text: '≤ 1.5×',
          ok: (v) => v <= 1.5,
        }),
        figure(`Y.Doc / JSON after ${editCount} edits`, round(edited.ydoc / edited.json, 2), '×', {
          text: '≤ 3×',
          ok: (v) => v <= 3,
        }),
      ],
      details: {
        map: { phases: map.phases.length, lanes: map.lanes.length, cards: map.cards.length },
        fresh,
        edited,
        edits: {
          ...edits,
          seed: 2026,
          mix: '50% text, 25% move, 25% field',
          ms: Math.round(editMs),
        },
      },
    };
  },
};
