/**
 * Facilitator locks: the whole map or single lanes, while explaining. Participants
 * see a banner; the canvas and panels ask `useCanEdit(laneId)` before editing.
 */
import { clearLocks, setLaneLock, setMapLock } from '../../doc/workshop';
import { hasLocks } from '../../model/workshop/locks';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { useWorkshopState } from './hooks';
import { workshopMessages } from './messages';
import { useWorkshop } from './WorkshopContext';

export function LockControls() {
  const t = useT(workshopMessages);
  const { doc } = useMapSession();
  const { role } = useWorkshop();
  const locks = useWorkshopState((s) => s.locks);
  const lanes = useSnapshot((s) => s.lanes);
  if (role !== 'facilitator') {
    if (!hasLocks(locks)) return null;
    const names = lanes.filter((l) => locks.lanes.has(l.id)).map((l) => l.name);
    return (
      <p className="jb-ws-banner" role="status">
        🔒 {locks.map ? t('mapLocked') : t('lanesLocked', { lanes: names.join(', ') })}
      </p>
    );
  }
  return (
    <details className="jb-ws-menu">
      <summary>
        {hasLocks(locks) ? '🔒 ' : ''}
        {t('locks')}
      </summary>
      <div className="jb-ws-menu-body">
        <label>
          <input
            type="checkbox"
            checked={locks.map}
            onChange={(e) => setMapLock(doc, e.target.checked)}
          />{' '}
          {t('lockMap')}
        </label>
        {lanes.map((lane) => (
          <label key={lane.id}>
            <input
              type="checkbox"
              checked={locks.lanes.has(lane.id)}
              onChange={(e) => setLaneLock(doc, lane.id, e.target.checked)}
            />{' '}
            {t('lockLane', { lane: lane.name })}
          </label>
        ))}
        <button type="button" disabled={!hasLocks(locks)} onClick={() => clearLocks(doc)}>
          {t('unlockAll')}
        </button>
      </div>
    </details>
  );
}
