import { describe, expect, it } from 'vitest';
import { LANE_FIELDS, LANE_TYPE_REGISTRY, byLaneType, laneTypeInfo } from './laneTypes';
import { LANE_TYPES } from './types';
import { validateMap } from './validation';
import { fixtureText } from './fixtures.testkit';

describe('lane-type registry', () => {
  it('has an entry for every lane type, with English and German names and a print colour', () => {
    expect(Object.keys(LANE_TYPE_REGISTRY).sort()).toEqual([...LANE_TYPES].sort());
    for (const type of LANE_TYPES) {
      const info = laneTypeInfo(type);
      expect(info.names.en.length).toBeGreaterThan(0);
      expect(info.names.de.length).toBeGreaterThan(0);
      for (const color of Object.values(info.colors)) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('gives each lane field one owning type; plain bodies own no field', () => {
    expect(LANE_FIELDS).toEqual({
      channel: 'touchpoints',
      ownerTeam: 'touchpoints',
      score: 'emotions',
      severity: 'painPoints',
      impact: 'opportunities',
      effort: 'opportunities',
      kpi: 'kpis',
    });
    for (const type of LANE_TYPES) {
      const info = laneTypeInfo(type);
      expect(info.body === 'plain').toBe(info.fields.length === 0);
      if (info.required) expect(info.fields).toContain(info.required);
    }
  });

  it('builds tables over all types', () => {
    const names = byLaneType((info) => info.names.de);
    expect(names.kpis).toBe('KPIs');
    expect(Object.keys(names)).toHaveLength(LANE_TYPES.length);
  });

  it('feeds the reader: a lane field on another lane type is refused', () => {
    const map = JSON.parse(fixtureText('kfz-versicherung')) as {
      lanes: { id: string; type: string }[];
      cards: { laneId: string; severity?: number }[];
    };
    const notes = map.lanes.find((l) => laneTypeInfo(l.type as 'notes').body === 'plain')!;
    const card = map.cards.find((c) => c.laneId === notes.id)!;
    card.severity = 3;
    const result = validateMap(map);
    expect(result.ok).toBe(false);
  });
});
