/**
 * The DejaVu Sans TTFs from node_modules, for the CLI and tests (the browser
 * fetches the same files by URL instead).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFonts } from '../pdf';

/** Absolute paths of the regular and bold DejaVu Sans TTF files. */
export function dejavuFontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
}

let cached: PdfFonts | undefined;

/** The font bytes `exportPdf` needs, read once per process. */
export function loadDejavuFonts(): PdfFonts {
  if (!cached) {
    const p = dejavuFontPaths();
    cached = {
      regular: new Uint8Array(readFileSync(p.regular)),
      bold: new Uint8Array(readFileSync(p.bold)),
    };
  }
  return cached;
}
