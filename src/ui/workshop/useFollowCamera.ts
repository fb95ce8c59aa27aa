/**
 * Following: while `cameraFollows` (session store) names a person, my camera shows
 * what they see (fitted to my pane). Any pan or zoom of my own breaks away. When a
 * facilitator starts presenting, everyone follows them until they break away
 * (the strip then offers "Rejoin").
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { presentPhase } from '../../canvas/focus';
import { followViewport } from '../../model/workshop/follow';
import type { ViewportPresence } from '../../model/workshop/presence';
import type { Peers } from '../../sync/presence';
import { useUiStore, useUiStoreApi } from '../../session/uiStore';
import { usePresence } from './hooks';
import { useWorkshop } from './WorkshopContext';

/** The facilitator presenting right now (first by name if several), or null. */
export function presenterOf(peers: Peers, myUserId: string): { id: string; name: string } | null {
  let found: { id: string; name: string } | null = null;
  for (const s of peers.values()) {
    if (!s.presenting || s.user.role !== 'facilitator' || s.user.id === myUserId) continue;
    if (!found || s.user.name < found.name) found = { id: s.user.id, name: s.user.name };
  }
  return found;
}

function sameViewport(a: ViewportPresence | null, b: ViewportPresence | null): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      a.x === b.x &&
      a.y === b.y &&
      a.zoom === b.zoom &&
      a.width === b.width &&
      a.height === b.height)
  );
}

/** How long a followed person may be missing (reconnecting) before following stops. */
const LEADER_GRACE_MS = 3000;
/** Pointer travel on the empty pane that counts as "I pan myself". */
const PAN_SLOP_PX = 4;

export function useFollowCamera(): void {
  const { user } = useWorkshop();
  const storeApi = useStoreApi();
  const { setViewport } = useReactFlow();
  const followId = useUiStore((s) => s.cameraFollows);
  const uiStore = useUiStoreApi();

  const leader = usePresence(
    useCallback(
      (peers: Peers) => {
        if (!followId) return null;
        for (const s of peers.values()) if (s.user.id === followId) return s.viewport ?? null;
        return null;
      },
      [followId],
    ),
    sameViewport,
  );
  const leaderHere = usePresence(
    useCallback(
      (peers: Peers) => !!followId && [...peers.values()].some((s) => s.user.id === followId),
      [followId],
    ),
  );
  const presenterId = usePresence(
    useCallback((peers: Peers) => presenterOf(peers, user.id)?.id ?? null, [user.id]),
  );
  // the phase the presenter shows: followers present it on their own pane
  const presentedPhase = usePresence(
    useCallback(
      (peers: Peers) => {
        const id = presenterOf(peers, user.id)?.id;
        if (!id) return null;
        for (const s of peers.values()) if (s.user.id === id) return s.presenting?.phaseId ?? null;
        return null;
      },
      [user.id],
    ),
  );
  const presentingTo = followId !== null && followId === presenterId ? presentedPhase : null;

  // a presentation starting pulls everyone in; ending it lets them go
  const lastPresenter = useRef<string | null>(null);
  useEffect(() => {
    const ui = uiStore.getState();
    if (presenterId && presenterId !== lastPresenter.current) ui.setCameraFollows(presenterId);
    if (!presenterId && lastPresenter.current && ui.cameraFollows === lastPresenter.current)
      ui.setCameraFollows(null);
    lastPresenter.current = presenterId;
  }, [presenterId, uiStore]);

  // each new phase of a presentation brings everyone along, also those who scrolled away
  const lastPhase = useRef<string | null>(null);
  useEffect(() => {
    if (presenterId && presentedPhase && presentedPhase !== lastPhase.current)
      uiStore.getState().setCameraFollows(presenterId);
    lastPhase.current = presentedPhase;
  }, [presenterId, presentedPhase, uiStore]);

  // following a presenter: show their phase at a readable zoom on my pane (not their
  // viewport squeezed into mine, which on a smaller laptop is unreadable)
  useEffect(() => {
    if (!presentingTo) return;
    // the board may be laid out a frame later on a fresh page
    if (presentPhase(uiStore, presentingTo)) return;
    const id = requestAnimationFrame(() => void presentPhase(uiStore, presentingTo));
    return () => cancelAnimationFrame(id);
  }, [presentingTo, uiStore]);

  // the person I follow left
  useEffect(() => {
    if (!followId || leaderHere) return;
    const id = setTimeout(() => {
      if (uiStore.getState().cameraFollows === followId) uiStore.getState().setCameraFollows(null);
    }, LEADER_GRACE_MS);
    return () => clearTimeout(id);
  }, [followId, leaderHere, uiStore]);

  // apply their viewport (a presenter's phase is shown by the effect above instead)
  useEffect(() => {
    if (!followId || !leader || presentingTo) return;
    const { width, height, minZoom, maxZoom } = storeApi.getState();
    if (!width || !height) return;
    void setViewport(followViewport(leader, { width, height }, { min: minZoom, max: maxZoom }), {
      duration: 120,
    });
  }, [followId, leader, presentingTo, setViewport, storeApi]);

  // following stops (or moves to someone else): a camera move under way stops where it
  // is, so nothing of theirs lands on my camera afterwards
  useEffect(() => {
    if (!followId) return;
    return () => {
      const { domNode, transform } = storeApi.getState();
      if (domNode?.isConnected)
        void setViewport({ x: transform[0], y: transform[1], zoom: transform[2] });
    };
  }, [followId, setViewport, storeApi]);

  // my own pan or zoom breaks away
  useEffect(() => {
    const dom = storeApi.getState().domNode;
    if (!followId || !dom) return;
    const stop = () => {
      if (uiStore.getState().cameraFollows) uiStore.getState().setCameraFollows(null);
    };
    let down: { x: number; y: number } | null = null;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Element | null;
      down = target?.closest('.react-flow__pane') ? { x: e.clientX, y: e.clientY } : null;
    };
    const onMove = (e: PointerEvent) => {
      if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > PAN_SLOP_PX) {
        down = null;
        stop();
      }
    };
    const onUp = () => (down = null);
    // capture phase: d3-zoom stops the propagation of the events it handles
    const opts = { capture: true, passive: true } as const;
    dom.addEventListener('wheel', stop, opts);
    dom.addEventListener('pointerdown', onDown, opts);
    dom.addEventListener('pointermove', onMove, opts);
    dom.addEventListener('pointerup', onUp, opts);
    return () => {
      dom.removeEventListener('wheel', stop, opts);
      dom.removeEventListener('pointerdown', onDown, opts);
      dom.removeEventListener('pointermove', onMove, opts);
      dom.removeEventListener('pointerup', onUp, opts);
    };
  }, [followId, storeApi, uiStore]);
}
