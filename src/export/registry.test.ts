import { describe, expect, it } from 'vitest';
import { fixtureMap } from './fixtures.testkit';
import { exportCsv } from './csv';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import { loadDejavuFonts } from './node/fonts';
import { EXPORTERS, EXPORTER_IDS, exporterOf, type ExportPlatform } from './registry';
import { exportSvg } from './svg';

const map = fixtureMap('kfz-versicherung');
const platform: ExportPlatform = {
  loadFonts: async () => loadDejavuFonts(),
  svgToPng: async (svg, _map, scale) => ({
    data: new TextEncoder().encode(svg),
    note: `x${scale}`,
  }),
};

describe('exporter registry', () => {
  it('has one entry per id, each with an extension, a MIME type and menu labels', () => {
    expect(new Set(EXPORTER_IDS).size).toBe(EXPORTERS.length);
    const labels = EXPORTERS.flatMap((e) => e.menu.map((m) => m.label));
    expect(new Set(labels).size).toBe(labels.length);
    for (const e of EXPORTERS) {
      expect(e.mime).toMatch(/^[a-z]+\/[a-z+.-]+/);
      expect(e.fileName('stem', map, {})).toMatch(new RegExp(`\\.${e.extension}$`));
    }
  });

  it('runs the same pure exporters the modules export', async () => {
    const run = async (id: (typeof EXPORTER_IDS)[number]) =>
      (await exporterOf(id).run(map, {}, platform)).data;
    expect(await run('json')).toBe(exportJson(map));
    expect(await run('csv')).toBe(exportCsv(map));
    expect(await run('md')).toBe(exportMarkdown(map));
    expect(await run('svg')).toBe(exportSvg(map));
    // the PNG goes through the platform's rasteriser, at the asked scale
    expect(await exporterOf('png').run(map, { scale: 3 }, platform)).toEqual({
      data: new TextEncoder().encode(exportSvg(map)),
      note: 'x3',
    });
  });

  it('makes a PDF of the asked page size, named after it', async () => {
    const { data } = await exporterOf('pdf').run(map, { page: 'a3' }, platform);
    const head = new TextDecoder().decode((data as Uint8Array).slice(0, 5));
    expect(head).toBe('%PDF-');
    expect(exporterOf('pdf').fileName('kfz', map, { page: 'a3' })).toBe('kfz-a3.pdf');
  });

  it('names a template file differently from a map file', () => {
    const json = exporterOf('json');
    expect(json.fileName('kfz', map, {})).toBe('kfz.journey.json');
    expect(json.fileName('kfz', { ...map, kind: 'template' }, {})).toBe(
      'kfz.journey-template.json',
    );
  });
});
