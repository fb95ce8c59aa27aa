/**
 * The shortcuts' code is its own chunk, requested when the board mounts
 * (useShortcuts.ts, issue 18). A key pressed before it arrives is held and handled
 * once it is in — never lost; typing and Tab are not held.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeById, pressKey, renderBoard } from './testing';
import { boardKeysLoaded, forgetBoardKeys } from './useShortcuts';

describe('a key pressed before the shortcuts chunk is in', () => {
  // testing.tsx loads the chunk; each test starts as a first visit's board does
  beforeEach(() => forgetBoardKeys());

  it('is handled once the chunk arrives', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    act(() => h.ui.getState().selectCell({ laneId: lane, phaseId: h.phaseId(0) }));
    const cell = nodeById(`cell:${lane}:${h.phaseId(0)}`);
    act(() => cell.focus());
    expect(boardKeysLoaded()).toBe(false);
    pressKey(cell, 'n');
    expect(h.ui.getState().draft).toBeNull();
    await waitFor(() => expect(h.ui.getState().draft).not.toBeNull());
    expect(boardKeysLoaded()).toBe(true);
  });

  it('is not held while the user types in a field', async () => {
    renderBoard();
    const field = document.createElement('input');
    document.body.append(field);
    try {
      expect(boardKeysLoaded()).toBe(false);
      pressKey(field, '?');
      await waitFor(() => expect(boardKeysLoaded()).toBe(true));
      await act(async () => {});
      expect(screen.queryByRole('dialog')).toBeNull();
      // the same key on the page opens the shortcuts list (the test can fail)
      pressKey(document.body, '?');
      expect(await screen.findByRole('dialog', {}, { timeout: 5000 })).toBeTruthy();
    } finally {
      field.remove();
    }
  });

  it('holds only keys the board can use: not Enter on a toolbar button, not a browser shortcut', () => {
    renderBoard();
    const button = screen.getAllByRole('button')[0]!;
    expect(boardKeysLoaded()).toBe(false);
    // fireEvent answers false when the default was prevented (the key held)
    expect(fireEvent.keyDown(button, { key: 'Enter', bubbles: true, cancelable: true })).toBe(true);
    expect(
      fireEvent.keyDown(document.body, {
        key: 'c',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      }),
    ).toBe(true);
    // a board key on the page is held (the test can fail)
    expect(fireEvent.keyDown(document.body, { key: 'f', bubbles: true, cancelable: true })).toBe(
      false,
    );
  });
});
