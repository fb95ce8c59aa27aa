/**
 * fontkit for pdf-lib, without OpenType shaping. pdf-lib runs `font.layout()` (full
 * GSUB/GPOS shaping) for every line it draws or measures, yet ignores the glyph
 * positions it computes; on a 2,000-card board that shaping was over half of the
 * export time. For the Latin text of journey maps a plain character → glyph lookup
 * gives the same picture, keeps every glyph 1:1 with its character (so copied and
 * searched text is exactly the card text, no ligature glyphs), and is ~50× faster.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from './pdfLib';

// pdf-lib does not export its fontkit types; derive them from the API that takes them.
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;
type Glyph = ReturnType<Font['glyphForCodePoint']>;

/** Wraps one font so `layout` maps code points straight to glyphs (NFC first, so ä is one glyph). */
function unshaped(font: Font): Font {
  const cache = new Map<number, Glyph>();
  const glyphOf = (cp: number): Glyph => {
    let glyph = cache.get(cp);
    if (glyph === undefined) {
      glyph = font.glyphForCodePoint(cp);
      cache.set(cp, glyph);
    }
    return glyph;
  };
  const layout = (text: string) => {
    const glyphs: Glyph[] = [];
    for (const ch of text.normalize('NFC')) glyphs.push(glyphOf(ch.codePointAt(0)!));
    return {
      glyphs,
      positions: glyphs.map((g) => ({
        xAdvance: g.advanceWidth,
        yAdvance: 0,
        xOffset: 0,
        yOffset: 0,
      })),
    };
  };
  return new Proxy(font, {
    get(target, key, receiver) {
      if (key === 'layout') return layout;
      const value: unknown = Reflect.get(target, key, receiver);
      // methods must run on the real font: its getters use private fields
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/** The fontkit to register with `PDFDocument.registerFontkit`. */
export const fastFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Font {
    return unshaped((fontkit as unknown as Fontkit).create(buffer, postscriptName));
  },
};
