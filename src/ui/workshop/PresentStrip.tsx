/**
 * The strip at the bottom of the board: facilitators present phase by phase (each
 * step shows that phase's column at a readable zoom; every follower's board shows
 * the same phase on their own pane, see useFollowCamera); participants see
 * whom they follow, can stop, and can rejoin a presentation they broke away from.
 */
import { useCallback, useEffect, useState } from 'react';
import { presentPhase } from '../../canvas/focus';
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

function FacilitatorStrip() {
  const t = useT(workshopMessages);
  const { publisher } = useWorkshop();
  const phases = useSnapshot((s) => s.phases);
  const uiStore = useUiStoreApi();
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
    // the phase at a readable zoom (canvas/presentView.ts); followers do the same on their pane
    presentPhase(uiStore, next);
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
  const presenterId = presenter?.id;
  // the phase shown to followers (a data attribute: tests wait for it to arrive)
  const phaseId = usePresence(
    useCallback(
      (peers: Peers) => {
        if (!presenterId) return null;
        for (const s of peers.values())
          if (s.user.id === presenterId) return s.presenting?.phaseId ?? null;
        return null;
      },
      [presenterId],
    ),
  );

  return (
    <div
      className="jb-ws-strip nodrag nowheel"
      role="toolbar"
      aria-label={t('present')}
      data-presented-phase={phaseId ?? undefined}
    >
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
