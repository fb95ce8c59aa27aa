import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { standardTemplate } from '../model/templates';
import type { StorageBackend } from './backend';
import { importFiles } from './importMap';
import { loadMap } from './localMaps';
import { freshIndexedDbBackend } from './testBackend';

let backend: StorageBackend;
beforeEach(() => {
  backend = freshIndexedDbBackend();
});

const file = (name: string, value: unknown) => ({ name, content: JSON.stringify(value) });

describe('importFiles', () => {
  it('imports maps and templates', async () => {
    const map = standardTemplate('en', { title: 'Imported' });
    const template = standardTemplate('de', { title: 'Vorlage', kind: 'template' });
    const result = await importFiles([
      file('a.journey.json', map),
      file('t.journey-template.json', template),
    ]);
    expect(result).toMatchObject({
      ok: true,
      imported: [
        { mapId: map.id, kind: 'map' },
        { mapId: template.id, kind: 'template' },
      ],
    });
    expect((await backend.catalog.list()).map((e) => e.title).sort()).toEqual([
      'Imported',
      'Vorlage',
    ]);
  });

  it('reports every problem with its path and imports nothing when any file is invalid', async () => {
    const good = standardTemplate('en', { title: 'Good' });
    const bad = {
      ...standardTemplate('en', { title: '' }),
      cards: [{ id: 'c1', laneId: 'nope', phaseId: 'p9', text: 'x' }],
      surprise: true,
    };
    const result = await importFiles([
      file('good.journey.json', good),
      file('bad.journey.json', bad),
      { name: 'broken.journey.json', content: '{ "format": ' },
    ]);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected a refusal');
    expect(result.rejected.map((r) => r.fileName)).toEqual([
      'bad.journey.json',
      'broken.journey.json',
    ]);
    const paths = result.rejected[0]!.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'cards[0].laneId', 'cards[0].phaseId']));
    expect(paths.some((p) => p.includes('surprise'))).toBe(true);
    expect(result.rejected[1]!.errors[0]!.message).toMatch(/JSON/);
    expect(await backend.catalog.list()).toEqual([]);
    expect(await backend.documents.list()).toEqual([]);
  });

  it('imports a map whose id is taken as a copy with a new id', async () => {
    const map = standardTemplate('en', { title: 'Twice' });
    await importFiles([file('a.journey.json', map)]);
    const second = await importFiles([file('a.journey.json', { ...map, title: 'Twice again' })]);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const [imported] = second.imported;
    expect(imported!.renamedFrom).toBe(map.id);
    expect(imported!.mapId).not.toBe(map.id);
    expect((await loadMap(map.id))!.title).toBe('Twice');
    expect((await loadMap(imported!.mapId))!.title).toBe('Twice again');
  });

  it('adds files refused before reading (too large) to the problems and imports nothing', async () => {
    const result = await importFiles(
      [file('good.journey.json', standardTemplate('en', { title: 'Good' }))],
      [
        {
          fileName: 'huge.journey.json',
          errors: [{ path: '', message: 'too big' }],
          truncated: false,
        },
      ],
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      rejected: [{ fileName: 'huge.journey.json' }],
    });
    expect(await backend.catalog.list()).toEqual([]);
  });

  it('drops links to other maps from an imported template', async () => {
    const base = standardTemplate('en', { title: 'Linked template', kind: 'template' });
    const linked = {
      ...base,
      variant: { of: 'somewhere', label: 'AT' },
      parent: { mapId: 'elsewhere', phaseId: base.phases[0]!.id },
    };
    const result = await importFiles([file('t.journey-template.json', linked)]);
    expect(result.ok).toBe(true);
    const stored = (await loadMap(base.id))!;
    expect(stored).not.toHaveProperty('variant');
    expect(stored).not.toHaveProperty('parent');
    // a map keeps its links: they are part of what the file says about it
    const map = {
      ...standardTemplate('en', { title: 'Variant' }),
      variant: { of: 'x', label: 'CH' },
    };
    await importFiles([file('v.journey.json', map)]);
    expect((await loadMap(map.id))!.variant).toEqual({ of: 'x', label: 'CH' });
  });

  it('reports which files went in and which did not when storing fails partway', async () => {
    const [a, b, c] = ['A', 'B', 'C'].map((title) => standardTemplate('en', { title }));
    const append = backend.documents.append.bind(backend.documents);
    backend.documents.append = async (id, update) => {
      if (id === b!.id) throw new DOMException('disk full', 'QuotaExceededError');
      return append(id, update);
    };
    const result = await importFiles([
      file('a.journey.json', a),
      file('b.journey.json', b),
      file('c.journey.json', c),
    ]);
    if (result.ok || result.reason !== 'write-failed') throw new Error('expected a write failure');
    expect(result.imported.map((m) => m.fileName)).toEqual(['a.journey.json', 'c.journey.json']);
    expect(result.failed).toMatchObject([{ fileName: 'b.journey.json', error: { code: 'quota' } }]);
    expect((await backend.catalog.list()).map((e) => e.title).sort()).toEqual(['A', 'C']);
    expect(await loadMap(b!.id)).toBeNull();
  });
});
