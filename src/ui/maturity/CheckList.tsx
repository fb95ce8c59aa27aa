/** The home screen's maturity checks: "New maturity check" and the checks on this device. */
import { useId } from 'react';
import { localeOf, useLanguageStore, useT } from '../../i18n';
import { maturityMessages } from './messages';
import './maturity.css';

export interface CheckListEntry {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
}

export interface CheckListProps {
  readonly entries: readonly CheckListEntry[];
  readonly onOpen: (id: string) => void;
  /** creates a check titled `title` (and opens it) */
  readonly onCreate: (title: string) => void;
  readonly busy?: boolean;
  /** why the last "new check" failed */
  readonly error?: string | null;
}

export function CheckList({ entries, onOpen, onCreate, busy, error }: CheckListProps) {
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
        <p>{t('noChecks')}</p>
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
