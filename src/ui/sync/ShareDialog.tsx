/**
 * Make share links for the open map: edit, view or facilitator, optionally
 * expiring; copy them; revoke every link of the map. With the relay's admin token
 * all of it; with a facilitator link only edit and view links (the relay's rule).
 */
import { useCallback, useId, useRef, useState } from 'react';
import {
  createShareLink,
  listShareLinks,
  revokeShareLink,
  revokeShareLinks,
} from '../../sync/share';
import { ShareLinkList } from './ShareLinkList';
import type { ShareLink, ShareRole } from '../../sync/share';
import { localeOf, useLanguageStore, useT } from '../../i18n';
import { shareMessages } from './shareMessages';
import { Modal } from '../modal/Modal';
import './sync.css';

const ADMIN_ROLES: readonly ShareRole[] = ['edit', 'comment', 'view', 'facilitator'];
const FACILITATOR_ROLES: readonly ShareRole[] = ['edit', 'comment', 'view'];
const EXPIRIES = ['never', '1', '8', '24', '168', '720'] as const;
type Expiry = (typeof EXPIRIES)[number];

export interface ShareDialogProps {
  /** the relay's base URL (ws/wss/http/https) */
  readonly relayUrl: string;
  readonly mapId: string;
  /** the relay's admin token, or a facilitator link's token (see `by`) */
  readonly token: string;
  /** whose token it is: a facilitator may not mint facilitators or revoke (default admin) */
  readonly by?: 'admin' | 'facilitator';
  readonly onClose: () => void;
  /** injectable for tests and other transports; defaults to the relay's HTTP API */
  readonly createLink?: typeof createShareLink;
  readonly revokeLinks?: typeof revokeShareLinks;
  readonly listLinks?: typeof listShareLinks;
  readonly revokeLink?: typeof revokeShareLink;
}

export function ShareDialog({
  relayUrl,
  mapId,
  token,
  by = 'admin',
  onClose,
  createLink = createShareLink,
  revokeLinks = revokeShareLinks,
  listLinks = listShareLinks,
  revokeLink = revokeShareLink,
}: ShareDialogProps) {
  const t = useT(shareMessages);
  const language = useLanguageStore((s) => s.language);
  const linkId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const [role, setRole] = useState<ShareRole>('edit');
  const [expiry, setExpiry] = useState<Expiry>('never');
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<ShareLink | null>(null);
  const [notice, setNotice] = useState<{ text: string; alert: boolean } | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  /** bumped when links were made or revoked here: the list reloads */
  const [listVersion, setListVersion] = useState(0);

  const create = async () => {
    setBusy(true);
    setNotice(null);
    try {
      setLink(
        await createLink(
          relayUrl,
          mapId,
          token,
          role,
          expiry === 'never' ? undefined : Number(expiry),
        ),
      );
      setListVersion((v) => v + 1);
    } catch (err) {
      setLink(null);
      setNotice({ text: t('failed', { message: (err as Error).message }), alert: true });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setNotice({ text: t('copied'), alert: false });
    } catch {
      setNotice({ text: t('copyFailed'), alert: true });
    }
  };

  const revoke = async () => {
    setBusy(true);
    try {
      await revokeLinks(relayUrl, mapId, token);
      setLink(null);
      setConfirmRevoke(false);
      setListVersion((v) => v + 1);
      setNotice({ text: t('revoked'), alert: false });
    } catch (err) {
      setNotice({ text: t('revokeFailed', { message: (err as Error).message }), alert: true });
    } finally {
      setBusy(false);
    }
  };

  const onListNotice = useCallback(
    (text: string, alert: boolean) => setNotice({ text, alert }),
    [],
  );

  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  return (
    <Modal title={t('shareTitle')} onClose={onClose} initialFocus={firstRef}>
      <p className="jb-share-hint">{t('shareIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <fieldset className="jb-share-roles">
          <legend>{t('roleLegend')}</legend>
          {(by === 'admin' ? ADMIN_ROLES : FACILITATOR_ROLES).map((r, i) => (
            <label key={r}>
              <input
                ref={i === 0 ? firstRef : undefined}
                type="radio"
                name="role"
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
              />
              <span>{t(`role.${r}`)}</span>
              <span className="jb-share-hint">{t(`role.${r}.hint`)}</span>
            </label>
          ))}
        </fieldset>
        <label>
          {t('expiry')}{' '}
          <select value={expiry} onChange={(e) => setExpiry(e.target.value as Expiry)}>
            {EXPIRIES.map((x) => (
              <option key={x} value={x}>
                {t(`expiry.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="jb-modal-actions">
          <button type="submit" className="is-primary" disabled={busy}>
            {busy ? t('creating') : t('create')}
          </button>
        </div>
      </form>
      {link && (
        <div>
          <label htmlFor={`${linkId}-link`}>
            {t('linkLabel', { role: t(`role.${link.role}`) })}
          </label>
          <div className="jb-share-link">
            <input
              id={`${linkId}-link`}
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => void copy()}>
              {t('copy')}
            </button>
          </div>
          <p className="jb-share-hint">
            {link.expiresAt ? t('expiresAt', { date: formatDate(link.expiresAt) }) : t('noExpiry')}
          </p>
        </div>
      )}
      <p
        role={notice?.alert ? 'alert' : 'status'}
        aria-live="polite"
        className={notice?.alert ? 'jb-sync-error' : undefined}
      >
        {notice?.text ?? ''}
      </p>
      {by === 'admin' && (
        <ShareLinkList
          relayUrl={relayUrl}
          mapId={mapId}
          token={token}
          version={listVersion}
          formatDate={formatDate}
          onNotice={onListNotice}
          listLinks={listLinks}
          revokeLink={revokeLink}
        />
      )}
      <div className="jb-modal-actions">
        {by !== 'admin' ? null : confirmRevoke ? (
          <button type="button" className="is-danger" disabled={busy} onClick={() => void revoke()}>
            {t('revokeConfirm')}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirmRevoke(true)}>
            {t('revoke')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
