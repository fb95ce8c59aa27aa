/**
 * Pointer gestures through React Flow's own drag handling (d3-drag on mouse
 * events), so the board's drop handler runs as in a browser: a card to another
 * cell, a multi-selection, a phase header. Plus what viewers see: links (also to
 * emotion points) and KPI status.
 */
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addCard, linkCards } from '../../doc';
import { boardSettled, cellTexts, nodeById, renderBoard, type BoardHarness } from './testing';

/** The viewport's pan and zoom, to turn board coordinates into client coordinates. */
function viewport(): { x: number; y: number; zoom: number } {
  const style = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec(style);
  if (!m) throw new Error(`unexpected transform ${style}`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

function toClient(board: { x: number; y: number }): { clientX: number; clientY: number } {
  const v = viewport();
  return { clientX: board.x * v.zoom + v.x, clientY: board.y * v.zoom + v.y };
}

/** Where a node is on the board (its transform), plus an offset into it. */
function boardPoint(el: HTMLElement, dx = 10, dy = 10): { x: number; y: number } {
  const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(el.style.transform);
  if (!m) throw new Error('node without a position');
  return { x: Number(m[1]) + dx, y: Number(m[2]) + dy };
}

/** A mouse drag in steps, as a user does it (React Flow starts dragging after 3 px). */
function drag(el: HTMLElement, from: { x: number; y: number }, to: { x: number; y: number }) {
  const start = toClient(from);
  const end = toClient(to);
  fireEvent.mouseDown(el, { button: 0, view: window, ...start });
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    fireEvent.mouseMove(window, {
      view: window,
      buttons: 1,
      clientX: start.clientX + ((end.clientX - start.clientX) * i) / steps,
      clientY: start.clientY + ((end.clientY - start.clientY) * i) / steps,
    });
  }
  fireEvent.mouseUp(window, { view: window, ...end });
}

function needsCards(h: BoardHarness, ...texts: string[]): string[] {
  const lane = h.laneIdOfType('needs');
  return texts.map((text) => addCard(h.session.doc, { laneId: lane, phaseId: h.phaseId(0), text }));
}

describe('board: pointer drags', () => {
  it('drags a card into another cell: one move, written at the drop', async () => {
    const h = renderBoard();
    const [id] = needsCards(h, 'Moving');
    const fears = h.laneIdOfType('fears');
    const card = await waitFor(() => nodeById(id!));
    const target = nodeById(`cell:${fears}:${h.phaseId(2)}`);
    let writes = 0;
    const off = h.session.store.subscribe(() => writes++);
    drag(card, boardPoint(card), boardPoint(target, 40, 30));
    off();
    expect(cellTexts(h, fears, h.phaseId(2))).toEqual(['Moving']);
    expect(cellTexts(h, h.laneIdOfType('needs'), h.phaseId(0))).toEqual([]);
    expect(writes).toBe(1);
    act(() => void h.session.undo.undo());
    expect(cellTexts(h, h.laneIdOfType('needs'), h.phaseId(0))).toEqual(['Moving']);
  });

  it('drags a card within its cell to another position', async () => {
    const h = renderBoard();
    const [a] = needsCards(h, 'A', 'B', 'C');
    const lane = h.laneIdOfType('needs');
    const nodeA = await waitFor(() => nodeById(a!));
    const cell = nodeById(`cell:${lane}:${h.phaseId(0)}`);
    // below the last card of the cell
    const bottom = boardPoint(cell, 40, Number.parseFloat(cell.style.height) - 20);
    drag(nodeA, boardPoint(nodeA), bottom);
    expect(cellTexts(h, lane, h.phaseId(0))).toEqual(['B', 'C', 'A']);
  });

  it('moves a Shift+click multi-selection together', async () => {
    const h = renderBoard();
    const [a, b] = needsCards(h, 'One', 'Two');
    const nodeA = await waitFor(() => nodeById(a!));
    fireEvent.click(nodeA);
    fireEvent.keyDown(document, { key: 'Shift', shiftKey: true });
    fireEvent.click(nodeById(b!), { shiftKey: true });
    fireEvent.keyUp(document, { key: 'Shift' });
    expect(h.ui.getState().selectedCardIds).toEqual([a, b]);
    const target = h.laneIdOfType('goals');
    await waitFor(() => expect(nodeById(b!).classList.contains('selected')).toBe(true));
    drag(
      nodeById(a!),
      boardPoint(nodeById(a!)),
      boardPoint(nodeById(`cell:${target}:${h.phaseId(1)}`), 40, 30),
    );
    expect(cellTexts(h, target, h.phaseId(1))).toEqual(['One', 'Two']);
    act(() => void h.session.undo.undo());
    expect(cellTexts(h, h.laneIdOfType('needs'), h.phaseId(0))).toEqual(['One', 'Two']);
  });

  it('reorders a phase by dragging its header', async () => {
    const h = renderBoard();
    await boardSettled();
    const [first, second, third] = h.snapshot().phases;
    const header = nodeById(`phase:${first!.id}`);
    // past the middle of the third column
    const to = boardPoint(nodeById(`phase:${third!.id}`), 200, 20);
    drag(header, boardPoint(header, 30, 20), to);
    expect(
      h
        .snapshot()
        .phases.slice(0, 3)
        .map((p) => p.id),
    ).toEqual([second!.id, third!.id, first!.id]);
    act(() => void h.session.undo.undo());
    expect(h.snapshot().phases[0]!.id).toBe(first!.id);
  });
});

describe('board: what viewers see', () => {
  it("draws a selected card's links, also to emotion points, for a view-only session", async () => {
    const h = renderBoard({ readOnly: true });
    const touch = addCard(h.session.doc, {
      laneId: h.laneIdOfType('touchpoints'),
      phaseId: h.phaseId(1),
      text: 'Hotline',
    });
    const system = addCard(h.session.doc, {
      laneId: h.laneIdOfType('itSystems'),
      phaseId: h.phaseId(1),
      text: 'CRM',
    });
    const mood = addCard(h.session.doc, {
      laneId: h.laneIdOfType('emotions'),
      phaseId: h.phaseId(1),
      text: 'Annoyed',
      score: -2,
    });
    linkCards(h.session.doc, touch, system);
    linkCards(h.session.doc, mood, touch);
    const node = await waitFor(() => nodeById(touch));
    // the handles are there (edges need them) but cannot start a link
    const handles = node.querySelectorAll('.react-flow__handle');
    expect(handles).toHaveLength(2);
    for (const handle of handles) expect(handle.classList.contains('connectable')).toBe(false);
    // links show for the selected card only, so none crosses the whole map
    expect(document.querySelector('.react-flow__edge')).toBeNull();
    act(() => h.ui.getState().selectCards([touch]));
    await waitFor(() => {
      expect(document.querySelector(`[data-id="link:${touch}:${system}"]`)).not.toBeNull();
      expect(document.querySelector(`[data-id="link:${mood}:${touch}"]`)).not.toBeNull();
    });
  });

  it('shows a KPI without measurements as not measured', async () => {
    const h = renderBoard();
    const id = addCard(h.session.doc, {
      laneId: h.laneIdOfType('kpis'),
      phaseId: h.phaseId(0),
      text: 'First contact resolution',
      kpi: { unit: '%', direction: 'higherIsBetter', target: { value: 80 } },
    });
    const node = await waitFor(() => nodeById(id));
    expect(within(node).getByText('Status: not measured')).toBeTruthy();
    expect(node.querySelector('[data-status]')?.getAttribute('data-status')).toBe('not-measured');
    // baseline and latest are missing, the target shows
    expect(node.querySelector('.jb-kpi__figures')?.textContent).toBe('–→–→80\u202f%');
    expect(node.querySelector('.jb-sparkline')).toBeNull();
  });
});
