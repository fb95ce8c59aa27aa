/**
 * Card heights from the text itself, measured with a 2D canvas (the text measure
 * the canvas injects into the board geometry) and wrapped like the card's CSS does
 * (words first, long words anywhere). Knowing
 * heights before a card is in the DOM keeps the layout still while the user pans
 * (cards enter and leave the DOM there); the DOM measurement only corrects it.
 */
import { BOARD_SIZES } from '../model/geometry/boardSizes';
import { wrapText } from '../model/geometry/text';
import type { LaneType } from '../model/types';
import { CARD_WIDTH, estimateLines } from './boardGeometry';

/** Card box model (keep in step with .jb-card in styles/board.css). */
export const CARD_BOX = { ...BOARD_SIZES.card, channelIcon: 22 } as const;

/** Height the typed details add under the text (see CardNode's CardDetails). */
export const DETAIL_HEIGHTS = { meta: 22, kpi: 52, kpiSparkline: 2, footer: 24 } as const;

type Measure = (text: string) => number;

/**
 * Lines `text` takes at `maxWidth`, given a width measure for strings at the card's
 * font: the shared wrapping of the board geometry (src/model/geometry/text.ts), the
 * one the exports use too.
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure): number {
  return wrapText(text, maxWidth, CARD_BOX.fontSize, false, (s) => measure(s)).length;
}

export interface HeightCard {
  readonly text: string;
  readonly channel?: string;
  readonly ownerTeam?: string;
  readonly severity?: number;
  readonly impact?: number;
  readonly effort?: number;
  readonly kpi?: object;
  readonly tags?: readonly string[];
  readonly votes?: number;
  readonly comments?: readonly { readonly resolved: boolean }[];
}

/** A card's height in board pixels for its lane type, with `lines` lines of text. */
export function cardHeightFor(card: HeightCard, laneType: LaneType, lines: number): number {
  let height =
    2 * CARD_BOX.paddingY + 2 * CARD_BOX.border + Math.max(1, lines) * CARD_BOX.lineHeight;
  if (laneType === 'touchpoints' && card.ownerTeam) height += DETAIL_HEIGHTS.meta;
  if (laneType === 'painPoints' && card.severity !== undefined) height += DETAIL_HEIGHTS.meta;
  if (laneType === 'opportunities' && (card.impact !== undefined || card.effort !== undefined))
    height += DETAIL_HEIGHTS.meta;
  if (laneType === 'kpis' && card.kpi) height += DETAIL_HEIGHTS.kpi;
  const openComments = card.comments?.some((c) => !c.resolved) ?? false;
  if (card.tags?.length || card.votes || openComments) height += DETAIL_HEIGHTS.footer;
  return Math.ceil(height);
}

/** Width available to a card's text. */
export function textWidth(card: HeightCard, laneType: LaneType): number {
  const inner = CARD_WIDTH - 2 * CARD_BOX.paddingX - CARD_BOX.borderLeft - CARD_BOX.border;
  return laneType === 'touchpoints' && card.channel ? inner - CARD_BOX.channelIcon : inner;
}

/**
 * A height function backed by canvas text measurement, cached per card object
 * (snapshots keep unchanged cards identical, so the cache stays valid). Falls back
 * to a character-count estimate where there is no canvas (tests, old browsers).
 */
export function createCardHeights(
  fontFamily: string,
): (card: HeightCard, laneType: LaneType) => number {
  const context = canvasContext();
  const widths = new Map<string, number>();
  const measure: Measure | null = context
    ? (s) => {
        let w = widths.get(s);
        if (w === undefined) {
          w = context.measureText(s).width;
          if (widths.size < 50_000) widths.set(s, w);
        }
        return w;
      }
    : null;
  if (context) context.font = `${CARD_BOX.fontSize}px ${fontFamily}`;
  const cache = new WeakMap<object, { laneType: LaneType; height: number }>();
  return (card, laneType) => {
    const hit = cache.get(card);
    if (hit && hit.laneType === laneType) return hit.height;
    const lines = measure
      ? wrapLines(card.text, textWidth(card, laneType), measure)
      : estimateLines(card.text);
    const height = cardHeightFor(card, laneType, lines);
    cache.set(card, { laneType, height });
    return height;
  };
}

function canvasContext(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  try {
    if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d');
    if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d');
  } catch {
    // no canvas: estimate instead
  }
  return null;
}
