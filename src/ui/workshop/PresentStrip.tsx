/**
 * The strip at the bottom of the board: facilitators present phase by phase (each
 * step fits that phase's column; followers see the same region); participants see
 * whom they follow, can stop, and can rejoin a presentation they broke away from.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { parseNodeId } from '../../canvas/deriveNodes';
import { stepPhase } from '../../model/workshop/follow';
import type { Id } from '../../model/types';
import type { Peers } from '../../sync/presence';
import { useT } from '../../i18n';
import { useSnapshot } from '../../session/MapSession';
import { useUiStore, useUiStoreApi } from '../../session/uiStore';
import { usePresence } from './hooks';
import { workshopMessages } from './messages';
import { presenterOf } from './useFollowCamera';
import { useWorkshop } from './WorkshopContext';

function useFitPhase(): (phaseId: Id) => void {
  const { getNodes, getNodesBounds, fitBounds } = useReactFlow();
  return useCallback(
    (phaseId: Id) => {
      const nodes = getNodes().filter((n) => {
        const p = parseNodeId(n.id);
        if (p.kind === 'phase') return p.id === phaseId;
        if (p.kind === 'cell') return p.phaseId === phaseId;
        if (p.kind === 'card') return (n.data as { phase?: { id?: Id } }).phase?.id === phaseId;
        return false;
      });
      if (nodes.length) void fitBounds(getNodesBounds(nodes), { padding: 0.06, duration: 400 });
    },
    [getNodes, getNodesBounds, fitBounds],
  );
}

function FacilitatorStrip() {
  const t = useT(workshopMessages);
  const { publisher } = useWorkshop();
  const phases = useSnapshot((s) => s.phases);
  const fitPhase = useFitPhase();
  const [presenting, setPresenting] = useState<{ phaseId?: Id } | null>(null);
  useEffect(() => {
    publisher?.update({ presenting });
  }, [publisher, presenting]);
  useEffect(() => () => publisher?.update({ presenting: null }), [publisher]);

  const step = (dir: 1 | -1) => {
    const next = stepPhase(
      phases.map((p) => p.id),
      presenting?.phaseId,
      dir,
    );
    if (!next) return;
    setPresenting({ phaseId: next });
    fitPhase(next);
  };
  if (!presenting) {
    return (
      <button type="button" onClick={() => step(1)}>
        {t('present')}
      </button>
    );
  }
  const current = phases.find((p) => p.id === presenting.phaseId);
  return (
    <>
      <button type="button" onClick={() => step(-1)} aria-label={t('previousPhase')}>
        ◀
      </button>
      <span className="jb-ws-phase-name">{current?.name ?? ''}</span>
      <button type="button" onClick={() => step(1)} aria-label={t('nextPhase')}>
        ▶
      </button>
      <button type="button" onClick={() => setPresenting(null)}>
        {t('stopPresenting')}
      </button>
    </>
  );
}

export function PresentStrip() {
  const t = useT(workshopMessages);
  const { role, user } = useWorkshop();
  const followId = useUiStore((s) => s.cameraFollows);
  const followName = usePresence(
    useCallback(
      (peers: Peers) => {
        if (!followId) return null;
        for (const s of peers.values()) if (s.user.id === followId) return s.user.name;
        return null;
      },
      [followId],
    ),
  );
  const presenter = usePresence(
    useCallback((peers: Peers) => presenterOf(peers, user.id), [user.id]),
    (a, b) => a?.id === b?.id && a?.name === b?.name,
  );
  const ui = useUiStoreApi().getState;

  return (
    <div className="jb-ws-strip nodrag nowheel" role="toolbar" aria-label={t('present')}>
      {role === 'facilitator' && !followId && <FacilitatorStrip />}
      {followId && followName && (
        <>
          <span>
            {presenter?.id === followId
              ? t('presenting', { name: followName })
              : t('following', { name: followName })}
          </span>
          <button type="button" onClick={() => ui().setCameraFollows(null)}>
            {t('stopFollowing')}
          </button>
        </>
      )}
      {presenter && followId !== presenter.id && (
        <>
          <span>{t('presenting', { name: presenter.name })}</span>
          <button type="button" onClick={() => ui().setCameraFollows(presenter.id)}>
            {t('rejoin')}
          </button>
        </>
      )}
    </div>
  );
}
