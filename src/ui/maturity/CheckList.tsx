/** The home screen's maturity checks: "New maturity check", the device's checks and the team's. */
import { useId } from 'react';
import { localeOf, useLanguageStore, useT } from '../../i18n';
import { maturityMessages } from './messages';
import './maturity.css';

export interface CheckListEntry {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  /** only in the team repository (not yet on this device) */
  readonly team?: boolean;
}

export interface CheckListProps {
  readonly entries: readonly CheckListEntry[];
  readonly onOpen: (id: string) => void;
  /** creates a check titled `title` (and opens it) */
  readonly onCreate: (title: string) => void;
  readonly busy?: boolean;
  /** why the last "new check" failed */
  readonly error?: string | null;
  /** the device has a team login: the list includes the team repository's checks */
  readonly withTeam?: boolean;
}

export function CheckList({ entries, onOpen, onCreate, busy, error, withTeam }: CheckListProps) {
  const t = useT(maturityMessages);
  const lang = useLanguageStore((s) => s.language);
  const headingId = useId();
  const date = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' });
  return (
    <section className="maturity-checks" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('homeHeading')}</h2>
      <button
        type="button"
        disabled={busy}
        onClick={() => onCreate(t('newCheckTitle', { date: date.format(new Date()) }))}
      >
        {t('newCheck')}
      </button>
      {error && <p role="alert">{t('createFailed', { message: error })}</p>}
      {entries.length === 0 ? (
        <p>{t(withTeam ? 'noChecksTeam' : 'noChecks')}</p>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.id}>
              <a
                href={`/maturity/${encodeURIComponent(e.id)}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  onOpen(e.id);
                }}
              >
                {e.title}
              </a>{' '}
              <span>{t('createdOn', { date: date.format(new Date(e.createdAt)) })}</span>
              {e.team && <span className="maturity-checks__team">{` · ${t('teamCheck')}`}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
