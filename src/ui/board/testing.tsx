/**
 * Test support for the board: a real doc seeded with createMapDoc from the
 * standard template (plus any cards a test adds through commands), a real
 * snapshot store and undo manager, and the whole board screen around them.
 */
import { act, render, type RenderResult } from '@testing-library/react';
import { createMapDoc, createSnapshotStore, createUndoManager } from '../../doc';
import { standardTemplate } from '../../model/templates';
import type { JourneyMap } from '../../model/types';
import { useLanguageStore, type UiLanguage } from '../i18n';
import { MapSessionProvider, type MapSession } from '../session/MapSession';
import { useUiStore } from '../session/uiStore';
import { BoardScreen } from './BoardScreen';

export interface BoardHarness extends RenderResult {
  readonly session: MapSession;
  readonly map: JourneyMap;
  /** the current snapshot */
  snapshot(): ReturnType<MapSession['store']['getSnapshot']>;
  /** a phase/lane id by its position */
  phaseId(index: number): string;
  laneIdOfType(type: JourneyMap['lanes'][number]['type']): string;
}

/**
 * happy-dom has no layout: React Flow would see a 500 × 500 pane and the board
 * would open zoomed out. Give the pane (and the window) a big size so the whole
 * standard template shows at a readable zoom and every node renders.
 */
function giveTheBoardRoom(): void {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 3200 });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 2400 });
  for (const prop of ['offsetWidth', 'offsetHeight'] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        if (!this.classList.contains('react-flow')) return 0;
        return prop === 'offsetWidth' ? 3200 : 2400;
      },
    });
  }
}

/** Renders the board for a seeded map (the standard template in English by default). */
export function renderBoard(
  options: { map?: JourneyMap; readOnly?: boolean; language?: UiLanguage } = {},
): BoardHarness {
  giveTheBoardRoom();
  act(() => {
    useLanguageStore.getState().setLanguage(options.language ?? 'en');
    useUiStore.getState().reset();
  });
  const map = options.map ?? standardTemplate('en', { title: 'Test map', id: 'board-test' });
  const doc = createMapDoc(map);
  const store = createSnapshotStore(doc);
  const undo = createUndoManager(doc);
  const session: MapSession = {
    mapId: map.id,
    doc,
    store,
    undo,
    readOnly: options.readOnly ?? false,
    user: { id: 'u-test', name: 'Tess', color: '#336699' },
  };
  const result = render(
    <MapSessionProvider session={session}>
      <BoardScreen onHome={() => {}} />
    </MapSessionProvider>,
  );
  return {
    ...result,
    session,
    map,
    snapshot: () => store.getSnapshot(),
    phaseId: (index) => store.getSnapshot().phases[index]!.id,
    laneIdOfType: (type) => store.getSnapshot().lanes.find((l) => l.type === type)!.id,
  };
}
