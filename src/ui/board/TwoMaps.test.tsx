/**
 * Two map sessions in one page (issue 12.5): each board keeps its own notices, focus,
 * selection, key guard and workshop state. Both maps have the same ids (a map and
 * its copy), so a page-wide lookup or a module-wide store would mix them up.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startVote } from '../../doc/workshop';
import { useLanguageStore } from '../../i18n';
import type { JourneyMap } from '../../model/types';
import { MapSessionProvider, type MapSession } from '../../session/MapSession';
import { createTestSession, sampleMap } from '../../session/testing';
import { createUiStore, type UiStore } from '../../session/uiStore';
import { WorkshopProvider } from '../workshop';
import { BoardScreen } from './BoardScreen';
import { giveTheBoardRoom, pressKey } from './testing';

/** The sample map cut to its first phase: deleting that phase is refused. */
function onePhaseMap(): JourneyMap {
  const map = sampleMap();
  return {
    ...map,
    phases: map.phases.slice(0, 1),
    cards: map.cards.filter((c) => c.phaseId === 'ph1'),
    actions: [],
  };
}

function Side({ label, session, ui }: { label: string; session: MapSession; ui: UiStore }) {
  return (
    <section aria-label={label}>
      <MapSessionProvider session={session} ui={ui}>
        <WorkshopProvider
          connection={{ awareness: null, role: 'admin', relayUrl: 'http://127.0.0.1:9' }}
        >
          <BoardScreen onHome={() => {}} />
        </WorkshopProvider>
      </MapSessionProvider>
    </section>
  );
}

function renderTwo() {
  giveTheBoardRoom();
  act(() => useLanguageStore.getState().setLanguage('en'));
  const a = { session: createTestSession({ map: onePhaseMap() }), ui: createUiStore() };
  const b = {
    session: { ...createTestSession({ map: onePhaseMap() }), mapId: 'copy' },
    ui: createUiStore(),
  };
  render(
    <>
      <Side label="Map A" {...a} />
      <Side label="Map B" {...b} />
    </>,
  );
  const side = (label: string) => screen.getByRole('region', { name: label });
  const node = (label: string, id: string) =>
    side(label).querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  return { a, b, side, node };
}

const noticesOf = (section: HTMLElement) => section.querySelector('.jb-notices')!.textContent;

beforeEach(() => {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ now: Date.now() })));
});
afterEach(() => vi.unstubAllGlobals());

describe('two map sessions in one page', () => {
  it('a refused command shows its notice on its own board only', async () => {
    const { side, node } = renderTwo();
    const header = await waitFor(() => node('Map A', 'phase:ph1')!);
    act(() => header.focus());
    pressKey(header, 'Delete');
    expect(noticesOf(side('Map A'))).toContain('A map needs at least one phase.');
    expect(noticesOf(side('Map B'))).toBe('');
    // undo in B's board: B has nothing to undo, and A's refused delete is not undone either
    pressKey(node('Map B', 'phase:ph1')!, 'z', { ctrlKey: true });
    expect(noticesOf(side('Map B'))).toContain('Nothing to undo');
    expect(noticesOf(side('Map A'))).not.toContain('Nothing to undo');
  });

  it('keys move focus and selection on their own board only', async () => {
    const { a, b, side, node } = renderTwo();
    const start = await waitFor(() => node('Map B', 'cell:ln-p:ph1')!);
    act(() => start.focus());
    expect(b.ui.getState().selectedCell).toEqual({ laneId: 'ln-p', phaseId: 'ph1' });
    pressKey(start, 'ArrowDown');
    await waitFor(() => expect(document.activeElement).toBe(node('Map B', 'cell:ln-o:ph1')));
    expect(side('Map A').contains(document.activeElement)).toBe(false);
    expect(b.ui.getState().selectedCell).toEqual({ laneId: 'ln-o', phaseId: 'ph1' });
    expect(a.ui.getState().selectedCell).toBeNull();
    expect(a.ui.getState().selectedCardIds).toEqual([]);
    // "n" on B's focused cell starts a card in B, not in A
    pressKey(document.activeElement!, 'n');
    expect(b.ui.getState().draft).toMatchObject({ laneId: 'ln-o', phaseId: 'ph1' });
    expect(a.ui.getState().draft).toBeNull();
  });

  it("a vote on one map is not the other map's vote", async () => {
    const { a, side } = renderTwo();
    act(() => {
      startVote(a.session.doc, {
        laneType: 'touchpoints',
        dotsPerPerson: 2,
        startedBy: 'user-ada',
        now: 1,
      });
    });
    expect(await within(side('Map A')).findByText(/Voting on/)).toBeTruthy();
    expect(within(side('Map B')).queryByText(/Voting on/)).toBeNull();
    // the card overlays load on their own (ui/workshop/lazy.tsx), maybe after the strip
    expect(
      (await within(side('Map A')).findAllByRole('button', { name: 'Add a dot' })).length,
    ).toBe(1);
    expect(within(side('Map B')).queryByRole('button', { name: 'Add a dot' })).toBeNull();
  });
});
