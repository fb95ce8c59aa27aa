/**
 * The board as one SVG image (cards, lanes, emotion curve), drawn from the shared
 * layout. Text width is approximated, since an SVG viewer picks its own font.
 */
import type { JourneyMap } from '../model/types';
import { kpiFacts } from './kpiView';
import { BOARD_STYLE, layoutBoard, type BoardLayout, type TextLines } from './printLayout';
import { heightOf, textLines } from './printCell';
import type { Measure } from '../model/geometry/text';
import { approximateMeasure } from './measures';
import * as theme from './theme';
import { headerFacts } from './printHeader';

export interface SvgOptions {
  /** text measure used for wrapping; defaults to an approximation of DejaVu Sans */
  readonly measure?: Measure;
}

export const SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  // XML 1.0 forbids most C0 control characters even escaped; tab, LF and CR may stay.
  const allowed = [...text]
    .filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r')
    .join('');
  return allowed
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function textBlock(t: TextLines, x: number, top: number, fill: string): string {
  const weight = t.bold ? ' font-weight="bold"' : '';
  return t.lines
    .map(
      (line, i) =>
        `<text x="${n(x)}" y="${n(top + t.lineHeight * i + t.size)}" font-size="${n(t.size)}"${weight} fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** Renders the map's board as a standalone SVG document (UTF-8 text). */
export function exportSvg(map: JourneyMap, options: SvgOptions = {}): string {
  const measure = options.measure ?? approximateMeasure;
  const layout = layoutBoard(map, { measure });
  // the title wraps to the board's width, like every other text of the board
  const title = textLines(map.title, layout.width - 8, 16, true, measure);
  // under it the map's header (printHeader.ts), one wrapped "label: value" block per fact
  const header = headerFacts(map).map((f) =>
    textLines(`${f.label}: ${f.value}`, layout.width - 8, 9, false, measure),
  );
  return renderSvg(map, layout, title, header);
}

function renderSvg(
  map: JourneyMap,
  L: BoardLayout,
  title: TextLines,
  header: readonly TextLines[],
): string {
  const headerTop = heightOf(title) + 10;
  const headerHeight = header.reduce((sum, t) => sum + heightOf(t) + 2, 0);
  const titleHeight = headerTop + headerHeight + 4;
  const width = L.width + 2;
  const height = L.height + titleHeight + 2;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<title>${escapeXml(map.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    textBlock(title, 4, 6, theme.INK),
  );
  let y = headerTop;
  for (const t of header) {
    out.push(textBlock(t, 4, y, theme.MUTED));
    y += heightOf(t) + 2;
  }
  out.push(`<g transform="translate(1 ${n(titleHeight + 1)})">`);
  // phase header row
  out.push(
    `<rect x="0" y="0" width="${n(L.width)}" height="${n(L.headerHeight)}" fill="${theme.HEADER_FILL}" stroke="${theme.GRID}"/>`,
  );
  for (const col of L.columns) {
    out.push(
      `<rect x="${n(col.x)}" y="0" width="${n(col.width)}" height="${n(L.headerHeight)}" fill="${theme.HEADER_FILL}" stroke="${theme.GRID}"/>`,
    );
    out.push(textBlock(col.name, col.x + 6, 6, theme.INK));
  }
  // lanes: header cell, then one cell per phase
  for (const row of L.rows) {
    out.push(
      `<rect x="0" y="${n(row.y)}" width="${n(L.laneHeaderWidth)}" height="${n(row.height)}" fill="${theme.HEADER_FILL}" stroke="${theme.GRID}"/>`,
    );
    out.push(textBlock(row.name, 6, row.y + 6, theme.INK));
    for (const col of L.columns) {
      out.push(
        `<rect x="${n(col.x)}" y="${n(row.y)}" width="${n(col.width)}" height="${n(row.height)}" fill="#ffffff" stroke="${theme.GRID}"/>`,
      );
    }
  }
  for (const box of L.cards) {
    const accent = theme.accentOf(box.card.color);
    out.push(
      `<g data-card-id="${escapeXml(box.card.id)}"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3" fill="${theme.CARD_FILL[box.laneType]}" stroke="${theme.CARD_BORDER}" stroke-width="0.6"/>`,
    );
    if (accent)
      out.push(
        `<rect x="${n(box.x)}" y="${n(box.y)}" width="3" height="${n(box.height)}" fill="${accent}"/>`,
      );
    if (box.card.kpi) {
      const color = theme.KPI_STATUS_COLOR[kpiFacts(box.card.kpi).status];
      out.push(
        `<circle cx="${n(box.x + box.width - 6)}" cy="${n(box.y + 6)}" r="3" fill="${color}"/>`,
      );
    }
    let textX = box.x + 5;
    if (box.badge) {
      out.push(
        `<rect x="${n(textX)}" y="${n(box.y + 4)}" width="${n(box.badge.width)}" height="${n(box.title.lineHeight)}" fill="${theme.CURVE}"/>`,
        `<text x="${n(textX + 2.5)}" y="${n(box.y + 5.6 + BOARD_STYLE.badgeSize)}" font-size="${BOARD_STYLE.badgeSize}" font-weight="bold" fill="#ffffff">${escapeXml(box.badge.text)}</text>`,
      );
      textX += box.badge.width + 3;
    }
    out.push(textBlock(box.title, textX, box.y + 5, theme.INK));
    const factsTop = box.y + 5 + Math.max(box.title.lines.length, 1) * box.title.lineHeight + 3;
    out.push(textBlock(box.facts, box.x + 5, factsTop, theme.MUTED), '</g>');
  }
  for (const curve of L.curves) {
    const x0 = L.laneHeaderWidth;
    out.push(
      `<line x1="${n(x0)}" y1="${n(curve.zeroY)}" x2="${n(L.width)}" y2="${n(curve.zeroY)}" stroke="${theme.GRID}" stroke-dasharray="3 3"/>`,
    );
    for (const [score, y] of [
      ['+3', curve.plotTop],
      ['0', curve.zeroY],
      ['−3', curve.plotBottom],
    ] as const) {
      out.push(
        `<text x="${n(L.laneHeaderWidth + 3)}" y="${n(y - 2)}" font-size="6" fill="${theme.MUTED}">${score}</text>`,
      );
    }
    if (curve.points.length > 1) {
      const d = curve.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
      out.push(
        `<path d="${d}" fill="none" stroke="${theme.CURVE}" stroke-width="1.6" stroke-linejoin="round"/>`,
      );
    }
    for (const p of curve.points) {
      out.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="3.2" fill="${theme.CURVE}"/>`);
      out.push(
        `<text x="${n(p.x)}" y="${n(p.y - 5)}" font-size="7" font-weight="bold" text-anchor="middle" fill="${theme.INK}">${p.number}</text>`,
      );
    }
  }
  out.push('</g></svg>\n');
  return out.join('');
}
