/**
 * The workshop countdown: everyone sees it (in relay-clock terms, so it agrees to
 * well under a second across laptops); facilitators start, pause, extend and stop
 * it. At zero: the time turns red and pulses, a short chime plays (mutable, the
 * choice remembered: chime.ts) and a live region says so.
 */
import { useEffect, useRef, useState } from 'react';
import {
  extendWorkshopTimer,
  pauseWorkshopTimer,
  resumeWorkshopTimer,
  startWorkshopTimer,
  stopWorkshopTimer,
} from '../../doc/workshop';
import { playEndTone, useChime } from './chime';
import { formatRemaining, remaining } from '../../model/workshop/timer';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { useRelayNow, useWorkshopState } from './hooks';
import { workshopMessages } from './messages';
import { useWorkshop } from './WorkshopContext';

export function TimerControl() {
  const t = useT(workshopMessages);
  const { doc } = useMapSession();
  const { role, clock } = useWorkshop();
  const timer = useWorkshopState((s) => s.timer);
  const now = useRelayNow(timer?.status === 'running');
  const left = timer ? remaining(timer, now) : 0;
  const [minutes, setMinutes] = useState('5');
  const [pulse, setPulse] = useState(false);
  const wasRunning = useRef(false);
  const muted = useChime((c) => c.muted);
  const setMuted = useChime((c) => c.setMuted);
  const ended = timer?.status === 'running' && left === 0;

  // signal once when a running timer reaches zero while we watch it
  useEffect(() => {
    const running = timer?.status === 'running' && left > 0;
    if (wasRunning.current && timer?.status === 'running' && left === 0) {
      setPulse(true);
      playEndTone();
      const id = setTimeout(() => setPulse(false), 3000);
      wasRunning.current = false;
      return () => clearTimeout(id);
    }
    wasRunning.current = running;
  }, [timer, left]);

  const facilitator = role === 'facilitator';
  const relayNow = () => clock.now();

  return (
    <div
      className={`jb-ws-timer${pulse ? ' jb-ws-pulse' : ''}${ended ? ' jb-ws-ended' : ''}`}
      role="group"
      aria-label={t('timer')}
    >
      {timer && (
        <span
          className="jb-ws-time"
          role="timer"
          aria-label={left > 0 ? t('timeLeft', { time: formatRemaining(left) }) : t('timeUp')}
        >
          {formatRemaining(left)}
        </span>
      )}
      {timer && (
        <>
          {/* present from the start, so the change at zero is announced */}
          <span role="status" aria-live="polite" className="jb-sr">
            {ended ? t('timeUp') : ''}
          </span>
          <button
            type="button"
            aria-pressed={muted}
            aria-label={t('muteChime')}
            title={t('muteChime')}
            onClick={() => setMuted(!muted)}
          >
            {muted ? '🔕' : '🔔'}
          </button>
        </>
      )}
      {facilitator && !timer && (
        <form
          className="jb-ws-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const m = Number(minutes.replace(',', '.'));
            if (Number.isFinite(m) && m > 0)
              startWorkshopTimer(doc, Math.round(m * 60_000), relayNow());
          }}
        >
          <label>
            <span className="jb-sr">{t('timerMinutes')}</span>
            <input
              type="number"
              min={0.5}
              max={240}
              step={0.5}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              className="jb-ws-minutes"
            />
          </label>
          <button type="submit">{t('startTimer')}</button>
        </form>
      )}
      {facilitator && timer && (
        <>
          {timer.status === 'running' ? (
            <button type="button" onClick={() => pauseWorkshopTimer(doc, relayNow())}>
              {t('pause')}
            </button>
          ) : (
            <button type="button" onClick={() => resumeWorkshopTimer(doc, relayNow())}>
              {t('resume')}
            </button>
          )}
          <button type="button" onClick={() => extendWorkshopTimer(doc, 60_000, relayNow())}>
            {t('addMinute')}
          </button>
          <button type="button" onClick={() => stopWorkshopTimer(doc)}>
            {t('stop')}
          </button>
        </>
      )}
    </div>
  );
}
