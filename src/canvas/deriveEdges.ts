/**
 * Card links → React Flow edges, with stable identity: the edge list is the same
 * array until a link changes or the layout does, so React Flow skips its edge
 * bookkeeping on the far more common text edits.
 */
import type { Edge } from '@xyflow/react';
import type { CardView, MapSnapshot } from '../model/snapshot';
import type { Id } from '../model/types';
import { nodeIds } from './boardNodes';
import type { BoardLayout } from './boardGeometry';

/** Whether two cards link to the same cards (in the same order). */
export function sameLinks(a: CardView | undefined, b: CardView | undefined): boolean {
  const x = a?.links ?? [];
  const y = b?.links ?? [];
  return x === y || (x.length === y.length && x.every((id, i) => id === y[i]));
}

interface Derived {
  readonly cards: ReadonlyMap<Id, CardView>;
  readonly layout: BoardLayout;
  readonly compact: boolean;
  readonly out: Edge[];
}

/** Keeps the previous edges to reuse them (and the whole list) while links stay the same. */
export class EdgeCache {
  private edges = new Map<string, Edge>();
  private last: Derived | null = null;

  /** Edges for card links whose both ends are drawn, as cards or emotion points (none in the compact overview). */
  deriveEdges(snapshot: MapSnapshot, layout: BoardLayout, compact: boolean): Edge[] {
    const last = this.last;
    if (last && last.layout === layout && last.compact === compact && this.linksKept(snapshot)) {
      this.last = { ...last, cards: snapshot.cards };
      return last.out;
    }
    const out = compact ? [] : this.derive(snapshot, layout);
    this.last = { cards: snapshot.cards, layout, compact, out };
    return out;
  }

  /** No card came or went and none changed its links since the last derivation. */
  private linksKept(snapshot: MapSnapshot): boolean {
    const before = this.last!.cards;
    const after = snapshot.cards;
    if (before === after) return true;
    if (before.size !== after.size) return false;
    for (const [id, card] of after) {
      const old = before.get(id);
      if (old !== card && (!old || !sameLinks(old, card))) return false;
    }
    return true;
  }

  private derive(snapshot: MapSnapshot, layout: BoardLayout): Edge[] {
    const next = new Map<string, Edge>();
    const out: Edge[] = [];
    const points = new Set<Id>();
    for (const list of layout.emotionPoints.values()) for (const p of list) points.add(p.cardId);
    const end = (cardId: Id): string | null =>
      layout.cards.has(cardId) ? cardId : points.has(cardId) ? nodeIds.point(cardId) : null;
    for (const card of snapshot.cards.values()) {
      if (!card.links?.length) continue;
      const source = end(card.id);
      if (!source) continue;
      for (const targetId of card.links) {
        const target = end(targetId);
        if (!target) continue;
        const id = `link:${card.id}:${targetId}`;
        const old = this.edges.get(id);
        const edge =
          old && old.source === source && old.target === target
            ? old
            : { id, source, target, className: 'jb-link', zIndex: 3 };
        next.set(id, edge);
        out.push(edge);
      }
    }
    this.edges = next;
    return out;
  }
}

/**
 * Links are drawn for the selected cards only: drawn all at once, links between far
 * phases cross the whole map and hide the cards under them. The list stays the same
 * array while nothing selected has links.
 */
export function edgesOfSelection(edges: Edge[], selected: readonly Id[]): Edge[] {
  if (!edges.length || !selected.length) return NO_EDGES;
  const ids = new Set(selected.flatMap((id) => [id, nodeIds.point(id)]));
  const shown = edges.filter((e) => ids.has(e.source) || ids.has(e.target));
  return shown.length ? shown : NO_EDGES;
}
const NO_EDGES: Edge[] = [];
