import { describe, expect, it } from 'vitest';
import { addCard, createMapDoc, createSnapshotStore } from '../doc';
import { cellKey } from '../model/snapshot';
import { standardTemplate } from '../model/templates';
import { dropCommand } from './drop';
import { BOARD, estimateCardHeight, layoutBoard } from './boardGeometry';

function setup() {
  const doc = createMapDoc(standardTemplate('en', { title: 'Drop', id: 'drop-test' }));
  const store = createSnapshotStore(doc);
  const s0 = store.getSnapshot();
  const lane = s0.lanes.find((l) => l.type === 'needs')!.id;
  const [p0, p1] = [s0.phases[0]!.id, s0.phases[1]!.id];
  const a = addCard(doc, { laneId: lane, phaseId: p0, text: 'A' });
  const b = addCard(doc, { laneId: lane, phaseId: p0, text: 'B' });
  const c = addCard(doc, { laneId: lane, phaseId: p1, text: 'C' });
  const snapshot = store.getSnapshot();
  const layout = layoutBoard({ ...snapshot, cardHeight: estimateCardHeight });
  const middleOf = (id: string) => {
    const box = layout.cards.get(id)!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  return { snapshot, layout, lane, p0, p1, a, b, c, middleOf };
}

describe('dropCommand', () => {
  it('moves a card into another cell at the slot under the pointer', () => {
    const { snapshot, layout, lane, p1, a, c, middleOf } = setup();
    const overC = middleOf(c);
    expect(dropCommand(layout, snapshot, a, { x: overC.x, y: overC.y - 5 }, [a])).toEqual({
      kind: 'moveCards',
      ids: [a],
      laneId: lane,
      phaseId: p1,
      index: 0,
    });
    expect(dropCommand(layout, snapshot, a, { x: overC.x, y: overC.y + 40 }, [a])).toMatchObject({
      index: 1,
    });
  });

  it('reorders within a cell and ignores drops on the card’s own slot', () => {
    const { snapshot, layout, a, b, middleOf } = setup();
    expect(dropCommand(layout, snapshot, a, middleOf(a), [a])).toBeNull();
    const belowB = middleOf(b);
    expect(dropCommand(layout, snapshot, a, { x: belowB.x, y: belowB.y + 10 }, [a])).toMatchObject({
      index: 1,
    });
    expect(
      snapshot.cells.get(cellKey(snapshot.cards.get(a)!.laneId, snapshot.cards.get(a)!.phaseId)),
    ).toHaveLength(2);
  });

  it('moves every dragged card of a multi-selection together', () => {
    const { snapshot, layout, p1, a, b, c, middleOf } = setup();
    const command = dropCommand(layout, snapshot, a, { ...middleOf(c), y: middleOf(c).y + 40 }, [
      a,
      b,
    ]);
    expect(command).toMatchObject({ kind: 'moveCards', ids: [a, b], phaseId: p1, index: 1 });
  });

  it('drops outside the grid to nothing', () => {
    const { snapshot, layout, a } = setup();
    expect(dropCommand(layout, snapshot, a, { x: 10, y: 10 }, [a])).toBeNull();
  });

  it('turns a header drag into a phase or lane move', () => {
    const { snapshot, layout } = setup();
    const first = snapshot.phases[0]!.id;
    const third = layout.columns[2]!;
    expect(
      dropCommand(
        layout,
        snapshot,
        `phase:${first}`,
        { x: third.x + third.width * 0.75, y: 20 },
        [],
      ),
    ).toEqual({
      kind: 'movePhase',
      id: first,
      toIndex: 2,
    });
    expect(
      dropCommand(layout, snapshot, `phase:${first}`, { x: BOARD.laneHeaderWidth + 10, y: 20 }, []),
    ).toBeNull();
    const lane = snapshot.lanes[1]!.id;
    expect(
      dropCommand(layout, snapshot, `lane:${lane}`, { x: 50, y: layout.rows[0]!.y + 2 }, []),
    ).toEqual({
      kind: 'moveLane',
      id: lane,
      toIndex: 0,
    });
  });
});
