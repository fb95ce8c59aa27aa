/**
 * The workshop strip for the board's header: who's here, the timer, the dot vote
 * and (for facilitators) locks. Present mode and following live inside the
 * board (PresenceLayer), because they move the React Flow camera.
 */
import { useT } from '../../i18n';
import { JoinDialog } from './JoinDialog';
import { LockControls } from './LockControls';
import { workshopMessages } from './messages';
import { TimerControl } from './TimerControl';
import { VotePanel } from './VotePanel';
import { WhosHere } from './WhosHere';
import { useWorkshopOptional } from './WorkshopContext';
import './workshop.css';

export function WorkshopBar() {
  const t = useT(workshopMessages);
  const w = useWorkshopOptional();
  if (!w) return null;
  return (
    <div className="jb-ws-bar" role="region" aria-label={t('whosHere')}>
      {w.live && <WhosHere />}
      <TimerControl />
      <VotePanel />
      <LockControls />
      <JoinDialog />
    </div>
  );
}
