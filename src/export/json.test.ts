import { describe, expect, it } from 'vitest';
import { createMapDoc, exportMap } from '../doc';
import { fixtureText } from '../model/fixtures.testkit';
import { FORMAT_KEYS } from '../model/formatKeys';
import { parseMapFile } from '../model/parseMapFile';
import type { JourneyMap } from '../model/types';
import { FIXTURES, fixtureMap } from './fixtures.testkit';
import { exportJson } from './json';

function reimport(text: string): JourneyMap {
  const result = parseMapFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

describe.each(FIXTURES)('JSON of %s', (name) => {
  const map = fixtureMap(name);
  const json = exportJson(map);

  const original = JSON.parse(fixtureText(name)) as Record<string, unknown>;

  it('is valid format v1 with exactly the content of the original file', () => {
    expect(JSON.parse(json)).toEqual(original);
    expect(reimport(json)).toEqual(original);
  });

  it('gives the original file back after import into a document and export, but updatedAt', () => {
    // the path of the app: file → Y.Doc → map → JSON
    const doc = createMapDoc(fixtureMap(name));
    const exported = JSON.parse(exportJson(exportMap(doc))) as Record<string, unknown>;
    doc.destroy();
    const { updatedAt: _a, ...expected } = original;
    const { updatedAt: _b, ...actual } = exported;
    expect(actual).toEqual(expected);
    expect(typeof _b).toBe('string');
  });

  it('is stable: exporting the re-imported file gives the same bytes', () => {
    expect(exportJson(reimport(json))).toBe(json);
  });

  it('uses the spec key order, 2-space indent and a trailing newline', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "format": "journeymap",');
    const top = Object.keys(JSON.parse(json) as object);
    const known = top.filter((k) => !k.startsWith('x-'));
    const spec = FORMAT_KEYS.map;
    expect(known).toEqual(spec.filter((k) => known.includes(k)));
    expect(top.slice(known.length)).toEqual(top.filter((k) => k.startsWith('x-')));
  });
});

describe('canonical order', () => {
  it('does not depend on the key order of the input; x- keys go last, sorted', () => {
    const map = fixtureMap('saas-onboarding');
    const card = map.cards[0]!;
    const shuffled = Object.fromEntries(
      Object.entries({ ...card, 'x-b': 1, 'x-a': { z: 1, a: 2 } }).reverse(),
    ) as typeof card;
    const a = exportJson({ ...map, cards: [shuffled, ...map.cards.slice(1)] });
    const keys = Object.keys((JSON.parse(a) as JourneyMap).cards[0]!);
    expect(keys.slice(0, 3)).toEqual(['id', 'laneId', 'phaseId']);
    expect(keys.slice(-2)).toEqual(['x-a', 'x-b']);
    expect(a).toContain('"x-a": {\n        "z": 1,\n        "a": 2\n      }');
  });

  it('drops in-memory view fields that are not part of the format', () => {
    const map = fixtureMap('saas-onboarding');
    const view = { ...map, phases: map.phases.map((p) => ({ ...p, order: 'a0', deleted: false })) };
    expect(exportJson(view)).toBe(exportJson(map));
  });
});
