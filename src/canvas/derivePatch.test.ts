/**
 * Deriving nodes again after an edit: a text edit that keeps the layout derives
 * only its cell again (the same result as a full derivation), and the edge list
 * keeps its identity until a link changes.
 */
import { describe, expect, it } from 'vitest';
import { addCard, createMapDoc, createSnapshotStore, linkCards, setCardText } from '../doc';
import type { MapSnapshot } from '../model/snapshot';
import { standardTemplate } from '../model/templates';
import { translator } from '../i18n';
import { NodeCache, type BoardNode } from './deriveNodes';
import { estimateCardHeight, layoutBoard, relayoutBoard, type LayoutInput } from './boardGeometry';
import { canvasMessages } from './messages';

const t = translator(canvasMessages, 'en');
const NONE = new Set<string>();

/** Derives like the board does: the layout object is kept while it holds. */
function board() {
  const cache = new NodeCache();
  let last: { input: LayoutInput; layout: ReturnType<typeof layoutBoard> } | null = null;
  return (snapshot: MapSnapshot) => {
    const input: LayoutInput = { ...snapshot, cardHeight: estimateCardHeight };
    const layout = last ? relayoutBoard(last.input, last.layout, input) : layoutBoard(input);
    last = { input, layout };
    const args = { snapshot, layout, selected: NONE, readOnly: false, compact: false, t };
    return {
      layout,
      nodes: cache.deriveNodes(args),
      edges: cache.deriveEdges(snapshot, layout, false),
    };
  };
}

/** A full derivation from scratch, to compare with. */
function fresh(snapshot: MapSnapshot) {
  const layout = layoutBoard({ ...snapshot, cardHeight: estimateCardHeight });
  const cache = new NodeCache();
  const args = { snapshot, layout, selected: NONE, readOnly: false, compact: false, t };
  return { nodes: cache.deriveNodes(args), edges: cache.deriveEdges(snapshot, layout, false) };
}

const plain = (nodes: readonly BoardNode[]) => JSON.parse(JSON.stringify(nodes)) as unknown;

function setup() {
  const doc = createMapDoc(standardTemplate('en', { title: 'Patch', id: 'patch-test' }));
  const store = createSnapshotStore(doc);
  const s = store.getSnapshot();
  const needs = s.lanes.find((l) => l.type === 'needs')!;
  const emotions = s.lanes.find((l) => l.type === 'emotions')!;
  const ids = s.phases.map((p, i) =>
    addCard(doc, { laneId: needs.id, phaseId: p.id, text: `card ${i}` }),
  );
  const feeling = addCard(doc, { laneId: emotions.id, phaseId: s.phases[0]!.id, text: 'meh' });
  return { doc, store, ids, feeling };
}

describe('deriving after an edit', () => {
  it('derives only the edited cell when the layout holds, with the same result as from scratch', () => {
    const { doc, store, ids } = setup();
    const derive = board();
    const before = derive(store.getSnapshot());
    setCardText(doc, ids[2]!, 'card 2!');
    const after = derive(store.getSnapshot());
    expect(after.layout).toBe(before.layout);
    const changed = after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id);
    expect(changed).toEqual([ids[2]]);
    expect(plain(after.nodes)).toEqual(plain(fresh(store.getSnapshot()).nodes));
    // edges: no link changed, so the very same list
    expect(after.edges).toBe(before.edges);
  });

  it('follows a new link, also to an emotion point, like a full derivation', () => {
    const { doc, store, ids, feeling } = setup();
    const derive = board();
    const before = derive(store.getSnapshot());
    linkCards(doc, ids[0]!, feeling);
    const after = derive(store.getSnapshot());
    expect(after.edges).not.toBe(before.edges);
    expect(after.edges.map((e) => [e.source, e.target])).toEqual([[ids[0], `point:${feeling}`]]);
    const expected = fresh(store.getSnapshot());
    expect(plain(after.nodes)).toEqual(plain(expected.nodes));
    expect(after.nodes.some((n) => n.id === `point:${feeling}`)).toBe(true);
    // and a later text edit of the linked card keeps the edge list
    setCardText(doc, ids[0]!, 'card 0 edited');
    expect(derive(store.getSnapshot()).edges).toBe(after.edges);
  });

  it('lays out and derives everything again when an edit changes a card’s height', () => {
    const { doc, store, ids } = setup();
    const derive = board();
    const before = derive(store.getSnapshot());
    setCardText(doc, ids[1]!, 'a text long enough to wrap over several lines of a card');
    const after = derive(store.getSnapshot());
    expect(after.layout).not.toBe(before.layout);
    expect(plain(after.nodes)).toEqual(plain(fresh(store.getSnapshot()).nodes));
  });
});
