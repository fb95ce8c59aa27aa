/**
 * Focus and selection on the board: Shift+click adds to the selection (the focus
 * a press gives must not replace it), and keyboard focus follows to nodes out of
 * view — React Flow does not render those, so the board pans to them first.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addCard } from '../../doc';
import { cellKey } from '../../model/snapshot';
import { cellTexts, nodeById, pressKey, renderBoard, type BoardHarness } from './testing';

/** Presses on a node as a mouse does: pointerdown, the focus it gives, then the click. */
function press(el: HTMLElement, init: { shiftKey?: boolean } = {}): void {
  fireEvent.pointerDown(el, { button: 0, pointerId: 1, ...init });
  // d3-drag (React Flow's node drag) reads the event's view
  fireEvent.mouseDown(el, { button: 0, view: window, ...init });
  act(() => el.focus());
  fireEvent.pointerUp(el, { button: 0, pointerId: 1, ...init });
  fireEvent.mouseUp(el, { button: 0, view: window, ...init });
  fireEvent.click(el, { button: 0, ...init });
}

function viewportTransform(): string {
  return document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
}

const rendered = (id: string) =>
  document.querySelector(`.react-flow__node[data-id="${id}"]`) !== null;

/** A small pane: the board opens at a readable zoom, top left, most of it out of view. */
const SMALL = { width: 640, height: 420 };

function cardsInNeeds(h: BoardHarness): { first: string; last: string; lane: string } {
  const lane = h.laneIdOfType('needs');
  const phases = h.snapshot().phases;
  const first = addCard(h.session.doc, { laneId: lane, phaseId: phases[0]!.id, text: 'First' });
  const last = addCard(h.session.doc, {
    laneId: lane,
    phaseId: phases[phases.length - 1]!.id,
    text: 'Far away',
  });
  return { first, last, lane };
}

describe('board: selection by pointer', () => {
  it('Shift+click adds a card to the selection instead of replacing it', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    const a = addCard(h.session.doc, { laneId: lane, phaseId: h.phaseId(0), text: 'A' });
    const b = addCard(h.session.doc, { laneId: lane, phaseId: h.phaseId(1), text: 'B' });
    const nodeA = await waitFor(() => nodeById(a));
    press(nodeA);
    expect(h.ui.getState().selectedCardIds).toEqual([a]);
    fireEvent.keyDown(document, { key: 'Shift', shiftKey: true });
    press(nodeById(b), { shiftKey: true });
    fireEvent.keyUp(document, { key: 'Shift' });
    expect(h.ui.getState().selectedCardIds).toEqual([a, b]);
    await waitFor(() => expect(nodeById(b).classList.contains('selected')).toBe(true));
    expect(nodeById(a).classList.contains('selected')).toBe(true);
  });

  it('Shift+click on an emotion point adds it to the selection', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('emotions');
    const note = addCard(h.session.doc, {
      laneId: h.laneIdOfType('needs'),
      phaseId: h.phaseId(0),
      text: 'Note',
    });
    addCard(h.session.doc, { laneId: lane, phaseId: h.phaseId(1), text: 'Happy', score: 2 });
    press(await waitFor(() => nodeById(note)));
    const point = await screen.findByRole('slider', { name: /^Emotion: Happy/ });
    press(point, { shiftKey: true });
    expect(h.ui.getState().selectedCardIds).toHaveLength(2);
  });

  it('keyboard focus on a card still selects it', async () => {
    const h = renderBoard();
    const id = addCard(h.session.doc, {
      laneId: h.laneIdOfType('needs'),
      phaseId: h.phaseId(0),
      text: 'Tabbed to',
    });
    const node = await waitFor(() => nodeById(id));
    act(() => node.focus());
    expect(h.ui.getState().selectedCardIds).toEqual([id]);
  });
});

describe('board: keyboard focus out of view', () => {
  it('an arrow key to a card out of view pans there and focuses it', async () => {
    const h = renderBoard({ pane: SMALL });
    const { first, last } = cardsInNeeds(h);
    const start = await waitFor(() => nodeById(first));
    expect(rendered(last)).toBe(false);
    const before = viewportTransform();
    act(() => start.focus());
    // the neighbour in the same lane is the next card to the right: the last phase
    pressKey(start, 'ArrowRight');
    await waitFor(() => expect(document.activeElement).toBe(nodeById(last)));
    expect(viewportTransform()).not.toBe(before);
    expect(h.ui.getState().selectedCardIds).toEqual([last]);
    // and back: the first card is out of view now
    expect(rendered(first)).toBe(false);
    pressKey(nodeById(last), 'ArrowLeft');
    await waitFor(() => expect(document.activeElement).toBe(nodeById(first)));
  });

  it('Ctrl+Arrow follows the moved card out of view', async () => {
    const h = renderBoard({ pane: SMALL });
    const { first, lane } = cardsInNeeds(h);
    const node = await waitFor(() => nodeById(first));
    act(() => node.focus());
    const phases = h.snapshot().phases;
    for (let i = 1; i < phases.length; i++) {
      pressKey(document.activeElement!, 'ArrowRight', { ctrlKey: true });
      await waitFor(() => expect(cellTexts(h, lane, phases[i]!.id)).toContain('First'));
      await waitFor(() => expect(document.activeElement).toBe(nodeById(first)));
    }
    expect(cellTexts(h, lane, phases[phases.length - 1]!.id)).toEqual(['Far away', 'First']);
  });

  it('a new card added and finished from the keyboard takes the focus', async () => {
    const h = renderBoard({ pane: SMALL });
    const lane = h.laneIdOfType('needs');
    const cell = nodeById(`cell:${lane}:${h.phaseId(0)}`);
    act(() => cell.focus());
    pressKey(cell, 'n');
    const editor = await screen.findByRole('textbox', { name: 'Card text' });
    fireEvent.change(editor, { target: { value: 'Typed by keyboard' } });
    pressKey(editor, 'Enter', { ctrlKey: true });
    const id = h.snapshot().cells.get(cellKey(lane, h.phaseId(0)))?.[0]?.id;
    expect(id).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(nodeById(id!)));
  });

  it('arrow keys walk from cell to cell and along the headers, out of view too', async () => {
    const h = renderBoard({ pane: SMALL });
    const { lanes, phases } = h.snapshot();
    const cell = (lane: number, phase: number) => `cell:${lanes[lane]!.id}:${phases[phase]!.id}`;
    act(() => nodeById(cell(0, 0)).focus());
    pressKey(document.activeElement!, 'ArrowDown');
    await waitFor(() => expect(document.activeElement).toBe(nodeById(cell(1, 0))));
    expect(h.ui.getState().selectedCell).toEqual({
      laneId: lanes[1]!.id,
      phaseId: phases[0]!.id,
    });
    for (let i = 1; i < phases.length; i++) {
      pressKey(document.activeElement!, 'ArrowRight');
      await waitFor(() => expect(document.activeElement).toBe(nodeById(cell(1, i))));
    }
    expect(rendered(cell(1, 0))).toBe(false);
    const header = `phase:${phases[phases.length - 1]!.id}`;
    act(() => nodeById(header).focus());
    pressKey(nodeById(header), 'ArrowLeft');
    await waitFor(() =>
      expect(document.activeElement).toBe(nodeById(`phase:${phases[phases.length - 2]!.id}`)),
    );
  });

  it('Tab goes on in reading order past the edge of the view, Shift+Tab back', async () => {
    const h = renderBoard({ pane: SMALL });
    const { first, last, lane } = cardsInNeeds(h);
    const phases = h.snapshot().phases;
    const start = await waitFor(() => nodeById(first));
    act(() => start.focus());
    expect(rendered(last)).toBe(false);
    // after the first card come the lane's other cells, then the far card in the last one
    for (let i = 1; i < phases.length; i++) {
      pressKey(document.activeElement!, 'Tab');
      await waitFor(() =>
        expect(document.activeElement).toBe(nodeById(`cell:${lane}:${phases[i]!.id}`)),
      );
    }
    pressKey(document.activeElement!, 'Tab');
    await waitFor(() => expect(document.activeElement).toBe(nodeById(last)));
    pressKey(document.activeElement!, 'Tab', { shiftKey: true });
    await waitFor(() =>
      expect(document.activeElement).toBe(nodeById(`cell:${lane}:${phases.at(-1)!.id}`)),
    );
  });
});
