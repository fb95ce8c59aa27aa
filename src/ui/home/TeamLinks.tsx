/** For the relay's admin on the home screen: make workspace links and revoke them all. */
import { useId, useState } from 'react';
import type { DeviceConnection } from '../../storage/connection';
import { createWorkspaceLink, revokeWorkspaceLinks } from '../../sync';
import { useT } from '../../i18n';
import { teamMessages } from './teamMessages';

type Role = 'view' | 'comment' | 'edit' | 'facilitator';

export function TeamLinks({ connection }: { connection: DeviceConnection }) {
  const t = useT(teamMessages);
  const [role, setRole] = useState<Role>('edit');
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const roleId = useId();
  const linkId = useId();
  const fail = (error: unknown) =>
    setMessage({
      error: true,
      text: t('teamError', { message: error instanceof Error ? error.message : String(error) }),
    });
  return (
    <details className="home-team-links">
      <summary>{t('teamLinks')}</summary>
      <p>{t('teamLinksHint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          createWorkspaceLink(connection.relayUrl, connection.token, role).then(
            (made) => setLink(made.url),
            fail,
          );
        }}
      >
        <label htmlFor={roleId}>{t('teamLinkRole')}</label>
        <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <option value="view">{t('roleView')}</option>
          <option value="comment">{t('roleComment')}</option>
          <option value="edit">{t('roleEdit')}</option>
          <option value="facilitator">{t('roleFacilitator')}</option>
        </select>
        <button type="submit">{t('makeTeamLink')}</button>
        <button
          type="button"
          className="is-danger"
          onClick={() => {
            setLink(null);
            revokeWorkspaceLinks(connection.relayUrl, connection.token).then(
              () => setMessage({ error: false, text: t('teamLinksRevoked') }),
              fail,
            );
          }}
        >
          {t('revokeTeamLinks')}
        </button>
      </form>
      {link && (
        <p>
          <label htmlFor={linkId}>{t('teamLink')}</label>
          <input id={linkId} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <div aria-live="polite">
        {message && (
          <p
            className={`home-notice${message.error ? ' is-error' : ''}`}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
      </div>
    </details>
  );
}
