import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/types';
import { CSV_BOM, CSV_COLUMNS, csvField, exportCsv, parseCsv } from './csv';
import { FIXTURES, fixtureMap } from './fixtures.testkit';
import { kpiFacts } from './kpiView';
import { exportLang, labelsFor } from './labels';

describe.each(FIXTURES)('CSV of %s', (name) => {
  const map = fixtureMap(name);
  const labels = labelsFor(exportLang(map));
  const csv = exportCsv(map);
  const [header, ...rows] = parseCsv(csv);
  const byId = new Map(
    rows.map((r) => [r[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i] ?? '']))]),
  );

  it('is UTF-8 with BOM, CRLF lines and localized headers', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header).toEqual(CSV_COLUMNS.map((c) => labels.fields[c]));
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('parses back to every card with its fields', () => {
    expect(rows).toHaveLength(map.cards.length);
    for (const card of map.cards) {
      const r = byId.get(card.id)!;
      const lane = map.lanes.find((l) => l.id === card.laneId)!;
      expect(r.text).toBe(card.text);
      expect(r.phase).toBe(map.phases.find((p) => p.id === card.phaseId)!.name);
      expect(r.lane).toBe(lane.name);
      expect(r.laneType).toBe(labels.laneTypes[lane.type]);
      expect(r.channel).toBe(card.channel ? labels.channels[card.channel] : '');
      expect(r.ownerTeam).toBe(card.ownerTeam ?? '');
      for (const key of ['score', 'severity', 'impact', 'effort', 'votes'] as const) {
        expect(r[key], `${card.id}.${key}`).toBe(card[key] === undefined ? '' : String(card[key]));
      }
      expect(r.tags).toBe((card.tags ?? []).join('; '));
      expect(r.links).toBe((card.links ?? []).join(' '));
      expect(r.comments).toBe(card.comments?.length ? String(card.comments.length) : '');
      if (card.kpi) {
        const k = kpiFacts(card.kpi);
        expect(r.unit).toBe(card.kpi.unit ?? '');
        expect(r.direction).toBe(labels.directions[card.kpi.direction]);
        expect(r.baseline).toBe(k.baseline === undefined ? '' : String(k.baseline));
        expect(r.latest).toBe(k.latest === undefined ? '' : String(k.latest));
        expect(r.target).toBe(k.target === undefined ? '' : String(k.target));
        expect(r.status).toBe(labels.kpiStatus[k.status]);
      } else expect(r.status).toBe('');
    }
  });

  it('orders rows by phase, then lane, then card order in the cell', () => {
    const phaseIndex = new Map(map.phases.map((p, i) => [p.name, i]));
    const laneIndex = new Map(map.lanes.map((l, i) => [l.name, i]));
    const keys = rows.map((r) => (phaseIndex.get(r[1]!) ?? 0) * 1000 + (laneIndex.get(r[2]!) ?? 0));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('CSV quoting (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks and reads them back', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    const base = fixtureMap('saas-onboarding');
    const tricky = 'Zeile 1, mit Komma\r\nZeile 2 "zitiert"\nÄ ß €';
    const map: JourneyMap = { ...base, cards: [{ ...base.cards[0]!, text: tricky }] };
    const [, row] = parseCsv(exportCsv(map));
    expect(row![CSV_COLUMNS.indexOf('text')]).toBe(tricky);
  });
});
