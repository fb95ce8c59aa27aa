// The board camera is per map session: two boards on one page each steer their own.
import { describe, expect, it } from 'vitest';
import type { BoardCamera, Box } from '../session/boardCamera';
import { createUiStore } from '../session/uiStore';
import { registerCamera, revealFocused } from './focus';

function recordingCamera(): { camera: BoardCamera; revealed: Box[] } {
  const revealed: Box[] = [];
  return {
    revealed,
    camera: {
      boxOf: (id) => (id === 'c1' ? { x: 5000, y: 0, width: 100, height: 50 } : null),
      isInView: () => false,
      reveal: (box) => revealed.push(box),
    },
  };
}

describe('board camera per map session', () => {
  it('reveals a focused node only on the board of its own session', () => {
    const [a, b] = [createUiStore(), createUiStore()];
    const [onA, onB] = [recordingCamera(), recordingCamera()];
    const offA = registerCamera(a, onA.camera);
    registerCamera(b, onB.camera);

    revealFocused(a, 'c1');
    expect(onA.revealed).toEqual([{ x: 5000, y: 0, width: 100, height: 50 }]);
    expect(onB.revealed).toEqual([]);

    revealFocused(b, 'c1');
    expect(onB.revealed).toHaveLength(1);
    expect(onA.revealed).toHaveLength(1);

    // A's board goes away: B keeps its camera, A has none
    offA();
    expect(a.getState().camera).toBeNull();
    expect(b.getState().camera).toBe(onB.camera);
    revealFocused(a, 'c1');
    expect(onA.revealed).toHaveLength(1);
  });

  it('keeps the camera when the view state is reset (a map opened in the same session)', () => {
    const ui = createUiStore();
    const { camera } = recordingCamera();
    registerCamera(ui, camera);
    ui.getState().selectCards(['c1']);
    ui.getState().reset();
    expect(ui.getState().selectedCardIds).toEqual([]);
    expect(ui.getState().camera).toBe(camera);
  });
});
