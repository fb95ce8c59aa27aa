import { describe, expect, it } from 'vitest';
import { addCard, createMapDoc, createSnapshotStore, setCardText } from '../doc';
import { standardTemplate } from '../model/templates';
import { translator } from '../i18n';
import { NodeCache, type BoardNode } from './deriveNodes';
import { estimateCardHeight, layoutBoard } from './boardGeometry';
import { canvasMessages } from './messages';

const t = translator(canvasMessages, 'en');

function derive(
  cache: NodeCache,
  snapshot: ReturnType<ReturnType<typeof createSnapshotStore>['getSnapshot']>,
  selected: string[] = [],
  compact = false,
) {
  const layout = layoutBoard({ ...snapshot, cardHeight: estimateCardHeight });
  return cache.deriveNodes({
    snapshot,
    layout,
    selected: new Set(selected),
    readOnly: false,
    compact,
    t,
  });
}

describe('NodeCache', () => {
  it('keeps the identity of every node whose content did not change', () => {
    const doc = createMapDoc(standardTemplate('en', { title: 'Nodes', id: 'nodes-test' }));
    const store = createSnapshotStore(doc);
    const s = store.getSnapshot();
    const lane = s.lanes.find((l) => l.type === 'needs')!;
    const ids = s.phases.map((p, i) =>
      addCard(doc, { laneId: lane.id, phaseId: p.id, text: `card ${i}` }),
    );
    const cache = new NodeCache();
    const before = derive(cache, store.getSnapshot());
    setCardText(doc, ids[3]!, 'card 3 edited');
    const after = derive(cache, store.getSnapshot());

    const byId = (nodes: BoardNode[]) => new Map(nodes.map((n) => [n.id, n]));
    const [b, a] = [byId(before), byId(after)];
    const changed = [...a.keys()].filter((id) => a.get(id) !== b.get(id));
    expect(changed).toEqual([ids[3]]);
    expect(a.get(ids[3]!)?.ariaLabel).toBe(
      `Card: card 3 edited, lane ${lane.name}, phase ${s.phases[3]!.name}`,
    );
  });

  it('re-creates a card node when its selection changes, and only that one', () => {
    const doc = createMapDoc(standardTemplate('de', { title: 'Nodes', id: 'nodes-test-2' }));
    const store = createSnapshotStore(doc);
    const s = store.getSnapshot();
    const lane = s.lanes[0]!;
    const x = addCard(doc, { laneId: lane.id, phaseId: s.phases[0]!.id, text: 'x' });
    const y = addCard(doc, { laneId: lane.id, phaseId: s.phases[0]!.id, text: 'y' });
    const cache = new NodeCache();
    const first = derive(cache, store.getSnapshot());
    const second = derive(cache, store.getSnapshot(), [y]);
    const changed = second.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(changed).toEqual([y]);
    expect(second.find((n) => n.id === y)?.selected).toBe(true);
    expect(second.find((n) => n.id === x)?.selected).toBe(false);
  });

  it('draws cards as bars in their cells when zoomed far out', () => {
    const doc = createMapDoc(standardTemplate('en', { title: 'Nodes', id: 'nodes-test-3' }));
    const store = createSnapshotStore(doc);
    const s = store.getSnapshot();
    const lane = s.lanes.find((l) => l.type === 'needs')!;
    const phase = s.phases[0]!;
    const id = addCard(doc, { laneId: lane.id, phaseId: phase.id, text: 'x' });
    const cache = new NodeCache();
    const compact = derive(cache, store.getSnapshot(), [], true);
    expect(compact.some((n) => n.id === id)).toBe(false);
    const cell = compact.find((n) => n.id === `cell:${lane.id}:${phase.id}`);
    expect(cell?.type === 'cell' && cell.data.bars).toHaveLength(1);
    const full = derive(cache, store.getSnapshot(), [], false);
    expect(full.some((n) => n.id === id)).toBe(true);
  });
});
