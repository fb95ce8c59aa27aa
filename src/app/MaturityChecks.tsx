/**
 * The home screen's maturity checks: the device's list plus the team repository's
 * checks (with a team login), and "New maturity check" (created, then opened).
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { createCheck, listChecks, subscribeChecks, type CheckEntry } from '../storage';
import { useTeamMaps } from '../ui/home/useTeamMaps';
import { CheckList } from '../ui/maturity/CheckList';
import { withTeamChecks } from '../ui/maturity/teamChecks';
import { useSettings } from '../ui/settings/useSettings';
import { appMessages } from './messages';
import { navigate } from './router';

/** Reads the device's checks; an unchanged list keeps its identity (one memo per mounted list). */
function checksReader(): () => CheckEntry[] {
  let cached: { key: string; value: CheckEntry[] } | null = null;
  return () => {
    const value = listChecks();
    const key = JSON.stringify(value);
    if (cached?.key !== key) cached = { key, value };
    return cached.value;
  };
}

const checkPath = (id: string) => `/maturity/${encodeURIComponent(id)}`;

export function MaturityChecks() {
  const [snapshot] = useState(checksReader);
  const device = useSyncExternalStore(subscribeChecks, snapshot, snapshot);
  const team = useTeamMaps();
  const entries = useMemo(() => withTeamChecks(device, team.rows), [device, team.rows]);
  const userId = useSettings((s) => s.userId);
  const displayName = useSettings((s) => s.displayName);
  const guest = useT(appMessages)('guest');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <CheckList
      entries={entries}
      withTeam={team.rows !== null}
      busy={busy}
      error={error}
      onOpen={(id) => navigate(checkPath(id))}
      onCreate={(title) => {
        setBusy(true);
        setError(null);
        void createCheck(title, { id: userId, name: displayName || guest })
          .then((id) => navigate(checkPath(id)))
          .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
          .finally(() => setBusy(false));
      }}
    />
  );
}
