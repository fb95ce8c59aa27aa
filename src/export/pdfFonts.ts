/**
 * The PDF exports' fonts: a new document with DejaVu Sans (regular and bold)
 * embedded as subsets, and the text measure those fonts give. The board PDF,
 * the rows PDF and the maturity report share it.
 */
import type { Measure } from '../model/geometry/text';
import { cachedMeasure } from './measures';
import type { PdfFonts } from './pdf';
import { fastFontkit } from './pdfFontkit';
import { PDFDocument } from './pdfLib';
import type { PdfFontPair } from './pdfPainter';

export interface FontedDocument {
  readonly doc: PDFDocument;
  readonly fonts: PdfFontPair;
  readonly measure: Measure;
}

/** A new PDF document with the fonts embedded; `onMissing` hears each character they lack. */
export async function fontedDocument(
  files: PdfFonts,
  onMissing?: (ch: string) => void,
): Promise<FontedDocument> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fastFontkit(onMissing));
  // Subset fonts are named TAG+Name (PDF 32000 §9.6.4), six capitals, so viewers and
  // pdffonts know the file carries only the glyphs it uses.
  const fonts: PdfFontPair = {
    regular: await doc.embedFont(files.regular, { subset: true, customName: 'JBDJVR+DejaVuSans' }),
    bold: await doc.embedFont(files.bold, { subset: true, customName: 'JBDJVB+DejaVuSans-Bold' }),
  };
  const measure = cachedMeasure((text, bold) =>
    (bold ? fonts.bold : fonts.regular).widthOfTextAtSize(text, 1),
  );
  return { doc, fonts, measure };
}
