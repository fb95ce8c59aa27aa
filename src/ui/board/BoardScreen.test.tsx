import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addCard, REMOTE_ORIGIN, setCardText, type NewCard } from '../../doc';
import { testKpi } from '../../model/kpi.testkit';
import { cellTexts, nodeById, pressKey as key, renderBoard, type BoardHarness } from './testing';

const cellCards = cellTexts;

/** Adds a card through the document to the cell of `laneId` and the phase at `phase`. */
function addTo(
  h: BoardHarness,
  laneId: string,
  phase: number,
  text: string,
  fields: Omit<NewCard, 'laneId' | 'phaseId' | 'text'> = {},
): string {
  return addCard(h.session.doc, { laneId, phaseId: h.phaseId(phase), text, ...fields });
}

describe('board: cards', () => {
  it('adds a card with N on a focused cell; adding and typing it are one undo step', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('painPoints');
    const phase = h.phaseId(1);
    const phaseName = h.snapshot().phases[1]!.name;
    const target = nodeById(`cell:${lane}:${phase}`);
    expect(target.getAttribute('aria-label')).toBe(
      `Cell: lane Pain points, phase ${phaseName}, 0 cards`,
    );
    act(() => target.focus());
    key(target, 'n');
    const editor = await screen.findByRole('textbox', { name: 'Card text' });
    // an open, empty editor is no card yet
    expect(cellCards(h, lane, phase)).toEqual([]);
    fireEvent.change(editor, { target: { value: 'Slow upload\non mobile' } });
    key(editor, 'Enter', { ctrlKey: true });
    expect(cellCards(h, lane, phase)).toEqual(['Slow upload\non mobile']);
    await screen.findByRole('group', {
      name: `Card: Slow upload\non mobile, lane Pain points, phase ${phaseName}`,
    });
    expect(screen.queryByRole('textbox', { name: 'Card text' })).toBeNull();
    // adding and writing it was one step: one undo removes the card
    key(document.body, 'z', { ctrlKey: true });
    expect(cellCards(h, lane, phase)).toEqual([]);
  });

  it('adds cards by double-clicking a cell and by its + button; an empty draft adds nothing', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    const phase = h.phaseId(0);
    fireEvent.doubleClick(nodeById(`cell:${lane}:${phase}`).querySelector('.jb-cell')!);
    const editor = await screen.findByRole('textbox', { name: 'Card text' });
    fireEvent.blur(editor, { target: { value: 'first' } });
    expect(cellCards(h, lane, phase)).toEqual(['first']);
    const phaseName = h.snapshot().phases[0]!.name;
    // a cell's add button mounts right after the board's first paint (canvas/afterPaint.ts)
    const add = await screen.findByRole('button', {
      name: `Add card to lane User needs, phase ${phaseName}`,
    });
    fireEvent.click(add);
    const second = await screen.findByRole('textbox', { name: 'Card text' });
    key(second, 'Escape');
    expect(cellCards(h, lane, phase)).toEqual(['first']);
    fireEvent.click(add);
    const third = await screen.findByRole('textbox', { name: 'Card text' });
    fireEvent.change(third, { target: { value: 'second' } });
    key(third, 'Enter', { ctrlKey: true });
    expect(cellCards(h, lane, phase)).toEqual(['first', 'second']);
  });

  it('adds a card after the selected card with N', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    const phase = h.phaseId(0);
    const a = addCard(h.session.doc, { laneId: lane, phaseId: phase, text: 'A' });
    addCard(h.session.doc, { laneId: lane, phaseId: phase, text: 'C' });
    const node = await waitFor(() => nodeById(a));
    act(() => node.focus());
    key(node, 'n');
    const editor = await screen.findByRole('textbox', { name: 'Card text' });
    fireEvent.change(editor, { target: { value: 'B' } });
    fireEvent.blur(editor);
    expect(cellCards(h, lane, phase)).toEqual(['A', 'B', 'C']);
  });

  it('edits an existing card with Enter and commits on blur', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('touchpoints');
    const id = addTo(h, lane, 2, 'Old text', { channel: 'phone', ownerTeam: 'Service' });
    const node = await waitFor(() => nodeById(id));
    expect(within(node).getByRole('img', { name: 'Channel: Phone' })).toBeTruthy();
    expect(within(node).getByText('Owner: Service')).toBeTruthy();
    act(() => node.focus());
    key(node, 'Enter');
    const editor = await screen.findByRole('textbox', { name: 'Card text' });
    fireEvent.change(editor, { target: { value: 'New text' } });
    fireEvent.blur(editor);
    expect(h.snapshot().cards.get(id)?.text).toBe('New text');
  });

  it('moves a card with Ctrl+Arrow to the neighbour phase and within its cell', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    const [p0, p1] = [h.phaseId(0), h.phaseId(1)];
    const a = addCard(h.session.doc, { laneId: lane, phaseId: p0, text: 'A' });
    addCard(h.session.doc, { laneId: lane, phaseId: p1, text: 'B' });
    const node = await waitFor(() => nodeById(a));
    act(() => node.focus());
    key(node, 'ArrowRight', { ctrlKey: true });
    expect(cellCards(h, lane, p0)).toEqual([]);
    expect(cellCards(h, lane, p1)).toEqual(['B', 'A']);
    key(document.body, 'ArrowUp', { ctrlKey: true });
    expect(cellCards(h, lane, p1)).toEqual(['A', 'B']);
  });

  it('deletes the selected card with Delete and restores it from the deleted items menu', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    const id = addCard(h.session.doc, { laneId: lane, phaseId: h.phaseId(0), text: 'Gone soon' });
    const node = await waitFor(() => nodeById(id));
    act(() => node.focus());
    key(node, 'Delete');
    expect(h.snapshot().cards.has(id)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: /^Deleted items/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore card Gone soon' }));
    expect(h.snapshot().cards.get(id)?.deleted).toBe(false);
  });
});

describe('board: typed lanes', () => {
  it('drags an emotion point to change its score, written once at pointer-up', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('emotions');
    const id = addTo(h, lane, 3, 'Relieved', { score: 0 });
    const point = await screen.findByRole('slider', { name: /^Emotion: Relieved/ });
    expect(point.getAttribute('aria-valuenow')).toBe('0');
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = Number(/scale\(([^)]+)\)/.exec(viewport.style.transform)?.[1] ?? '1');
    // one score step is a sixth of the row's inner height (240 − 2 × 36), on screen times the zoom
    const step = ((240 - 72) / 6) * zoom;
    let writes = 0;
    const off = h.session.store.subscribe(() => writes++);
    fireEvent.pointerDown(point, { clientY: 300, button: 0, pointerId: 1 });
    fireEvent.pointerMove(point, { clientY: 300 - step, pointerId: 1 });
    fireEvent.pointerMove(point, { clientY: 300 - 2 * step, pointerId: 1 });
    expect(writes).toBe(0);
    expect(point.getAttribute('aria-valuenow')).toBe('2');
    fireEvent.pointerUp(point, { clientY: 300 - 2 * step, pointerId: 1 });
    off();
    expect(h.snapshot().cards.get(id)?.score).toBe(2);
    expect(writes).toBe(1);
    // keyboard: arrow down lowers the score by one
    key(point, 'ArrowDown');
    expect(h.snapshot().cards.get(id)?.score).toBe(1);
  });

  it('shows KPI figures and the status from the data', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('kpis');
    const onTarget = addTo(h, lane, 0, 'NPS', {
      kpi: {
        direction: 'higherIsBetter',
        baseline: { value: 20, date: '2026-01-01' },
        target: { value: 40 },
        measurements: [{ value: 45, date: '2026-06-01' }],
      },
    });
    const offTarget = addTo(h, lane, 1, 'Handling time', {
      kpi: testKpi('lowerIsBetter', 's', [300, '2026-01-01'], 120),
    });
    const a = await waitFor(() => nodeById(onTarget));
    expect(within(a).getByText('Status: on target')).toBeTruthy();
    expect(a.querySelector('[data-status]')?.getAttribute('data-status')).toBe('on-target');
    expect(a.querySelector('.jb-sparkline')).not.toBeNull();
    const b = nodeById(offTarget);
    expect(within(b).getByText('Status: off target')).toBeTruthy();
    expect(b.textContent).toContain('300');
  });
});

describe('board: structure and undo', () => {
  it('reorders a phase with Alt+Arrow on its header and with the header button', async () => {
    const h = renderBoard();
    const [first, second] = h.snapshot().phases;
    const header = nodeById(`phase:${first!.id}`);
    act(() => header.focus());
    key(header, 'ArrowRight', { altKey: true });
    expect(
      h
        .snapshot()
        .phases.map((p) => p.id)
        .slice(0, 2),
    ).toEqual([second!.id, first!.id]);
    // the header's tools mount right after the board's first paint (canvas/afterPaint.ts)
    fireEvent.click(await screen.findByRole('button', { name: `Move left: ${first!.name}` }));
    expect(h.snapshot().phases[0]!.id).toBe(first!.id);
  });

  it('renames and deletes a phase from the keyboard, and restores it', async () => {
    const h = renderBoard();
    const phase = h.snapshot().phases[2]!;
    const header = nodeById(`phase:${phase.id}`);
    act(() => header.focus());
    key(header, 'F2');
    const input = await screen.findByRole('textbox', { name: 'Name' });
    fireEvent.change(input, { target: { value: 'Checkout' } });
    key(input, 'Enter');
    expect(h.snapshot().phases[2]!.name).toBe('Checkout');
    const renamed = nodeById(`phase:${phase.id}`);
    act(() => renamed.focus());
    key(renamed, 'Delete');
    expect(h.snapshot().phases.some((p) => p.id === phase.id)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: /^Deleted items/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore phase Checkout' }));
    expect(h.snapshot().phases[2]!.id).toBe(phase.id);
  });

  it('adds a lane of a chosen type', async () => {
    const h = renderBoard();
    const before = h.snapshot().lanes.length;
    fireEvent.click(screen.getByRole('button', { name: 'Add lane' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Lane type' }), {
      target: { value: 'backstage' },
    });
    fireEvent.submit(screen.getByRole('combobox', { name: 'Lane type' }).closest('form')!);
    const lanes = h.snapshot().lanes;
    expect(lanes).toHaveLength(before + 1);
    expect(lanes[lanes.length - 1]).toMatchObject({
      type: 'backstage',
      name: 'Backstage processes',
    });
  });

  it('undoes and redoes only the local user’s own edits', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    const id = addCard(h.session.doc, { laneId: lane, phaseId: h.phaseId(0), text: 'mine' });
    // an edit that arrives from a peer: not in the local undo history
    act(() =>
      h.session.doc.transact(
        () => setCardText(h.session.doc, id, 'mine, edited by a peer'),
        REMOTE_ORIGIN,
      ),
    );
    const other = addCard(h.session.doc, { laneId: lane, phaseId: h.phaseId(1), text: 'second' });
    key(document.body, 'z', { ctrlKey: true });
    expect(h.snapshot().cards.has(other)).toBe(false);
    expect(h.snapshot().cards.get(id)?.text).toBe('mine, edited by a peer');
    key(document.body, 'z', { ctrlKey: true, shiftKey: true });
    expect(h.snapshot().cards.has(other)).toBe(true);
    key(document.body, 'z', { ctrlKey: true });
    expect(h.snapshot().cards.has(other)).toBe(false);
    key(document.body, 'y', { ctrlKey: true });
    expect(h.snapshot().cards.has(other)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(h.snapshot().cards.has(other)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(h.snapshot().cards.has(other)).toBe(true);
  });

  it('hides editing in read-only mode', async () => {
    const h = renderBoard({ readOnly: true });
    const lane = h.laneIdOfType('needs');
    const phase = h.phaseId(0);
    expect(screen.queryByRole('button', { name: 'Add lane' })).toBeNull();
    // after the first paint, when an editor's board gets its cells' add buttons
    // (the minimap mounts at the same moment)
    await waitFor(() => expect(document.querySelector('.jb-overview')).not.toBeNull());
    expect(screen.queryByRole('button', { name: /^Add card to lane/ })).toBeNull();
    const cell = nodeById(`cell:${lane}:${phase}`);
    act(() => cell.focus());
    key(cell, 'n');
    fireEvent.doubleClick(cell.querySelector('.jb-cell')!);
    expect(cellCards(h, lane, phase)).toEqual([]);
  });

  it('shows the shortcuts dialog with ? and speaks German', async () => {
    renderBoard({ language: 'de' });
    key(document.body, '?');
    const dialog = await screen.findByRole('dialog', { name: 'Tastenkürzel' }, { timeout: 10_000 });
    expect(within(dialog).getByText('Gewählte Karten löschen')).toBeTruthy();
    key(dialog, 'Escape');
    expect(screen.queryByRole('dialog', { name: 'Tastenkürzel' })).toBeNull();
  });
});
