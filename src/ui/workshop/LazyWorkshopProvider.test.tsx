/**
 * The map route's workshop provider loads the workshop after the first frame
 * (issue 18), but the facilitator's locks hold from the first render: a participant
 * never gets an editable board for a locked map, not even for a moment.
 */
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLaneLock, setMapLock } from '../../doc/workshop';
import { createTestSession } from '../../session/testing';
import { MapSessionProvider, useMapSession } from '../../session/MapSession';
import { createUiStore } from '../../session/uiStore';
import { LazyWorkshopProvider } from './LazyWorkshopProvider';
import { useWorkshopOptional } from './workshopShell';

interface Seen {
  readOnly: boolean;
  lockedLanes: readonly string[];
  workshop: string | null;
}

function Probe({ seen }: { seen: Seen[] }) {
  const session = useMapSession();
  const workshop = useWorkshopOptional();
  seen.push({
    readOnly: session.readOnly,
    lockedLanes: [...(session.lockedLanes ?? [])],
    workshop: workshop ? workshop.role : null,
  });
  return null;
}

function renderLazy(role: 'edit' | 'admin') {
  const session = createTestSession();
  const seen: Seen[] = [];
  const view = (
    <MapSessionProvider session={session} ui={createUiStore()}>
      <LazyWorkshopProvider connection={{ awareness: null, role }}>
        <Probe seen={seen} />
      </LazyWorkshopProvider>
    </MapSessionProvider>
  );
  return { session, seen, view };
}

describe('<LazyWorkshopProvider>', () => {
  it('makes a locked map read-only for a participant from the first render', async () => {
    const { session, seen, view } = renderLazy('edit');
    setMapLock(session.doc, true);
    render(view);
    expect(seen[0]).toEqual({ readOnly: true, lockedLanes: [], workshop: null });
    // then the workshop arrives, with the participant's role
    await waitFor(() => expect(seen.at(-1)?.workshop).toBe('editor'));
    expect(seen.every((s) => s.readOnly)).toBe(true);
  });

  it('follows lane locks while the workshop loads, and leaves a facilitator free', async () => {
    const { session, seen, view } = renderLazy('edit');
    const lane = session.store.getSnapshot().lanes[0]!.id;
    render(view);
    expect(seen.at(-1)).toMatchObject({ readOnly: false, lockedLanes: [] });
    act(() => setLaneLock(session.doc, lane, true));
    expect(seen.at(-1)?.lockedLanes).toEqual([lane]);

    const facilitator = renderLazy('admin');
    setMapLock(facilitator.session.doc, true);
    render(facilitator.view);
    expect(facilitator.seen[0]?.readOnly).toBe(false);
    await waitFor(() => expect(facilitator.seen.at(-1)?.workshop).toBe('facilitator'));
  });
});
