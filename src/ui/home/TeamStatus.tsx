/** The team repository's line on the home screen: connected (count, role), offline or refused. */
import { useT } from '../../i18n';
import { isMapRow } from '../../model/catalogRow';
import { TeamLinks } from './TeamLinks';
import { teamMessages } from './teamMessages';
import type { Notice } from './useHomeActions';
import type { TeamView } from './useTeamMaps';

export function TeamStatus({ team, notice }: { team: TeamView; notice: Notice | null }) {
  const t = useT(teamMessages);
  if (!team.connection && !notice) return null;
  const roleName = (role: string | null) =>
    role === 'view'
      ? t('roleView')
      : role === 'comment'
        ? t('roleComment')
        : role === 'edit'
          ? t('roleEdit')
          : role === 'facilitator'
            ? t('roleFacilitator')
            : role === 'admin'
              ? t('roleAdmin')
              : (role ?? '');
  return (
    <div aria-live="polite">
      {team.refused && (
        <p className="home-notice is-error" role="alert">
          {t('teamLoggedOut')}
        </p>
      )}
      {team.offline && <p className="home-notice">{t('teamOffline')}</p>}
      {team.rows && !team.offline && (
        <p className="home-team" data-testid="team-status">
          {t('teamConnected', {
            count: team.rows.filter(isMapRow).length,
            role: roleName(team.role),
          })}
        </p>
      )}
      {team.connection && team.role === 'admin' && <TeamLinks connection={team.connection} />}
      {notice && (
        <p
          className={`home-notice${notice.kind === 'error' ? ' is-error' : ''}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
    </div>
  );
}
