/** Test helpers for the exports: the shared fixtures as validated maps, poppler tools. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureText } from '../model/fixtures.testkit';
import { parseMapFile } from '../model/parseMapFile';
import type { JourneyMap } from '../model/types';

export const FIXTURES = ['kfz-versicherung', 'saas-onboarding'] as const;

/** A shared fixture, validated like any import. */
export function fixtureMap(name: string): JourneyMap {
  const result = parseMapFile(fixtureText(name));
  if (!result.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(result.errors)}`);
  return result.map;
}

/** Throws a clear message when a poppler tool is missing (CI installs poppler-utils). */
export function requirePoppler(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm' | 'pdffonts'): void {
  const probe = spawnSync(tool, ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `${tool} is not installed; the PDF tests need poppler-utils (apt-get install -y poppler-utils)`,
    );
  }
}

const dir = () => mkdtempSync(join(tmpdir(), 'journey-export-'));

/** Writes PDF bytes to a temp file and returns its path. */
export function pdfFile(bytes: Uint8Array): string {
  const path = join(dir(), 'map.pdf');
  writeFileSync(path, bytes);
  return path;
}

/** Text of the whole PDF, or of one page (1-based), via pdftotext. */
export function pdfText(path: string, page?: number): string {
  requirePoppler('pdftotext');
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, path, '-'], { encoding: 'utf8' });
}

/** Page count and first page size (points) via pdfinfo. */
export function pdfInfo(path: string): { pages: number; width: number; height: number } {
  requirePoppler('pdfinfo');
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

export interface PdfFontRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

/** The fonts a PDF uses, via pdffonts. */
export function pdfFonts(path: string): PdfFontRow[] {
  requirePoppler('pdffonts');
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      // name, type (may hold spaces), encoding, emb, sub, uni, object, generation
      const parts = l.trim().split(/\s+/);
      const [emb, sub, uni] = parts.slice(-5, -2);
      return {
        name: parts[0]!,
        type: parts.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
        unicode: uni === 'yes',
      };
    });
}

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** The words of one page (1-based) with their boxes in points, top-left origin, via pdftotext -bbox. */
export function pdfWords(path: string, page: number): PdfWord[] {
  requirePoppler('pdftotext');
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'],
    { encoding: 'utf8' },
  );
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: unescape(m[5]!),
  }));
}

/**
 * Whether `text` reads, word by word, inside one box `width` points wide on a page:
 * from one of its words down, the page's words in that box sorted into lines. A
 * card's text is found there even where pdftotext's reading order of a page full of
 * columns runs a card's first line into a neighbouring flow.
 */
export function textInBox(words: readonly PdfWord[], text: string, width: number): boolean {
  const wanted = text.split(/\s+/).filter(Boolean);
  const first = wanted[0];
  if (first === undefined) return true;
  return words.some((start) => {
    if (start.text !== first) return false;
    const inBox = words
      .filter(
        (w) =>
          w.xMin >= start.xMin - 1 &&
          w.xMax <= start.xMin + width &&
          w.yMin >= start.yMin - 1.5 &&
          w.yMin < start.yMin + 2000,
      )
      .sort((a, b) => (Math.abs(a.yMin - b.yMin) > 2 ? a.yMin - b.yMin : a.xMin - b.xMin));
    const got = inBox.slice(0, wanted.length).map((w) => w.text);
    return got.join(' ') === wanted.join(' ');
  });
}

/** The cards whose text no page of the PDF holds inside one box `width` points wide. */
export function cardsNotFound(
  path: string,
  pages: number,
  cards: readonly { id: string; text: string }[],
  width: number,
): string[] {
  const perPage = Array.from({ length: pages }, (_, i) => pdfWords(path, i + 1));
  return cards
    .filter((c) => !perPage.some((words) => textInBox(words, c.text, width)))
    .map((c) => c.id);
}

/** Page margin and footer height of the map PDF (src/export/pdf.ts), in points. */
const PDF_MARGIN = 28;
const PDF_FOOTER = 18;

/**
 * How far down its printable area (page less margins and footer) a page is inked, as a
 * share 0…1: the page is rendered (pdftoppm, grey, 24 dpi) and the lowest row with
 * any non-white pixel above the footer is taken. The page header counts as ink.
 */
export function inkDepth(path: string, page: number): number {
  requirePoppler('pdftoppm');
  const dpi = 24;
  const pgm = execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), path],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  // "P5\n<w> <h>\n255\n" then one byte per pixel
  const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!head) throw new Error('pdftoppm gave no PGM');
  const [w, h] = [Number(head[1]), Number(head[2])];
  const pixels = pgm.subarray(head[0].length);
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const top = px(PDF_MARGIN);
  const bottom = h - px(PDF_MARGIN + PDF_FOOTER);
  let lowest = top;
  for (let y = top; y < bottom; y++) {
    const row = pixels.subarray(y * w, (y + 1) * w);
    if (row.some((v) => v < 235)) lowest = y;
  }
  return (lowest - top) / (bottom - top);
}
