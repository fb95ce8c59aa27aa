/**
 * fontkit for pdf-lib, without OpenType shaping. pdf-lib runs `font.layout()` (full
 * GSUB/GPOS shaping) for every line it draws or measures, yet ignores the glyph
 * positions it computes; on a 2,000-card board that shaping was over half of the
 * export time. For the Latin text of journey maps a plain character → glyph lookup
 * gives the same picture, keeps every glyph 1:1 with its character (so copied and
 * searched text is exactly the card text, no ligature glyphs), and is ~50× faster.
 *
 * A character the font has no glyph for (CJK, most emoji: DejaVu Sans covers
 * Latin, Greek, Cyrillic and symbols) would print as nothing; it prints as "�"
 * instead, and is reported, so the user learns which text did not make it.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from './pdfLib';

// pdf-lib does not export its fontkit types; derive them from the API that takes them.
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;
type Glyph = ReturnType<Font['glyphForCodePoint']>;

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/** What a missing character is drawn as. */
export const PLACEHOLDER = '\uFFFD';

/**
 * Code points that draw nothing by design: control characters, joiners and
 * variation selectors (the ZWJ and VS-16 inside emoji sequences). Without a
 * glyph they are dropped silently rather than shown as placeholders.
 */
function invisible(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Wraps one font so `layout` maps code points straight to glyphs (NFC first, so ä is one glyph). */
function unshaped(font: Font, onMissing: (ch: string) => void): Font {
  const cache = new Map<number, Glyph | null>();
  const placeholder = font.hasGlyphForCodePoint(PLACEHOLDER.codePointAt(0)!)
    ? font.glyphForCodePoint(PLACEHOLDER.codePointAt(0)!)
    : font.glyphForCodePoint(0x3f);
  const glyphOf = (ch: string): Glyph | null => {
    const cp = ch.codePointAt(0)!;
    let glyph = cache.get(cp);
    if (glyph === undefined) {
      if (font.hasGlyphForCodePoint(cp)) glyph = font.glyphForCodePoint(cp);
      else if (invisible(cp)) glyph = null;
      else {
        onMissing(ch);
        glyph = placeholder;
      }
      cache.set(cp, glyph);
    }
    return glyph;
  };
  const layout = (text: string) => {
    const glyphs: Glyph[] = [];
    // NFC only matters beyond ASCII; most lines of a map are plain ASCII words
    const nfc = ASCII.test(text) ? text : text.normalize('NFC');
    for (const ch of nfc) {
      const glyph = glyphOf(ch);
      if (glyph !== null) glyphs.push(glyph);
    }
    return {
      glyphs,
      // pdf-lib reads only the glyphs; positions are made if someone asks
      get positions() {
        return glyphs.map((g) => ({
          xAdvance: g.advanceWidth,
          yAdvance: 0,
          xOffset: 0,
          yOffset: 0,
        }));
      },
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

/**
 * A fontkit to register with `PDFDocument.registerFontkit`, one per document:
 * `onMissing` hears each character (once per font) that had no glyph.
 */
export function fastFontkit(onMissing: (ch: string) => void = () => {}): Fontkit {
  return {
    create(buffer: Uint8Array, postscriptName?: string): Font {
      return unshaped((fontkit as unknown as Fontkit).create(buffer, postscriptName), onMissing);
    },
  };
}
