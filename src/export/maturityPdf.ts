/**
 * The maturity check as a PDF (A4 portrait): title and facts, the radar chart of
 * the nine aspects, the result table, the measures, the evidence and the roadmap.
 * Reuses the map PDF's machinery (DejaVu subset fonts, painter, flowing tables),
 * so German prints and the text can be searched. Pure: input and fonts in, bytes out.
 */
import { ASPECTS, ASPECT_INFO, agreedLevels, type Aspect, type Level } from '../model/maturity';
import { wrapText } from '../model/geometry/text';
import type { PdfFonts } from './pdf';
import { drawTable, Flow, LH, SIZE } from './pdfFlow';
import { fontedDocument } from './pdfFonts';
import { PageContent, Painter, TextEncoding, type Deflate } from './pdfPainter';
import { maturityReport, type MaturityReportInput } from './maturityReport';
import { INK, MUTED } from './theme';

export interface MaturityPdfOptions {
  readonly fonts: PdfFonts;
  readonly deflate?: Deflate;
}

const PAGE = [595.28, 841.89] as const;
const MARGIN = 36;
const RADAR = 300;
const AGREED = '#1a5fb4';
const PREVIOUS = '#8a6a00';
const GRID_LINE = '#c4c9d0';

function radarPoint(i: number, level: number, c: { x: number; y: number }, radius: number) {
  const angle = (2 * Math.PI * i) / ASPECTS.length - Math.PI / 2;
  const r = (level / 4) * radius;
  return { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) };
}

function drawRadar(
  flow: Flow,
  labels: Record<Aspect, string>,
  levels: Partial<Record<Aspect, Level>>,
  previous: Partial<Record<Aspect, Level>> | null,
): void {
  flow.need(RADAR + 20);
  const p = flow.p;
  const c = { x: flow.width / 2, y: flow.y + RADAR / 2 };
  const radius = RADAR / 2 - 40;
  const ring = (get: (a: Aspect) => number) => {
    const pts = ASPECTS.map((a, i) => radarPoint(i, get(a), c, radius));
    return [...pts, pts[0]!];
  };
  for (const l of [1, 2, 3, 4])
    p.polyline(
      ring(() => l),
      GRID_LINE,
      0.5,
    );
  ASPECTS.forEach((a, i) => {
    const end = radarPoint(i, 4, c, radius);
    p.line(c.x, c.y, end.x, end.y, GRID_LINE, 0.5);
    const at = radarPoint(i, 4.5, c, radius);
    const align = Math.abs(at.x - c.x) < 2 ? 'center' : at.x > c.x ? 'left' : 'right';
    p.text(labels[a], at.x, at.y - SIZE / 2, SIZE, false, INK, align);
  });
  if (previous) {
    const pts = ring((a) => previous[a] ?? 0);
    for (let i = 1; i < pts.length; i++)
      p.line(pts[i - 1]!.x, pts[i - 1]!.y, pts[i]!.x, pts[i]!.y, PREVIOUS, 1, [4, 3]);
  }
  p.polyline(
    ring((a) => levels[a] ?? 0),
    AGREED,
    2,
  );
  flow.y += RADAR + 8;
}

/** Renders the check's result and roadmap as PDF bytes. */
export async function exportMaturityPdf(
  input: MaturityReportInput,
  options: MaturityPdfOptions,
): Promise<Uint8Array> {
  const report = maturityReport(input);
  const { doc, fonts, measure } = await fontedDocument(options.fonts);
  const encoding = new TextEncoding(fonts);
  const pages: PageContent[] = [];
  const width = PAGE[0] - 2 * MARGIN;
  const flow = new Flow(
    {
      width,
      height: PAGE[1] - 2 * MARGIN,
      newPage: () => {
        const content = new PageContent(doc.addPage([PAGE[0], PAGE[1]]), encoding);
        pages.push(content);
        return new Painter(content, MARGIN, MARGIN);
      },
    },
    measure,
  );

  for (const line of wrapText(report.title, width, 16, true, measure)) {
    flow.p.text(line, 0, flow.y, 16, true, INK);
    flow.y += 20;
  }
  flow.y += 4;
  for (const [label, value] of report.facts) flow.paragraph(`${label}: ${value}`, false, MUTED, 1);
  flow.y += 8;
  const lang = input.lang;
  const labels = Object.fromEntries(ASPECTS.map((a) => [a, ASPECT_INFO[a].name[lang]])) as Record<
    Aspect,
    string
  >;
  drawRadar(
    flow,
    labels,
    agreedLevels(input.check),
    input.previous ? agreedLevels(input.previous) : null,
  );
  const cont = lang === 'de' ? '(Fortsetzung)' : '(continued)';
  const tableOf = (t: typeof report.result, shares: readonly number[]) =>
    drawTable(
      flow,
      { text: t.heading, continued: cont },
      t.columns.map((title, i) => ({ title, share: shares[i] ?? 0 })),
      t.rows.map((r) => r.map((text) => ({ text }))),
    );
  tableOf(
    report.result,
    report.result.columns.length === 6 ? [0.24, 0.3, 0.1, 0.1, 0.13, 0.13] : [0.3, 0.4, 0.15, 0.15],
  );
  if (report.measures.length) {
    flow.heading(report.measuresHeading);
    for (const m of report.measures) flow.paragraph(`• ${m}`);
  }
  if (report.evidence.length) {
    flow.heading(report.evidenceHeading);
    for (const e of report.evidence) flow.paragraph(`• ${e}`);
  }
  if (report.roadmap.rows.length) tableOf(report.roadmap, [0.1, 0.24, 0.24, 0.16, 0.1, 0.16]);
  else flow.heading(report.roadmap.heading);
  flow.y += LH;

  for (const content of pages) await content.finish(doc, options.deflate);
  doc.setTitle(report.title, { showInWindowTitleBar: true });
  doc.setLanguage(lang === 'de' ? 'de-DE' : 'en');
  doc.setCreator('Journeyboard');
  doc.setProducer('Journeyboard (pdf-lib)');
  const when = new Date(input.check.createdAt);
  if (!Number.isNaN(when.getTime())) {
    doc.setCreationDate(when);
    doc.setModificationDate(when);
  }
  return doc.save({ objectsPerTick: Infinity });
}
