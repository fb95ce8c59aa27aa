import { describe, expect, it } from 'vitest';
import { loadFixture, STANDARD_PHASES_DE } from './fixtures.testkit';
import {
  fromTemplate,
  laneTypeName,
  standardTemplate,
  toTemplate,
  withoutMapLinks,
} from './templates';
import { LANE_TYPES } from './types';
import type { JourneyMap } from './types';
import { validateMap } from './validation';

const now = new Date('2026-11-22T10:00:00Z');

function fixtureMap(name: string): JourneyMap {
  const result = validateMap(loadFixture(name));
  if (!result.ok) throw new Error('fixture invalid');
  return result.map;
}

describe('standardTemplate', () => {
  it('builds a valid German map with nine phases and thirteen lanes', () => {
    const map = standardTemplate('de', { title: 'Kfz', now });
    expect(validateMap(map).ok).toBe(true);
    expect(map.kind).toBe('map');
    expect(map.language).toBe('de');
    expect(map.createdAt).toBe('2026-11-22T10:00:00.000Z');
    expect(map.phases.map((p) => p.name)).toEqual(STANDARD_PHASES_DE);
    expect(map.lanes).toHaveLength(13);
    expect(map.lanes.map((l) => l.type)).toEqual(
      LANE_TYPES.filter((t) => t !== 'backstage' && t !== 'notes'),
    );
    expect(map.lanes[4]?.name).toBe('Emotionen (emotionale Kurve)');
  });

  it('names the same lanes in English, with fresh unique ids each time', () => {
    const a = standardTemplate('en', { title: 'A' });
    const b = standardTemplate('en', { title: 'B', id: 'fixed-id', kind: 'template' });
    expect(a.phases[0]?.name).toBe('First information');
    expect(a.lanes[0]?.name).toBe('Touchpoints');
    expect(b.id).toBe('fixed-id');
    expect(b.kind).toBe('template');
    const ids = [
      a.id,
      ...a.phases.map((p) => p.id),
      ...a.lanes.map((l) => l.id),
      ...b.lanes.map((l) => l.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('laneTypeName', () => {
  it('has an English and a German name for all 15 lane types', () => {
    for (const type of LANE_TYPES) {
      expect(laneTypeName(type, 'en')).not.toBe('');
      expect(laneTypeName(type, 'de')).not.toBe('');
    }
    expect(laneTypeName('backstage', 'de')).toBe('Backstage-Prozesse');
    expect(laneTypeName('employeeKnowledge', 'en')).toBe('Knowledge needed by service staff');
  });
});

describe('toTemplate / fromTemplate', () => {
  it('keeps structure and hint cards but strips workshop data', () => {
    const map = fixtureMap('kfz-versicherung');
    const template = toTemplate(map, { now });
    expect(validateMap(template).ok).toBe(true);
    expect(template.kind).toBe('template');
    expect(template.id).not.toBe(map.id);
    expect(template.actions).toBeUndefined();
    expect(template.phases).toEqual(map.phases);
    expect(template.lanes).toEqual(map.lanes);
    expect(template.cards.map((c) => c.id)).toEqual(map.cards.map((c) => c.id));
    expect(template.cards.some((c) => c.votes !== undefined || c.comments !== undefined)).toBe(
      false,
    );
    const kpi = template.cards.find((c) => c.id === 'kp1')?.kpi;
    expect(kpi).toEqual({ direction: 'lowerIsBetter', unit: '%' });
    // the map itself is untouched
    expect(map.cards.find((c) => c.id === 'kp1')?.kpi?.baseline).toBeDefined();
  });

  it('makes a new map from a template', () => {
    const template = toTemplate(fixtureMap('saas-onboarding'));
    const map = fromTemplate(template, { title: 'Neu', id: 'new-map', now });
    expect(validateMap(map).ok).toBe(true);
    expect(map).toMatchObject({
      kind: 'map',
      id: 'new-map',
      title: 'Neu',
      createdAt: '2026-11-22T10:00:00.000Z',
    });
    expect(map.lanes).toEqual(template.lanes);
  });

  it('never carries links to other maps into a template or a map made from one', () => {
    const base = fixtureMap('saas-onboarding');
    const linked: JourneyMap = {
      ...base,
      variant: { of: 'original-map', label: 'Austria' },
      parent: { mapId: 'parent-map', phaseId: base.phases[0]!.id },
    };
    const template = toTemplate(linked, { now });
    expect(template).not.toHaveProperty('variant');
    expect(template).not.toHaveProperty('parent');
    expect(validateMap(template).ok).toBe(true);

    // a template file from elsewhere may still have them
    const imported: JourneyMap = { ...linked, kind: 'template' };
    const map = fromTemplate(imported, { title: 'From import', now });
    expect(map).not.toHaveProperty('variant');
    expect(map).not.toHaveProperty('parent');
    expect(map.phases).toEqual(base.phases);
    const { variant: _v, parent: _p, ...unlinked } = linked;
    expect(withoutMapLinks(linked)).toEqual(unlinked);
  });
});
