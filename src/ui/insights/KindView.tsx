/** The view of one report kind: its table (and matrix, editors, sparklines). */
import type { ReactNode } from 'react';
import { updateAction, updateCard } from '../../doc';
import {
  kpiSeries,
  type ActionRow,
  type InsightRow,
  type KpiRow,
  type OpportunityRow,
  type OwnerRow,
  type PainPointRow,
  type ReportKind,
  type TouchpointRow,
} from '../../model/insights';
import type { ActionStatus, JourneyMap } from '../../model/types';
import { useT } from '../../i18n';
import { InsightsTable, type Column } from './InsightsTable';
import { insightsMessages, type InsightsKey } from './messages';
import { OpportunityMatrix } from './OpportunityMatrix';
import { OwnersView } from './OwnersView';
import { Sparkline } from './Sparkline';
import type { MapDoc } from '../../doc';

export interface KindViewProps {
  kind: ReportKind;
  rows: readonly InsightRow[];
  /** maps by id, for sparklines and the owners' maps */
  maps: ReadonlyMap<string, JourneyMap>;
  owners: readonly string[];
  onOpen: (mapId: string, cardId: string | null) => void;
  /** one change on one map; resolves when saved */
  onChange: (mapId: string, edit: (doc: MapDoc) => void) => Promise<void>;
  onRename: (from: readonly string[], to: string) => Promise<void>;
}

const STATUSES: readonly ActionStatus[] = ['open', 'doing', 'done'];

export function KindView(props: KindViewProps) {
  const t = useT(insightsMessages);
  const label = (field: string) => t(`field.${field}` as InsightsKey);
  const col = <R,>(key: string, render?: (row: R) => ReactNode, numeric = false): Column<R> => ({
    key,
    label: label(key),
    ...(render ? { render } : {}),
    numeric,
  });
  const open = (mapId: string, cardId: string | null) => props.onOpen(mapId, cardId);
  const common = {
    caption: t(props.kind),
    openLabel: (r: object) => {
      const row = r as { text?: string; title?: string };
      return t('open', { text: row.text ?? row.title ?? '' });
    },
  };
  switch (props.kind) {
    case 'painPoints':
      return (
        <InsightsTable<PainPointRow>
          {...common}
          rows={props.rows as PainPointRow[]}
          rowKey={(r) => `${r.mapId}/${r.cardId}`}
          openColumn="text"
          onOpen={(r) => open(r.mapId, r.cardId)}
          columns={[
            col('text'),
            col('severity', undefined, true),
            col('votes', undefined, true),
            col('mapTitle'),
            col('phaseName'),
            col('ownerTeams'),
            col<PainPointRow>('actionIds', (r) =>
              actionTitles(props.maps.get(r.mapId), r.actionIds),
            ),
          ]}
        />
      );
    case 'opportunities': {
      const rows = props.rows as OpportunityRow[];
      return (
        <>
          <OpportunityMatrix
            rows={rows}
            onRescore={(r, impact, effort) =>
              void props.onChange(r.mapId, (doc) => updateCard(doc, r.cardId, { impact, effort }))
            }
          />
          <InsightsTable<OpportunityRow>
            {...common}
            rows={rows}
            rowKey={(r) => `${r.mapId}/${r.cardId}`}
            openColumn="text"
            onOpen={(r) => open(r.mapId, r.cardId)}
            columns={[
              col('text'),
              col('impact', undefined, true),
              col('effort', undefined, true),
              col('mapTitle'),
              col('phaseName'),
              col<OpportunityRow>('painPointIds', (r) =>
                cardTexts(props.maps.get(r.mapId), r.painPointIds),
              ),
            ]}
          />
        </>
      );
    }
    case 'actions':
      return (
        <InsightsTable<ActionRow>
          {...common}
          rows={props.rows as ActionRow[]}
          rowKey={(r) => `${r.mapId}/${r.actionId}`}
          openColumn="title"
          onOpen={(r) => open(r.mapId, r.cardIds[0] ?? null)}
          columns={[
            col('title'),
            col<ActionRow>('status', (r) => (
              <select
                aria-label={t('statusOf', { title: r.title })}
                value={r.status}
                onChange={(e) => {
                  // read now: the edit runs after the stored map is loaded
                  const status = e.target.value as ActionStatus;
                  void props.onChange(r.mapId, (doc) => updateAction(doc, r.actionId, { status }));
                }}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            )),
            col<ActionRow>('ownerTeam', (r) => <OwnerInput row={r} onChange={props.onChange} />),
            col<ActionRow>('due', (r) =>
              r.due ? (
                <span className={r.overdue ? 'jb-insights__overdue' : undefined}>
                  {r.due}
                  {r.overdue ? ` · ${t('overdue')}` : ''}
                </span>
              ) : (
                ''
              ),
            ),
            col('mapTitle'),
          ]}
        />
      );
    case 'kpis':
      return (
        <InsightsTable<KpiRow>
          {...common}
          rows={props.rows as KpiRow[]}
          rowKey={(r) => `${r.mapId}/${r.cardId}`}
          openColumn="text"
          onOpen={(r) => open(r.mapId, r.cardId)}
          columns={[
            col('text'),
            col<KpiRow>('baseline', (r) => withUnit(r.baseline, r.unit), true),
            col<KpiRow>('latest', (r) => withUnit(r.latest, r.unit), true),
            col<KpiRow>('target', (r) => withUnit(r.target, r.unit), true),
            col<KpiRow>('direction', (r) => t(`direction.${r.direction}`)),
            col<KpiRow>('status', (r) => (
              <span className={`jb-insights__kpi jb-insights__kpi--${r.status}`}>
                {t(`kpi.${r.status}`)}
              </span>
            )),
            col<KpiRow>('trend', (r) => {
              const kpi = props.maps.get(r.mapId)?.cards.find((c) => c.id === r.cardId)?.kpi;
              return kpi ? (
                <Sparkline points={kpiSeries(kpi)} target={r.target} label={t('trend')} />
              ) : null;
            }),
            col('mapTitle'),
            col('phaseName'),
          ]}
        />
      );
    case 'touchpoints':
      return (
        <InsightsTable<TouchpointRow>
          {...common}
          rows={props.rows as TouchpointRow[]}
          rowKey={(r) => `${r.mapId}/${r.cardId}`}
          openColumn="text"
          onOpen={(r) => open(r.mapId, r.cardId)}
          columns={[
            col('ownerTeam'),
            col('channel'),
            col('text'),
            col('emotionScore', undefined, true),
            col<TouchpointRow>('painPointIds', (r) =>
              cardTexts(props.maps.get(r.mapId), r.painPointIds),
            ),
            col('itSystems'),
            col('mapTitle'),
            col('phaseName'),
          ]}
        />
      );
    case 'owners':
      return (
        <>
          <OwnersView rows={props.rows as OwnerRow[]} onRename={props.onRename} />
          <InsightsTable<OwnerRow>
            {...common}
            rows={props.rows as OwnerRow[]}
            rowKey={(r) => r.name}
            columns={[
              col('name'),
              col('count', undefined, true),
              col<OwnerRow>('mapIds', (r) =>
                r.mapIds.map((id) => props.maps.get(id)?.title ?? id).join('; '),
              ),
              col('similar'),
            ]}
          />
        </>
      );
  }
}

function withUnit(value: number | null, unit: string | null): string {
  return value === null ? '' : unit ? `${value} ${unit}` : String(value);
}

function cardTexts(map: JourneyMap | undefined, ids: readonly string[]): string {
  return ids.map((id) => map?.cards.find((c) => c.id === id)?.text ?? id).join('; ');
}

function actionTitles(map: JourneyMap | undefined, ids: readonly string[]): string {
  return ids.map((id) => map?.actions?.find((a) => a.id === id)?.title ?? id).join('; ');
}

function OwnerInput({ row, onChange }: { row: ActionRow; onChange: KindViewProps['onChange'] }) {
  const t = useT(insightsMessages);
  const save = (value: string) => {
    const next = value.trim();
    if (next === (row.ownerTeam ?? '')) return;
    void onChange(row.mapId, (doc) =>
      updateAction(doc, row.actionId, { ownerTeam: next === '' ? undefined : next }),
    );
  };
  return (
    <input
      key={row.ownerTeam ?? ''}
      aria-label={t('ownerOf', { title: row.title })}
      defaultValue={row.ownerTeam ?? ''}
      list="jb-insights-owners"
      onBlur={(e) => save(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save(e.currentTarget.value);
      }}
    />
  );
}
