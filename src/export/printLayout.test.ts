import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/types';
import { FIXTURES, fixtureMap } from './fixtures.testkit';
import { layoutBoard } from './printLayout';
import { wrapText, type Measure } from '../model/geometry/text';
import { wrapClamped } from '../model/geometry/textBlock';
import { approximateMeasure } from './measures';

/** A measure where every character is exactly `size` wide: easy to reason about. */
const mono: Measure = (text, size) => [...text].length * size;

describe.each(FIXTURES)('board layout of %s', (name) => {
  const map = fixtureMap(name);
  const L = layoutBoard(map, { measure: approximateMeasure });

  it('has a column per phase and a row per lane, in order, edge to edge', () => {
    expect(L.columns.map((c) => c.phase.id)).toEqual(map.phases.map((p) => p.id));
    expect(L.rows.map((r) => r.lane.id)).toEqual(map.lanes.map((l) => l.id));
    L.rows.forEach((row, i) =>
      expect(row.y).toBeCloseTo(
        i === 0 ? L.headerHeight : L.rows[i - 1]!.y + L.rows[i - 1]!.height,
      ),
    );
    expect(L.height).toBeCloseTo(L.rows.at(-1)!.y + L.rows.at(-1)!.height);
  });

  it('places every card, emotion cards included, inside its cell, without overlaps', () => {
    expect(L.cards.map((c) => c.card.id).sort()).toEqual(map.cards.map((c) => c.id).sort());
    for (const box of L.cards) expect(box.cut).toBe(false);
    for (const box of L.cards) {
      const row = L.rows.find((r) => r.lane.id === box.card.laneId)!;
      const col = L.columns.find((c) => c.phase.id === box.card.phaseId)!;
      expect(box.x).toBeGreaterThanOrEqual(col.x);
      expect(box.x + box.width).toBeLessThanOrEqual(col.x + col.width);
      expect(box.y).toBeGreaterThanOrEqual(row.y);
      expect(box.y + box.height).toBeLessThanOrEqual(row.y + row.height + 0.001);
      for (const other of L.cards) {
        if (
          other === box ||
          other.columnIndex !== box.columnIndex ||
          other.rowIndex !== box.rowIndex
        )
          continue;
        expect(other.y >= box.y + box.height || other.y + other.height <= box.y).toBe(true);
      }
    }
  });

  it('draws the emotion lane as a curve in phase order with scores mapped top (+3) to bottom (-3)', () => {
    const lane = map.lanes.find((l) => l.type === 'emotions')!;
    const curve = L.curves[0]!;
    const expected = map.phases.flatMap((p) =>
      map.cards.filter((c) => c.laneId === lane.id && c.phaseId === p.id),
    );
    expect(curve.points.map((p) => p.card.id)).toEqual(expected.map((c) => c.id));
    const row = L.rows.find((r) => r.lane.id === lane.id)!;
    for (const [i, p] of curve.points.entries()) {
      // numbered 1…n, and the card under the plot carries the same number, whole
      expect(p.number).toBe(String(i + 1));
      const box = L.cards.find((b) => b.card.id === p.card.id)!;
      expect(box.badge?.text).toBe(p.number);
      expect(box.y).toBeGreaterThanOrEqual(curve.bandBottom);
      expect(box.y + box.height).toBeLessThanOrEqual(row.y + row.height + 0.001);
      expect(box.title.lines.join(' ').replace(/\s+/g, ' ')).toBe(p.card.text.replace(/\s+/g, ' '));
      expect(p.y).toBeCloseTo(
        curve.plotTop + ((3 - p.score) / 6) * (curve.plotBottom - curve.plotTop),
      );
      const col = L.columns.find((c) => c.phase.id === p.card.phaseId)!;
      expect(p.x).toBeGreaterThan(col.x);
      expect(p.x).toBeLessThan(col.x + col.width);
    }
  });
});

describe('row heights', () => {
  it('grow with the fullest cell and with longer text', () => {
    const base = fixtureMap('saas-onboarding');
    const card = base.cards.find(
      (c) => base.lanes.find((l) => l.id === c.laneId)!.type === 'needs',
    )!;
    const rowOf = (m: JourneyMap) =>
      layoutBoard(m, { measure: mono }).rows.find((r) => r.lane.id === card.laneId)!.height;
    const more: JourneyMap = {
      ...base,
      cards: [...base.cards, { ...card, id: 'extra1' }, { ...card, id: 'extra2' }],
    };
    const longer: JourneyMap = {
      ...base,
      cards: base.cards.map((c) => (c.id === card.id ? { ...c, text: 'x '.repeat(200) } : c)),
    };
    expect(rowOf(more)).toBeGreaterThan(rowOf(base));
    expect(rowOf(longer)).toBeGreaterThan(rowOf(base));
  });

  it('caps a card to what fits a page window, marks it cut and says where the rest is', () => {
    const base = fixtureMap('saas-onboarding');
    const text = 'word '.repeat(2000);
    const map: JourneyMap = { ...base, cards: [{ ...base.cards[0]!, text }] };
    const L = layoutBoard(map, { measure: mono, windowHeight: 300 });
    const box = L.cards[0]!;
    expect(box.height).toBeLessThanOrEqual(300 - L.headerHeight);
    expect(box.cut).toBe(true);
    expect(box.title.lines.at(-1)!.endsWith('…')).toBe(true);
    expect(box.facts.lines.join(' ')).toContain(L.labels.fullTextInAppendix);
    expect(layoutBoard(map, { measure: mono }).cards[0]!.cut).toBe(false);
  });

  it('wraps long phase and lane names over as many lines as they need', () => {
    const base = fixtureMap('saas-onboarding');
    const long = Array.from({ length: 30 }, (_, i) => `Wort${i}`).join(' ');
    const map: JourneyMap = {
      ...base,
      phases: [{ ...base.phases[0]!, name: long }, ...base.phases.slice(1)],
      lanes: [{ ...base.lanes[0]!, name: long }, ...base.lanes.slice(1)],
    };
    const L = layoutBoard(map, { measure: approximateMeasure });
    for (const t of [L.columns[0]!.name, L.rows[0]!.name]) {
      expect(t.lines.join(' ')).toBe(long);
      expect(t.lines.length).toBeGreaterThan(3);
    }
    expect(L.headerHeight).toBeGreaterThanOrEqual(L.columns[0]!.name.lines.length * 9 * 1.25);
    expect(L.rows[0]!.height).toBeGreaterThanOrEqual(L.rows[0]!.name.lines.length * 8 * 1.25);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries, keeps line breaks and breaks over-long words', () => {
    expect(wrapText('aa bb cc', 5 * 1, 1, false, mono)).toEqual(['aa bb', 'cc']);
    expect(wrapText('one\ntwo', 100, 1, false, mono)).toEqual(['one', 'two']);
    expect(wrapText('abcdefghij', 4, 1, false, mono)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapClamped('a b c d e f', 3, 1, false, mono, 2)).toEqual(['a b', 'c…']);
    for (const line of wrapText('Kundenziele & Vorkenntnisse prüfen', 10, 1, false, mono))
      expect(mono(line, 1, false)).toBeLessThanOrEqual(10);
  });
});
