import { describe, expect, it } from 'vitest';
import type { Card, JourneyMap } from '../model/types';
import {
  CSV_BOM,
  CSV_COLUMNS,
  csvField,
  csvHeader,
  exportCsv,
  guardCell,
  parseCsv,
  readCsvTables,
  readCsvCell,
  type CsvColumn,
} from './csv';
import { FIXTURES, fixtureMap } from './fixtures.testkit';
import { kpiFacts } from './kpiView';
import { exportLang, labelsFor } from './labels';

/** The rows of a CSV as records by column key, with the formula guard undone. */
function records(csv: string): { header: string[]; rows: Record<CsvColumn, string>[] } {
  const [header, ...rows] = readCsvTables(csv).cards;
  return {
    header: header!,
    rows: rows.map(
      (r) =>
        Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, readCsvCell(r[i] ?? '')])) as Record<
          CsvColumn,
          string
        >,
    ),
  };
}

const num = (v: number | undefined) => (v === undefined ? '' : String(v));

describe.each(FIXTURES)('CSV of %s', (name) => {
  const map = fixtureMap(name);
  const labels = labelsFor(exportLang(map));
  const csv = exportCsv(map);
  const { header, rows } = records(csv);
  const byId = new Map(rows.map((r) => [r.id, r]));

  it('is UTF-8 with BOM, CRLF lines and localized headers', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header).toEqual(CSV_COLUMNS.map((c) => csvHeader(c, labels)));
    expect(new Set(header).size).toBe(header.length);
    for (const r of readCsvTables(csv).cards.slice(1)) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('parses back to every card with its fields: codes, labels, numbers and dates', () => {
    expect(rows).toHaveLength(map.cards.length);
    for (const card of map.cards) {
      const r = byId.get(card.id)!;
      const lane = map.lanes.find((l) => l.id === card.laneId)!;
      expect(r.text).toBe(card.text);
      expect(r.phase).toBe(map.phases.find((p) => p.id === card.phaseId)!.name);
      expect(r.lane).toBe(lane.name);
      expect(r.laneType).toBe(lane.type);
      expect(r.laneTypeLabel).toBe(labels.laneTypes[lane.type]);
      expect(r.channel).toBe(card.channel ?? '');
      expect(r.channelLabel).toBe(card.channel ? labels.channels[card.channel] : '');
      expect(r.ownerTeam).toBe(card.ownerTeam ?? '');
      for (const key of ['score', 'severity', 'impact', 'effort', 'votes'] as const)
        expect(r[key], `${card.id}.${key}`).toBe(num(card[key]));
      expect(r.tags).toBe((card.tags ?? []).join('; '));
      expect(r.links).toBe((card.links ?? []).join(' '));
      expect(r.comments).toBe(card.comments?.length ? String(card.comments.length) : '');
      if (card.kpi) {
        const k = kpiFacts(card.kpi);
        expect(r.unit).toBe(card.kpi.unit ?? '');
        expect(r.direction).toBe(card.kpi.direction);
        expect(r.directionLabel).toBe(labels.directions[card.kpi.direction]);
        expect(r.baseline).toBe(num(card.kpi.baseline?.value));
        expect(r.baselineDate).toBe(card.kpi.baseline?.date ?? '');
        expect(r.latest).toBe(num(k.latest));
        expect(r.latestDate).toBe(k.latestDate ?? '');
        expect(r.target).toBe(num(card.kpi.target?.value));
        expect(r.targetDate).toBe(card.kpi.target?.date ?? '');
        expect(r.status).toBe(k.statusCode);
        expect(r.statusLabel).toBe(labels.kpiStatus[k.status]);
      } else {
        for (const key of ['direction', 'baselineDate', 'targetDate', 'status'] as const)
          expect(r[key]).toBe('');
      }
    }
  });

  it('orders rows by phase, then lane, then card order in the cell', () => {
    const phaseIndex = new Map(map.phases.map((p, i) => [p.name, i]));
    const laneIndex = new Map(map.lanes.map((l, i) => [l.name, i]));
    const keys = rows.map(
      (r) => (phaseIndex.get(r.phase) ?? 0) * 1000 + (laneIndex.get(r.lane) ?? 0),
    );
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('CSV of a map with measured KPIs', () => {
  it('has the baseline, latest and target dates of every KPI', () => {
    const map = fixtureMap('kfz-versicherung');
    const measured = map.cards.filter((c) => c.kpi?.baseline && c.kpi.target?.date);
    expect(measured.length).toBeGreaterThan(0);
    const { rows } = records(exportCsv(map));
    for (const card of measured) {
      const r = rows.find((x) => x.id === card.id)!;
      expect(r.baselineDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.targetDate).toBe(card.kpi!.target!.date);
      expect(r.latestDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
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
    expect(records(exportCsv(map)).rows[0]!.text).toBe(tricky);
  });
});

describe('CSV formula injection guard', () => {
  const base = fixtureMap('saas-onboarding');
  const texts = [
    '=HYPERLINK("http://evil.example","klick")',
    '+1+2',
    '-2+3',
    '@SUM(A1:A2)',
    "'already quoted",
    "'=both",
    '\tTab first',
    'harmless = text',
  ];
  const cards: Card[] = texts.map((text, i) => ({ ...base.cards[0]!, id: `inj${i}`, text }));
  const map: JourneyMap = { ...base, cards };
  const raw = readCsvTables(exportCsv(map)).cards.slice(1);
  const textAt = CSV_COLUMNS.indexOf('text');

  it('starts no text cell with a character a spreadsheet runs as a formula', () => {
    for (const row of raw) expect(row[textAt]!).not.toMatch(/^[=+\-@\t\r]/);
    expect(raw[0]![textAt]).toBe(`'${texts[0]}`);
    expect(raw[7]![textAt]).toBe('harmless = text');
  });

  it('reads every guarded text back exactly', () => {
    expect(raw.map((r) => readCsvCell(r[textAt]!))).toEqual(texts);
  });

  it('leaves plain numbers alone, negative ones included', () => {
    expect(guardCell('-2')).toBe('-2');
    expect(guardCell('12.5')).toBe('12.5');
    expect(guardCell('-')).toBe("'-");
    const emotion = fixtureMap('kfz-versicherung').cards.find((c) => (c.score ?? 0) < 0)!;
    const { rows } = records(exportCsv(fixtureMap('kfz-versicherung')));
    const scoreAt = CSV_COLUMNS.indexOf('score');
    const rawRow = parseCsv(exportCsv(fixtureMap('kfz-versicherung'))).find(
      (r) => r[0] === emotion.id,
    )!;
    expect(rawRow[scoreAt]).toBe(String(emotion.score));
    expect(rows.find((r) => r.id === emotion.id)!.score).toBe(String(emotion.score));
  });
});

describe('CSV header table', () => {
  it('carries the persona, scenario, description, CX goal, owner, tags and state after the cards', () => {
    const base = fixtureMap(FIXTURES[0]);
    const map = {
      ...base,
      state: 'current' as const,
      persona: {
        name: 'Dana',
        description: 'Drives to work',
        goals: ['insure fast', '=cheap'],
        priorKnowledge: 'None',
      },
      scenario: 'Buys a car',
      description: 'From quote to policy',
      cxGoal: 'Feel safe',
      owner: 'CX team',
      tags: ['kfz', 'b2c'],
    };
    const { cards, header } = readCsvTables(exportCsv(map));
    expect(cards.length).toBe(map.cards.length + 1);
    const byKey = Object.fromEntries(header.map((r) => [r[0], readCsvCell(r[2] ?? '')]));
    expect(byKey).toMatchObject({
      'persona.name': 'Dana',
      'persona.description': 'Drives to work',
      'persona.goals': 'insure fast; =cheap',
      'persona.priorKnowledge': 'None',
      scenario: 'Buys a car',
      description: 'From quote to policy',
      cxGoal: 'Feel safe',
      owner: 'CX team',
      tags: 'kfz, b2c',
    });
    expect(header.every((r) => r.length === 3)).toBe(true);
  });
});
