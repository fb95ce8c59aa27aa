/**
 * What a restore changes, one line per item (storage planRestore): the preview and
 * the confirmation both show this list, and restore refuses to change anything else.
 */
import type { DiffItem } from '../../model/mapDiff';
import { useT, type Translate } from '../../i18n';
import { planMessages } from './planMessages';

type PlanKey = keyof typeof planMessages.en;
type T = Translate<PlanKey>;

const isKey = (key: string): key is PlanKey => key in planMessages.en;

function fieldList(t: T, fields: readonly string[]): string {
  return fields.map((f) => (isKey(`field.${f}`) ? t(`field.${f}` as PlanKey) : f)).join(', ');
}

/** One item as sentence parts ("remove action “Foto-Upload fixen”"). */
export function planLines(t: T, item: DiffItem): string[] {
  if (item.kind === 'map' && item.fields.includes('title')) {
    const rest = item.fields.filter((f) => f !== 'title');
    const title = t('map.title', { label: item.label });
    return rest.length ? [title, planLine(t, { ...item, fields: rest })] : [title];
  }
  return [planLine(t, item)];
}

function planLine(t: T, item: DiffItem): string {
  if (item.fields.length === 1 && item.fields[0] === 'order') {
    const key = `order.${item.kind}`;
    if (isKey(key)) return t(key, { label: item.label });
  }
  const key = `${item.change}.${item.kind}`;
  const fields = fieldList(t, item.fields);
  return isKey(key) ? t(key, { label: item.label, fields }) : `${key} ${item.label} ${fields}`;
}

export function RestorePlanList({ items }: { items: readonly DiffItem[] }) {
  const t = useT(planMessages);
  return (
    <ul className="versions-plan">
      {items.flatMap((item, i) =>
        planLines(t, item).map((line, j) => (
          <li key={`${item.kind}:${item.change}:${item.id}:${i}:${j}`}>{line}</li>
        )),
      )}
    </ul>
  );
}
