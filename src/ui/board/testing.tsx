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

/** Renders the board for a seeded map (the standard template in English by default). */
export function renderBoard(
  options: { map?: JourneyMap; readOnly?: boolean; language?: UiLanguage } = {},
): BoardHarness {
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
