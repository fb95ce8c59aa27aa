import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportJson } from '../../export/json';
import { parseMapFile } from '../../model/parseMapFile';
import type { JourneyMap } from '../../model/types';
import { loadMap } from '../../storage';
import { freshIndexedDbBackend } from '../../storage/testBackend';
import { downloadMap, saveAsTemplate } from './download';
import { captureDownloads } from './testing';

function fixture(name: string): JourneyMap {
  const parsed = parseMapFile(
    readFileSync(join(process.cwd(), `src/model/fixtures/${name}.journey.json`)),
  );
  if (!parsed.ok) throw new Error('fixture is invalid');
  return parsed.map;
}

describe('home downloads', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads a map as the canonical file the board exports', async () => {
    const files = captureDownloads();
    const loaded = fixture('kfz-versicherung');
    // an in-memory map need not have its keys in file order; the file must
    const { cards, ...rest } = loaded;
    const map: JourneyMap = { cards, ...rest, title: 'Kfz für Ärzte' };
    downloadMap(map);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('kfz-fuer-aerzte.journey.json');
    const text = await files[0]!.blob.text();
    expect(text).toBe(exportJson(map));
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"cards"'));
  });

  it('saves a template, stores it, and downloads it as .journey-template.json', async () => {
    freshIndexedDbBackend();
    const files = captureDownloads();
    const map: JourneyMap = {
      ...fixture('saas-onboarding'),
      variant: { of: 'another-map', label: 'DACH' },
    };
    const template = await saveAsTemplate(map);
    expect(files[0]!.name).toMatch(/\.journey-template\.json$/);
    const text = await files[0]!.blob.text();
    expect(text).toBe(exportJson(template));
    const parsed = parseMapFile(text);
    if (!parsed.ok) throw new Error('the template file is invalid');
    expect(parsed.map).toMatchObject({ kind: 'template', id: template.id });
    expect(parsed.map).not.toHaveProperty('variant');
    expect((await loadMap(template.id))!.kind).toBe('template');
  });
});
