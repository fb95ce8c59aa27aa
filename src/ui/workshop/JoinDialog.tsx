/**
 * Asks for a display name the first time someone joins a live workshop on this
 * device (no name in the settings store yet); the name is then remembered there
 * and shown next to their pointer.
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import { useSettings } from '../settings/useSettings';
import { workshopMessages } from './messages';
import { useWorkshop } from './WorkshopContext';

const JOINED_KEY = 'journeyboard.workshop.joined';

function alreadyJoined(): boolean {
  if (useSettings.getState().displayName) return true; // a name chosen before is remembered
  try {
    // e2e contexts set a name up front (e2e/harness/browser.ts): no prompt for them
    return !!(localStorage.getItem(JOINED_KEY) || localStorage.getItem('journeyboard.e2e.name'));
  } catch {
    return false;
  }
}

export function JoinDialog() {
  const t = useT(workshopMessages);
  const { rename, live } = useWorkshop();
  const [open, setOpen] = useState(() => !alreadyJoined());
  // shown only while no name is remembered: start empty, not with the "Guest" fallback
  const [name, setName] = useState('');
  if (!live || !open) return null;
  return (
    <div className="jb-ws-join" role="dialog" aria-modal="true" aria-labelledby="jb-ws-join-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          rename(name);
          try {
            localStorage.setItem(JOINED_KEY, '1');
          } catch {
            // asked again next time; harmless
          }
          setOpen(false);
        }}
      >
        <h2 id="jb-ws-join-title">{t('joinTitle')}</h2>
        <label>
          {t('yourName')}
          <input
            autoFocus
            value={name}
            maxLength={40}
            required
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <p className="jb-ws-hint">{t('joinHint')}</p>
        <button type="submit">{t('join')}</button>
      </form>
    </div>
  );
}
