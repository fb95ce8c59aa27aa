/** The home screen's maturity checks: the device's list, and "New maturity check" (created, then opened). */
import { useState, useSyncExternalStore } from 'react';
import { createCheck, listChecks, subscribeChecks, type CheckEntry } from '../storage';
import { CheckList } from '../ui/maturity/CheckList';
import { useSettings } from '../ui/settings/useSettings';
import { navigate } from './router';

let cached: { key: string; value: CheckEntry[] } | null = null;
function snapshot(): CheckEntry[] {
  const value = listChecks();
  const key = JSON.stringify(value);
  if (cached?.key !== key) cached = { key, value };
  return cached.value;
}

const checkPath = (id: string) => `/maturity/${encodeURIComponent(id)}`;

export function MaturityChecks() {
  const entries = useSyncExternalStore(subscribeChecks, snapshot, snapshot);
  const userId = useSettings((s) => s.userId);
  const displayName = useSettings((s) => s.displayName);
  const [busy, setBusy] = useState(false);
  return (
    <CheckList
      entries={entries}
      busy={busy}
      onOpen={(id) => navigate(checkPath(id))}
      onCreate={(title) => {
        setBusy(true);
        void createCheck(title, { id: userId, name: displayName })
          .then((id) => navigate(checkPath(id)))
          .finally(() => setBusy(false));
      }}
    />
  );
}
