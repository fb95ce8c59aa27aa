/**
 * Typing on the board is never only in the editor for long: it reaches the
 * document shortly after the keystroke (a reload or crash loses no more), while
 * one editing session — open the editor, close it — stays ONE undo step.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addCard, REMOTE_ORIGIN, setCardText } from '../../doc';
import { deliver, peerOf } from '../../doc/testing/peers';
import { cellTexts, nodeById, pressKey, renderBoard, type BoardHarness } from './testing';

async function editorOf(): Promise<HTMLTextAreaElement> {
  return (await screen.findByRole('textbox', { name: 'Card text' })) as HTMLTextAreaElement;
}

function type(editor: HTMLTextAreaElement, value: string): void {
  fireEvent.change(editor, { target: { value } });
}

async function openEditorOn(h: BoardHarness, text: string): Promise<string> {
  const id = addCard(h.session.doc, {
    laneId: h.laneIdOfType('needs'),
    phaseId: h.phaseId(0),
    text,
  });
  const node = await waitFor(() => nodeById(id));
  act(() => node.focus());
  pressKey(node, 'Enter');
  return id;
}

describe('board: typing reaches the document while the editor is open', () => {
  it('an existing card: written without blur, the whole session is one undo step', async () => {
    const h = renderBoard();
    const id = await openEditorOn(h, 'Old');
    const editor = await editorOf();
    type(editor, 'Old, n');
    await waitFor(() => expect(h.snapshot().cards.get(id)?.text).toBe('Old, n'));
    type(editor, 'Old, new text');
    await waitFor(() => expect(h.snapshot().cards.get(id)?.text).toBe('Old, new text'));
    // still the same editor, still focused
    expect(document.activeElement).toBe(editor);
    type(editor, 'Old, new text!');
    pressKey(editor, 'Enter', { ctrlKey: true });
    expect(h.snapshot().cards.get(id)?.text).toBe('Old, new text!');
    pressKey(document.body, 'z', { ctrlKey: true });
    expect(h.snapshot().cards.get(id)?.text).toBe('Old');
    pressKey(document.body, 'y', { ctrlKey: true });
    expect(h.snapshot().cards.get(id)?.text).toBe('Old, new text!');
  });

  it('Escape closes the editor and keeps the text, as on a whiteboard', async () => {
    const h = renderBoard();
    const id = await openEditorOn(h, 'Draft');
    type(await editorOf(), 'Draft, kept');
    pressKey(await editorOf(), 'Escape');
    expect(screen.queryByRole('textbox', { name: 'Card text' })).toBeNull();
    expect(h.snapshot().cards.get(id)?.text).toBe('Draft, kept');
    expect(document.activeElement).toBe(nodeById(id));
  });

  it('a new card enters the document with its first text; adding and typing are one step', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('painPoints');
    const phase = h.phaseId(2);
    fireEvent.doubleClick(nodeById(`cell:${lane}:${phase}`).querySelector('.jb-cell')!);
    const editor = await editorOf();
    type(editor, 'Slow');
    await waitFor(() => expect(cellTexts(h, lane, phase)).toEqual(['Slow']));
    type(editor, 'Slow upload');
    await waitFor(() => expect(cellTexts(h, lane, phase)).toEqual(['Slow upload']));
    expect(document.activeElement).toBe(editor);
    pressKey(editor, 'Enter', { ctrlKey: true });
    pressKey(document.body, 'z', { ctrlKey: true });
    expect(cellTexts(h, lane, phase)).toEqual([]);
    expect(h.session.undo.canUndo()).toBe(false);
  });

  it('a new card typed and then emptied leaves nothing, not even an undo step', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    const phase = h.phaseId(1);
    fireEvent.doubleClick(nodeById(`cell:${lane}:${phase}`).querySelector('.jb-cell')!);
    const editor = await editorOf();
    type(editor, 'Oops');
    await waitFor(() => expect(cellTexts(h, lane, phase)).toEqual(['Oops']));
    type(editor, '');
    fireEvent.blur(editor);
    expect(cellTexts(h, lane, phase)).toEqual([]);
    expect(h.session.undo.canUndo()).toBe(false);
    expect(h.session.undo.canRedo()).toBe(false);
  });

  it('keeps a peer’s edit of the same card while typing', async () => {
    const h = renderBoard();
    const id = await openEditorOn(h, 'Call centre');
    const editor = await editorOf();
    act(() =>
      h.session.doc.transact(
        () => setCardText(h.session.doc, id, 'Call centre (Berlin)'),
        REMOTE_ORIGIN,
      ),
    );
    // nothing typed yet: the editor shows the peer's text
    await waitFor(() => expect(editor.value).toBe('Call centre (Berlin)'));
    // a peer holding the same text edits the card while the user types (each
    // keystroke is written at once: the peer's edit is concurrent, not pending)
    const peer = peerOf(h.session.doc);
    setCardText(peer, id, 'Call centre (Berlin), 9–5');
    type(editor, 'The call centre (Berlin)');
    act(() => deliver(peer, h.session.doc, REMOTE_ORIGIN));
    await waitFor(() =>
      expect(h.snapshot().cards.get(id)?.text).toBe('The call centre (Berlin), 9–5'),
    );
    expect(editor.value).toBe('The call centre (Berlin), 9–5');
  });

  it('saves the text when the card leaves the view while it is being edited', async () => {
    const h = renderBoard();
    const id = await openEditorOn(h, 'Zoom');
    type(await editorOf(), 'Zoomed out while typing');
    // zoomed far out, cards are bars in their cells: the card node (and its editor) goes away
    const zoomOut = screen.getByRole('button', { name: 'Zoom out' });
    for (let i = 0; i < 12; i++) fireEvent.click(zoomOut);
    // gone at once, before the typing delay: the editor saved its text on the way out
    expect(document.querySelector(`[data-id="${id}"]`)).toBeNull();
    expect(h.snapshot().cards.get(id)?.text).toBe('Zoomed out while typing');
    await waitFor(() => expect(h.ui.getState().editingCardId).toBeNull());
  });
});
