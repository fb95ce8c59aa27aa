import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportCsv } from '../../export/csv';
import { exportJson } from '../../export/json';
import { parseMapFile } from '../../model/parseMapFile';
import type { JourneyMap } from '../../model/types';
import { useLanguageStore } from '../../i18n';
import { ExportMenu } from './ExportMenu';
import { fileStem } from './formats';
import { captureDownloads } from '../files/testing';

// happy-dom gives modules a non-file import.meta.url, so files are found from the repo root
const root = process.cwd();
const parsed = parseMapFile(
  readFileSync(join(root, 'src/model/fixtures/kfz-versicherung.journey.json')),
);
if (!parsed.ok) throw new Error('fixture is invalid');
const map: JourneyMap = parsed.map;
const fontDir = join(root, 'node_modules/dejavu-fonts-ttf/ttf');
const loadDejavuFonts = () => ({
  regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf'))),
});

describe('ExportMenu', () => {
  beforeEach(() => act(() => useLanguageStore.getState().setLanguage('en')));
  afterEach(() => vi.restoreAllMocks());

  it('offers every format and downloads the CSV of the current map', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const getMap = vi.fn(() => map);
    render(<ExportMenu getMap={getMap} />);
    expect(getMap).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const names = screen.getAllByRole('button').map((b) => b.textContent);
    for (const label of [
      'PDF, A4 pages',
      'PDF, A3 pages',
      'PDF, one poster page',
      'Image (PNG)',
      'Vector image (SVG)',
      'Spreadsheet (CSV)',
      'Markdown (wiki)',
      'Journey map file (JSON)',
    ]) {
      expect(names).toContain(label);
    }
    await user.click(screen.getByRole('button', { name: 'Spreadsheet (CSV)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(getMap).toHaveBeenCalledTimes(1);
    expect(files[0]!.name).toBe('kfz-versicherung-online-abschliessen.csv');
    // the BOM is part of the bytes (Blob.text() would drop it when decoding)
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(await files[0]!.blob.arrayBuffer()),
    ).toBe(exportCsv(map));
    expect(screen.getByRole('status').textContent).toContain(
      'kfz-versicherung-online-abschliessen.csv downloaded',
    );
  });

  it('shows progress while a PDF renders, then downloads it', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const loadFonts = async () => {
      await gate;
      return loadDejavuFonts();
    };
    render(<ExportMenu getMap={() => map} loadFonts={loadFonts} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'PDF, A3 pages' }));
    expect((await screen.findByRole('status')).textContent).toContain('Exporting PDF, A3 pages…');
    expect(files).toHaveLength(0);
    release();
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 15_000 });
    expect(files[0]!.name).toBe('kfz-versicherung-online-abschliessen-a3.pdf');
    expect(files[0]!.blob.type).toBe('application/pdf');
    const head = new TextDecoder().decode((await files[0]!.blob.arrayBuffer()).slice(0, 5));
    expect(head).toBe('%PDF-');
  });

  it('reports a failed export and stays usable', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    render(
      <ExportMenu
        getMap={() => map}
        loadFonts={() =>
          Promise.reject(
            new TypeError(
              'Failed to fetch dynamically imported module: http://127.0.0.1/assets/pdf-Bx9.js',
            ),
          )
        }
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'PDF, A4 pages' }));
    // a short notice in the user's language, not the browser's text (issue 13.3)
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Export needs files not yet stored here. Go online once, then try again.',
    );
    expect(alert.textContent).not.toContain('assets');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Journey map file (JSON)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(await files[0]!.blob.text()).toBe(exportJson(map));
  });

  it('names a template file .journey-template.json', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const template: JourneyMap = { ...map, kind: 'template', title: 'Standard-Vorlage' };
    render(<ExportMenu getMap={() => template} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Journey map file (JSON)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('standard-vorlage.journey-template.json');
    expect(JSON.parse(await files[0]!.blob.text())).toMatchObject({ kind: 'template' });
  });

  it('tells which characters the PDF could not draw', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const cjk: JourneyMap = {
      ...map,
      cards: [{ ...map.cards[0]!, text: 'Tarif 中文' }, ...map.cards.slice(1)],
    };
    render(<ExportMenu getMap={() => cjk} loadFonts={async () => loadDejavuFonts()} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'PDF, one poster page' }));
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 15_000 });
    expect(screen.getByRole('status').textContent).toBe(
      'kfz-versicherung-online-abschliessen-poster.pdf downloaded The PDF font cannot draw 2 characters; they show as “\uFFFD”: 中 文',
    );
  });

  it('speaks German', async () => {
    const user = userEvent.setup();
    act(() => useLanguageStore.getState().setLanguage('de'));
    render(<ExportMenu getMap={() => map} />);
    await user.click(screen.getByRole('button', { name: 'Exportieren' }));
    expect(screen.getByRole('button', { name: 'PDF, eine Posterseite' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Tabelle (CSV)' })).toBeDefined();
  });
});

describe('fileStem', () => {
  it('makes a safe ASCII file name from any title', () => {
    expect(fileStem('Kfz-Versicherung online abschließen')).toBe(
      'kfz-versicherung-online-abschliessen',
    );
    expect(fileStem('Über „Größe“ / Café')).toBe('ueber-groesse-cafe');
    expect(fileStem('***')).toBe('journey-map');
  });
});
