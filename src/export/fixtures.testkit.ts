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
