/**
 * `/insights`: pain points, opportunities, actions, KPIs, touchpoints and owner
 * teams across every map of the map sources, with filters, CSV export, edits in
 * place (each one change on its map) and links into the maps. The rows come from
 * the one implementation in model/insights, as for `journey report`.
 */
import { useMemo, useState } from 'react';
import type { MapDoc } from '../../doc';
import { renameOwnerTeam } from '../../doc';
import {
  filterMaps,
  filterRows,
  gatherVocabulary,
  REPORT_KINDS,
  reportRows,
  rowsToCsv,
  type InsightFilter,
  type ReportKind,
} from '../../model/insights';
import type { MapSource } from '../../storage';
import { useT } from '../../i18n';
import { downloadFile } from './download';
import { Choice, InsightsFilters, type FilterChoices } from './InsightsFilters';
import { KindView } from './KindView';
import { PdfButton } from './PdfButton';
import { insightsMessages } from './messages';
import { useInsightMaps } from './useInsightMaps';
import './insights.css';

export function InsightsScreen({
  sources,
  onOpen,
  onHome,
}: {
  sources: readonly MapSource[];
  onOpen: (mapId: string, cardId: string | null) => void;
  onHome: () => void;
}) {
  const t = useT(insightsMessages);
  const { maps, error, failed, change } = useInsightMaps(sources);
  const [where, setWhere] = useState('');
  const [kind, setKind] = useState<ReportKind>('painPoints');
  const [filter, setFilter] = useState<InsightFilter>({});
  const [notice, setNotice] = useState('');

  const all = useMemo(() => (maps ?? []).map((m) => m.map), [maps]);
  const sourceOf = useMemo(() => new Map((maps ?? []).map((m) => [m.map.id, m.source])), [maps]);
  const byId = useMemo(() => new Map(all.map((m) => [m.id, m])), [all]);
  const vocabulary = useMemo(() => gatherVocabulary(all), [all]);
  const choices = useMemo<FilterChoices>(
    () => ({
      maps: [...all].sort((a, b) => a.title.localeCompare(b.title)),
      tags: [...new Set(all.flatMap((m) => m.tags ?? []))].sort(),
      languages: [...new Set(all.flatMap((m) => (m.language ? [m.language] : [])))].sort(),
      owners: [...vocabulary.ownerTeams].sort((a, b) => a.localeCompare(b)),
      phases: [...new Set(all.flatMap((m) => m.phases.map((p) => p.name)))].sort(),
    }),
    [all, vocabulary],
  );
  const shownMaps = useMemo(() => {
    const here = where
      ? (maps ?? []).filter((m) => (m.sources ?? [m.source]).includes(where)).map((m) => m.map)
      : all;
    return filterMaps(here, filter);
  }, [all, maps, where, filter]);
  // the rows of every map, once per kind and maps: a filter change only narrows them
  // (rows of one map do not depend on the others, and narrowing keeps their order);
  // owner-team rows count across maps, so those are made from the maps shown
  const allRows = useMemo(() => (kind === 'owners' ? [] : reportRows(kind, all)), [kind, all]);
  const rows = useMemo(() => {
    if (kind === 'owners') return filterRows(reportRows(kind, shownMaps), filter);
    const shown = new Set(shownMaps.map((m) => m.id));
    const mine = allRows.filter((r) => shown.has((r as { mapId: string }).mapId));
    return filterRows(mine, filter);
  }, [kind, allRows, shownMaps, filter]);

  const onChange = async (mapId: string, edit: (doc: MapDoc) => void) => {
    setNotice('');
    try {
      await change(sourceOf.get(mapId) ?? 'device', mapId, edit);
      setNotice(t('saved', { map: byId.get(mapId)?.title ?? mapId }));
    } catch (err) {
      setNotice(t('saveFailed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };
  const onRename = async (from: readonly string[], to: string) => {
    let count = 0;
    try {
      for (const map of all) {
        const uses =
          map.cards.some((c) => c.ownerTeam !== undefined && from.includes(c.ownerTeam)) ||
          (map.actions ?? []).some((a) => a.ownerTeam !== undefined && from.includes(a.ownerTeam));
        if (!uses) continue;
        let changed = 0;
        await change(sourceOf.get(map.id) ?? 'device', map.id, (doc) => {
          changed = renameOwnerTeam(doc, from, to);
        });
        if (changed > 0) count++;
      }
      setNotice(t('renamed', { count }));
    } catch (err) {
      setNotice(t('saveFailed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <main className="jb-insights">
      <header className="jb-insights__header">
        <button type="button" onClick={onHome}>
          ← {t('back')}
        </button>
        <h1>{t('title')}</h1>
        {maps && (
          <span>{t('mapCount', { count: all.length })}</span>
        )}
      </header>
      <p role="status" aria-live="polite" className="jb-insights__notice">
        {notice}
      </p>
      {failed.length > 0 && maps && <p role="alert">{t('sourceFailed')}</p>}
      {error && <p role="alert">{t('loadFailed', { message: error })}</p>}
      {!maps && !error && <p role="status">{t('loading')}</p>}
      {maps && (
        <>
          <nav aria-label={t('kinds')} className="jb-insights__tabs">
            {REPORT_KINDS.map((k) => (
              <button key={k} type="button" aria-pressed={k === kind} onClick={() => setKind(k)}>
                {t(k)}
              </button>
            ))}
          </nav>
          <InsightsFilters filter={filter} choices={choices} onChange={setFilter}>
            {sources.length > 1 && (
              <Choice
                id="jb-f-source"
                label={t('filterSource')}
                value={where}
                options={sources.map(
                  (s) => [s.id, s.id === 'device' ? t('sourceDevice') : t('sourceTeam')] as const,
                )}
                onChange={setWhere}
              />
            )}
          </InsightsFilters>
          <div className="jb-insights__bar">
            <span aria-live="polite">
              {t('rows', { count: rows.length })}
            </span>
            <button
              type="button"
              onClick={() =>
                downloadFile(`insights-${kind}.csv`, rowsToCsv(kind, rows as never), 'text/csv')
              }
            >
              {t('exportCsv')}
            </button>
            <PdfButton kind={kind} rows={rows} maps={byId} onNotice={setNotice} />
          </div>
          <datalist id="jb-insights-owners">
            {vocabulary.ownerTeams.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
          {rows.length === 0 && kind !== 'owners' ? (
            <p>{t('noRows')}</p>
          ) : (
            <KindView
              kind={kind}
              rows={rows}
              maps={byId}
              owners={vocabulary.ownerTeams}
              onOpen={onOpen}
              onChange={onChange}
              onRename={onRename}
            />
          )}
        </>
      )}
    </main>
  );
}
