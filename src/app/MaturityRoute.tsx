/**
 * `/maturity/<checkId>`: opens the check (storage, then the relay), reads the
 * evidence from every map the user can open (map sources, as the insights view
 * does) and the previous check, and shows the check's screen. The participant is
 * this device's user (settings: id and display name).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { computeEvidence, type Evidence, type MaturityCheck } from '../model/maturity';
import { todayIso } from '../model/insights';
import { readCheck, rememberCheck } from '../storage';
import { isReadOnlyState, listOpenableMaps, type SyncConnection, type SyncState } from '../sync';
import { MaturityScreen } from '../ui/maturity/MaturityScreen';
import { MaturityExport } from '../ui/maturity/MaturityExport';
import { maturityMessages } from '../ui/maturity/messages';
import { useCheck } from '../ui/maturity/useCheck';
import { useSettings } from '../ui/settings/useSettings';
import { HomeLink } from './HomeLink';
import { appMessages } from './messages';
import { openCheck, type OpenedCheck } from './openCheck';
import { mapPath, navigate } from './router';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; check: OpenedCheck }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string };

export function MaturityRoute({ checkId }: { checkId: string }) {
  const t = useT(maturityMessages);
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    let opened: OpenedCheck | null = null;
    void openCheck(checkId, abort.signal).then((result) => {
      if (result.kind === 'ready' && abort.signal.aborted) return result.check.close();
      if (result.kind === 'ready') opened = result.check;
      if (!abort.signal.aborted)
        setState(result.kind === 'ready' ? { kind: 'ready', check: result.check } : result);
    });
    return () => {
      abort.abort();
      opened?.close();
    };
  }, [checkId]);
  if (state.kind === 'loading')
    return (
      <p className="jb-center" role="status">
        {t('loading')}
      </p>
    );
  if (state.kind !== 'ready')
    return (
      <div className="jb-center" role="alert">
        <h1>{t('notFound')}</h1>
        <p>{state.kind === 'error' ? state.message : t('notFoundHint')}</p>
        <HomeLink />
      </div>
    );
  return <OpenCheckView opened={state.check} />;
}

const noSubscribe = () => () => {};
const noState = () => null;

function useSyncState(sync: SyncConnection | null): SyncState | null {
  return useSyncExternalStore(
    sync ? sync.status.subscribe : noSubscribe,
    sync ? sync.status.getState : noState,
  );
}

function OpenCheckView({ opened }: { opened: OpenedCheck }) {
  const check = useCheck(opened.doc);
  const syncState = useSyncState(opened.sync);
  const userId = useSettings((s) => s.userId);
  const displayName = useSettings((s) => s.displayName);
  const guest = useT(appMessages)('guest');
  const me = useMemo(
    () => ({ id: userId, name: displayName || guest }),
    [userId, displayName, guest],
  );
  const [evidence, setEvidence] = useState<Evidence | null>(null);
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const [previous, setPrevious] = useState<MaturityCheck | null>(null);

  useEffect(() => {
    let live = true;
    void listOpenableMaps()
      .then(({ maps: sourced }) => {
        if (!live) return;
        const maps = sourced.map((s) => s.map);
        setEvidence(computeEvidence(maps, todayIso()));
        setTitles(new Map(maps.map((m) => [m.id, m.title])));
      })
      .catch(() => live && setEvidence(computeEvidence([], todayIso())));
    return () => {
      live = false;
    };
  }, []);

  const previousId = check?.previousId ?? null;
  useEffect(() => {
    let live = true;
    if (previousId)
      void readCheck(previousId)
        .then((p) => live && setPrevious(p))
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [previousId]);

  useEffect(() => {
    if (check) rememberCheck({ id: check.id, title: check.title, createdAt: check.createdAt });
  }, [check]);

  if (!check) return null;
  return (
    <MaturityScreen
      doc={opened.doc}
      check={check}
      me={me}
      readOnly={syncState ? isReadOnlyState(syncState) : false}
      evidence={evidence}
      mapTitles={titles}
      previous={previous}
      onOpenMap={(mapId) => navigate(mapPath(mapId))}
      onHome={() => navigate('/')}
      actions={<MaturityExport check={check} previous={previous} evidence={evidence} />}
    />
  );
}
