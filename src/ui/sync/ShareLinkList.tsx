/**
 * The share dialog's list of active links (role, map or workspace, created, expiry), each
 * with its own "Revoke". Admin only (the relay lists links for the admin token).
 */
import { useCallback, useEffect, useState } from 'react';
import { listShareLinks, revokeShareLink } from '../../sync/share';
import type { ListedLink } from '../../sync/share';
import { useT } from '../../i18n';
import { shareMessages } from './shareMessages';

export interface ShareLinkListProps {
  readonly relayUrl: string;
  readonly mapId: string;
  readonly token: string;
  /** bumped by the dialog after it made or revoked links: the list reloads */
  readonly version: number;
  readonly formatDate: (iso: string) => string;
  /** what happened, for the dialog's one live region (`alert` for failures) */
  readonly onNotice: (text: string, alert: boolean) => void;
  readonly listLinks?: typeof listShareLinks;
  readonly revokeLink?: typeof revokeShareLink;
}

export function ShareLinkList({
  relayUrl,
  mapId,
  token,
  version,
  formatDate,
  onNotice,
  listLinks = listShareLinks,
  revokeLink = revokeShareLink,
}: ShareLinkListProps) {
  const t = useT(shareMessages);
  const [links, setLinks] = useState<readonly ListedLink[] | null>(null);

  const load = useCallback(
    () =>
      listLinks(relayUrl, mapId, token).then(
        (list) => setLinks(list),
        (err: Error) => onNotice(t('linksFailed', { message: err.message }), true),
      ),
    [listLinks, relayUrl, mapId, token, t, onNotice],
  );
  useEffect(() => {
    void load();
  }, [load, version]);

  const revoke = async (link: ListedLink) => {
    try {
      await revokeLink(relayUrl, link.id, token);
      onNotice(t('linkRevoked', { role: t(`role.${link.role}`) }), false);
      await load();
    } catch (err) {
      onNotice(t('revokeFailed', { message: (err as Error).message }), true);
    }
  };

  return (
    <section className="jb-share-list" aria-labelledby="jb-share-list-heading">
      <h3 id="jb-share-list-heading">
        {links?.length === 1 ? t('activeLinksOne') : t('activeLinks', { n: links?.length ?? 0 })}
      </h3>
      {links && links.length === 0 && <p className="jb-share-hint">{t('noLinks')}</p>}
      {links && links.length > 0 && (
        <ul>
          {links.map((link) => {
            const role = t(`role.${link.role}`);
            const scope = t(link.scope === 'map' ? 'scope.map' : 'scope.workspace');
            return (
              <li key={link.id} data-testid="share-link-row">
                <span>
                  <strong>{role}</strong> · {scope} ·{' '}
                  {t('createdAt', { date: formatDate(link.createdAt) })} ·{' '}
                  {link.expiresAt
                    ? t('expiresAt', { date: formatDate(link.expiresAt) })
                    : t('noExpiry')}
                </span>{' '}
                <button
                  type="button"
                  aria-label={t('revokeOneLabel', {
                    role,
                    scope,
                    date: formatDate(link.createdAt),
                  })}
                  onClick={() => void revoke(link)}
                >
                  {t('revokeOne')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
