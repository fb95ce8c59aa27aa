/**
 * The home screen's team actions: publish a device-only map, trash/restore on the relay,
 * and fetch a team map or template to this device before it is used here.
 */
import { useCallback, useState } from 'react';
import { ShareApiError, keepOnDevice, setTeamTrashed } from '../../sync';
import type { DeviceConnection } from '../../storage/connection';
import { useT } from '../../i18n';
import type { Notice } from './useHomeActions';
import type { HomeEntry } from './teamEntries';
import { teamMessages } from './teamMessages';

export function useTeamActions(connection: DeviceConnection | null, refresh: () => void) {
  const t = useT(teamMessages);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(
    async (work: (conn: DeviceConnection) => Promise<string | null>) => {
      if (!connection) return;
      try {
        const text = await work(connection);
        setNotice(text ? { kind: 'info', text } : null);
      } catch (error) {
        const message =
          error instanceof ShareApiError || error instanceof Error ? error.message : String(error);
        setNotice({ kind: 'error', text: t('teamError', { message }) });
      } finally {
        refresh();
      }
    },
    [connection, refresh, t],
  );

  return {
    notice,
    publish: (entry: HomeEntry) =>
      run(async (conn) => {
        await keepOnDevice(entry.id, conn);
        return t('published', { title: entry.title });
      }),
    teamTrash: (entry: HomeEntry) =>
      run(async (conn) => {
        await setTeamTrashed(conn.relayUrl, conn.token, entry.id, true);
        return t('teamTrashed', { title: entry.title });
      }),
    teamRestore: (entry: HomeEntry) =>
      run(async (conn) => {
        await setTeamTrashed(conn.relayUrl, conn.token, entry.id, false);
        return t('teamRestored', { title: entry.title });
      }),
    /** brings a team-only map or template to this device (then it works offline) */
    fetch: async (entry: HomeEntry): Promise<void> => {
      if (!connection || entry.where !== 'team') return;
      setNotice({ kind: 'info', text: t('fetching', { title: entry.title }) });
      await keepOnDevice(entry.id, connection);
      setNotice(null);
    },
  };
}
