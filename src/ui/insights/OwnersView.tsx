/**
 * The shared vocabulary of owner teams: names that differ only by case, spaces,
 * hyphens or word order are grouped; one action renames a group across all maps
 * (one change per map, undoable there).
 */
import { useState } from 'react';
import { similarOwnerGroups, type OwnerRow } from '../../model/insights';
import { useT } from '../../i18n';
import { insightsMessages } from './messages';

export function OwnersView({
  rows,
  onRename,
}: {
  rows: readonly OwnerRow[];
  onRename: (from: readonly string[], to: string) => Promise<void>;
}) {
  const t = useT(insightsMessages);
  const groups = similarOwnerGroups(rows);
  return (
    <section aria-labelledby="jb-insights-similar">
      <h2 id="jb-insights-similar">{t('similar')}</h2>
      {groups.length === 0 && <p>{t('noSimilar')}</p>}
      <ul className="jb-insights__groups">
        {groups.map((group) => (
          <SimilarGroup
            key={group.map((r) => r.name).join('|')}
            group={group}
            onRename={onRename}
          />
        ))}
      </ul>
    </section>
  );
}

function SimilarGroup({
  group,
  onRename,
}: {
  group: readonly OwnerRow[];
  onRename: (from: readonly string[], to: string) => Promise<void>;
}) {
  const t = useT(insightsMessages);
  // the most used spelling is the default
  const [to, setTo] = useState(group[0]!.name);
  const [busy, setBusy] = useState(false);
  const id = `jb-rename-${group
    .map((r) => r.name)
    .join('-')
    .replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li className="jb-insights__group">
      <span>{group.map((r) => `${r.name} (${r.count})`).join(' · ')}</span>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          void onRename(
            group.map((r) => r.name),
            to,
          ).finally(() => setBusy(false));
        }}
      >
        <label htmlFor={id}>{t('renameTo')}</label>{' '}
        <input id={id} value={to} list={`${id}-names`} onChange={(e) => setTo(e.target.value)} />
        <datalist id={`${id}-names`}>
          {group.map((r) => (
            <option key={r.name} value={r.name} />
          ))}
        </datalist>{' '}
        <button type="submit" disabled={busy || to.trim() === ''}>
          {t('rename')}
        </button>
      </form>
    </li>
  );
}
