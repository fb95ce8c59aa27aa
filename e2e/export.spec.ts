/**
 * The export menu in real Chromium against the real relay (which serves the built
 * app): a German sample map seeded into IndexedDB through the test hook, then
 * Export → PDF (A4), CSV and JSON as real downloads. The PDF is checked with the
 * poppler tools (valid, its pages, the map's German text), the CSV parsed back,
 * the JSON compared with the seeded map. The PDF code must not load before the
 * first PDF export.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, readCsvCell, readCsvTables } from '../src/export/csv';
import type { JourneyMap } from '../src/model/types';
import { launchBrowser, newContext, watchErrors } from './harness/browser';
import { startRelay, type RelayProcess } from './harness/relay';

const seeded = JSON.parse(
  readFileSync(
    new URL('../src/model/fixtures/kfz-versicherung.journey.json', import.meta.url),
    'utf8',
  ),
) as JourneyMap;

let relay: RelayProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
/** every script the page fetched, in order */
const scripts: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'journey-e2e-export-'));

beforeAll(async () => {
  relay = await startRelay();
  browser = await launchBrowser();
  context = await newContext(browser, { locale: 'en-GB' });
  await context.addInitScript(() => {
    (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
  });
  page = await context.newPage();
  errors = watchErrors(page);
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(relay.url + '/');
  await page.waitForFunction(() => window.__journeyboard !== undefined);
  // the same path as importing a file on the home screen: stored on this device, then opened
  // (passed as text: the map's type is too deep for playwright's argument typing)
  await page.evaluate(async (text) => {
    const hook = window.__journeyboard!;
    const map = JSON.parse(text) as Parameters<typeof hook.createLocalMap>[0];
    await hook.createLocalMap(map);
    hook.navigate(`/map/${map.id}`);
  }, JSON.stringify(seeded));
  await page.waitForFunction((id) => window.__journeyboard?.session?.mapId === id, seeded.id, {
    timeout: 30_000,
  });
  await page.waitForSelector('.react-flow__node', { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await relay?.dispose();
});

/** Opens the export menu, picks `entry` and returns the download it starts. */
async function exportVia(entry: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: entry }).click();
  return downloading;
}

async function saved(download: Download): Promise<string> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

describe('export menu', () => {
  it('downloads a valid A4 PDF with the German text of the map, showing progress', async () => {
    expect(scripts.some((s) => /\/pdf-[\w-]+\.js$/.test(s))).toBe(false);
    // hold the fonts back a moment, as a slow network would, so the progress line can be seen
    await page.route('**/*.ttf', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    const progress = page.waitForSelector('[role="status"] progress', { timeout: 30_000 });
    const download = exportVia('PDF, A4 pages');
    const bar = await progress;
    expect(await bar.getAttribute('aria-label')).toBe('Exporting PDF, A4 pages…');
    const file = await download;
    await page.unroute('**/*.ttf');
    expect(file.suggestedFilename()).toBe('kfz-versicherung-online-abschliessen-a4.pdf');
    const path = await saved(file);

    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    // the header block and the board pages, then KPI overview, appendix and actions
    // (how many pages is src/export's business: pdfPages.test.ts, pdf.test.ts)
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(2);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Kfz-Versicherung online abschließen');
    for (const card of ['Empfehlung von Kollegin', 'Bedingungen unverständlich']) {
      expect(seeded.cards.some((c) => c.text === card)).toBe(true);
      expect(flat).toContain(card);
    }
    expect(flat).toContain('Schadenfreiheitsklasse');
    expect(flat).toContain('Führerschein');
    expect(flat).toContain('Maßnahmen');
    // the PDF code came with the export, as its own chunk
    expect(scripts.some((s) => /\/pdf-[\w-]+\.js$/.test(s))).toBe(true);
    await page.getByText('kfz-versicherung-online-abschliessen-a4.pdf downloaded').waitFor();
  }, 120_000);

  it('downloads the CSV: UTF-8 with BOM, one row per card with its fields', async () => {
    const file = await exportVia('Spreadsheet (CSV)');
    expect(file.suggestedFilename()).toBe('kfz-versicherung-online-abschliessen.csv');
    const bytes = readFileSync(await saved(file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const tables = readCsvTables(bytes.toString('utf8'));
    const [header, ...rows] = tables.cards;
    expect(header).toContain('Kanal (Code)');
    expect(rows).toHaveLength(seeded.cards.length);
    // the map's header follows as a second table
    const persona = tables.header.find((r) => r[0] === 'persona.name');
    expect(persona?.[2]).toBe(seeded.persona?.name);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    for (const card of seeded.cards) {
      const row = rows.find((r) => r[col('id')] === card.id)!;
      expect(readCsvCell(row[col('text')]!)).toBe(card.text);
      expect(row[col('channel')]).toBe(card.channel ?? '');
    }
  }, 60_000);

  it('downloads the JSON: the seeded map, but its updatedAt', async () => {
    const file = await exportVia('Journey map file (JSON)');
    expect(file.suggestedFilename()).toBe('kfz-versicherung-online-abschliessen.journey.json');
    const exported = JSON.parse(readFileSync(await saved(file), 'utf8')) as JourneyMap;
    const { updatedAt: _a, ...expected } = seeded;
    const { updatedAt: _b, ...actual } = exported;
    expect(actual).toEqual(expected);
    expect(Number.isNaN(Date.parse(_b))).toBe(false);
  }, 60_000);

  it('says which characters the PDF font cannot draw', async () => {
    await page.evaluate(() => {
      const { session, commands } = window.__journeyboard!;
      const s = session!.store.getSnapshot();
      commands.addCard(session!.doc, {
        laneId: s.lanes[0]!.id,
        phaseId: s.phases[0]!.id,
        text: 'Tarif 中文',
      });
    });
    const file = await exportVia('PDF, one poster page');
    expect(file.suggestedFilename()).toBe('kfz-versicherung-online-abschliessen-poster.pdf');
    await page
      .getByText('The PDF font cannot draw 2 characters; they show as “\uFFFD”: 中 文')
      .waitFor({ timeout: 30_000 });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await saved(file), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Tarif \uFFFD\uFFFD');
    expect(errors).toEqual([]);
  }, 120_000);
});
