/**
 * The rows of one insights view as the PDF prints them: the columns a reader needs
 * (ids left out, linked ids as the names they stand for), words in the UI language.
 */
import { REPORT_FIELDS, cellText, type InsightRow, type ReportKind } from '../../model/insights';
import type { JourneyMap } from '../../model/types';
import type { Translate } from '../../i18n';
import type { InsightsKey } from './messages';

const HIDDEN = new Set(['mapId', 'phaseId', 'cardId', 'actionId', 'overdue']);

export interface PrintTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function printRows(
  kind: ReportKind,
  rows: readonly InsightRow[],
  maps: ReadonlyMap<string, JourneyMap>,
  t: Translate<InsightsKey>,
): PrintTable {
  const fields = (REPORT_FIELDS[kind] as readonly string[]).filter((f) => !HIDDEN.has(f));
  const names = (mapId: unknown, ids: readonly string[], what: 'cards' | 'actions') => {
    const map = maps.get(String(mapId));
    return ids
      .map((id) =>
        what === 'cards'
          ? (map?.cards.find((c) => c.id === id)?.text ?? id)
          : (map?.actions?.find((a) => a.id === id)?.title ?? id),
      )
      .join('; ');
  };
  const cell = (row: Record<string, unknown>, field: string): string => {
    const value = row[field];
    switch (field) {
      case 'actionIds':
        return names(row.mapId, value as string[], 'actions');
      case 'painPointIds':
      case 'cardIds':
        return names(row.mapId, value as string[], 'cards');
      case 'mapIds':
        return (value as string[]).map((id) => maps.get(id)?.title ?? id).join('; ');
      case 'status':
        return value === null || value === undefined
          ? ''
          : t(`${kind === 'kpis' ? 'kpi' : 'status'}.${String(value)}` as InsightsKey);
      case 'direction':
        return value ? t(`direction.${String(value)}` as InsightsKey) : '';
      case 'due':
        return row.overdue ? `${cellText(value)} (${t('overdue')})` : cellText(value);
      default:
        return cellText(value);
    }
  };
  return {
    columns: fields.map((f) => t(`field.${f}` as InsightsKey)),
    rows: rows.map((r) => fields.map((f) => cell(r as unknown as Record<string, unknown>, f))),
  };
}
