/**
 * Test support for components that need an open map: a real Y.Doc seeded with
 * createMapDoc, a real snapshot store and undo manager, wrapped in MapSessionProvider.
 * Not imported by the app. The board/canvas tests may reuse it.
 */
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMapDoc, createSnapshotStore, createUndoManager } from '../doc';
import { testKpi } from '../model/kpi.testkit';
import { lanesOf, mapHead, phasesOf } from '../model/mapParts.testkit';
import type { JourneyMap } from '../model/types';
import { useLanguageStore } from '../i18n';
import type { UiLanguage } from '../i18n';
import { MapSessionProvider } from './MapSession';
import type { LocalUser, MapSession } from './MapSession';
import { createUiStore, type UiStore } from './uiStore';

export interface TestSessionOptions {
  readonly map?: JourneyMap;
  readonly readOnly?: boolean;
  readonly user?: LocalUser;
  /** UI language for the test (default English) */
  readonly language?: UiLanguage;
  /** cards selected in the session store before rendering */
  readonly selected?: readonly string[];
}

export const TEST_USER: LocalUser = { id: 'user-ada', name: 'Ada', color: '#3366ff' };

/**
 * A small map with one lane of each typed kind and cards in them, so tests can
 * reach every inspector variant: touchpoint t1, emotion e1, pain point p1,
 * opportunity o1, KPI k1 (baseline 40 %, target 60 %, higher is better), note n1.
 */
export function sampleMap(): JourneyMap {
  return {
    ...mapHead('panel-test', 'Onboarding', '2026-11-01T09:00:00Z'),
    language: 'en',
    persona: { name: 'Sam', goals: ['Ship the first report'] },
    phases: phasesOf({ ph1: 'Discover', ph2: 'Sign up' }),
    lanes: lanesOf({
      ...{ touchpoints: 'ln-t', emotions: 'ln-e', painPoints: 'ln-p' },
      ...{ opportunities: 'ln-o', kpis: 'ln-k', notes: 'ln-n' },
    }),
    cards: [
      {
        id: 't1',
        laneId: 'ln-t',
        phaseId: 'ph1',
        text: 'Landing page',
        channel: 'web',
        ownerTeam: 'Growth',
      },
      {
        id: 't2',
        laneId: 'ln-t',
        phaseId: 'ph2',
        text: 'Sign-up form',
        channel: 'web',
        ownerTeam: 'Product',
      },
      { id: 'e1', laneId: 'ln-e', phaseId: 'ph1', text: 'Curious', score: 1 },
      { id: 'p1', laneId: 'ln-p', phaseId: 'ph2', text: 'Email verification is slow', severity: 4 },
      {
        id: 'o1',
        laneId: 'ln-o',
        phaseId: 'ph2',
        text: 'Magic link sign-in',
        impact: 4,
        effort: 2,
      },
      {
        id: 'k1',
        laneId: 'ln-k',
        phaseId: 'ph2',
        text: 'Sign-up completion',
        kpi: testKpi('higherIsBetter', '%', [40, '2026-10-01'], 60),
      },
      { id: 'n1', laneId: 'ln-n', phaseId: 'ph1', text: 'Ask legal about consent text' },
    ],
    actions: [
      {
        id: 'a1',
        title: 'Shorten the sign-up form',
        status: 'open',
        ownerTeam: 'Product',
        cardIds: ['p1'],
      },
    ],
  };
}

/** A session on a fresh Y.Doc seeded with `map` (default: sampleMap()). */
export function createTestSession(options: TestSessionOptions = {}): MapSession {
  const map = options.map ?? sampleMap();
  const doc = createMapDoc(map);
  return {
    mapId: map.id,
    doc,
    store: createSnapshotStore(doc),
    undo: createUndoManager(doc),
    readOnly: options.readOnly ?? false,
    user: options.user ?? TEST_USER,
  };
}

/**
 * Renders `ui` inside a test session with its own view state (`ui`, selection from
 * `options.selected`); sets the UI language first.
 */
export function renderWithSession(
  ui: ReactElement,
  options: TestSessionOptions = {},
): RenderResult & { session: MapSession; ui: UiStore } {
  const session = createTestSession(options);
  const store = createUiStore();
  useLanguageStore.getState().setLanguage(options.language ?? 'en');
  if (options.selected) store.getState().selectCards(options.selected);
  const result = render(
    <MapSessionProvider session={session} ui={store}>
      {ui}
    </MapSessionProvider>,
  );
  return { ...result, session, ui: store };
}
