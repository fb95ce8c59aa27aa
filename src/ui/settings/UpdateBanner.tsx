/** "A new version is available — reload": shown when a new build waits (see src/sw/register.ts). */
import { useState, useSyncExternalStore } from 'react';
import { applyUpdate, isUpdateAvailable, subscribeUpdate } from '../../sw/register';
import { useT } from '../../i18n';
import { settingsMessages } from './messages';
import './settings.css';

/** true once a new version of the app is installed and waits for a reload. */
export function useUpdateAvailable(): boolean {
  return useSyncExternalStore(subscribeUpdate, isUpdateAvailable, () => false);
}

export function UpdateBanner() {
  const t = useT(settingsMessages);
  const available = useUpdateAvailable();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!available) return null;
  return (
    <div className="update-banner" role="status">
      <span>{error ?? t('updateAvailable')}</span>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          // a failed save keeps the old version running: nothing unsaved is thrown away
          applyUpdate().catch((e: unknown) => {
            setBusy(false);
            setError(e instanceof Error ? e.message : String(e));
          });
        }}
      >
        {busy ? t('reloadBusy') : t('reload')}
      </button>
    </div>
  );
}
