/**
 * What differs between two states of one map, item by item: map fields, persona,
 * phases, lanes, cards (and their comments) and actions. The restore preview lists
 * exactly this for "the map now" against "the map after the restore" (both made by
 * the code that restores, see storage/versions.ts), so it cannot miss a change.
 */
import type { Action, Card, Comment, JourneyMap, Lane, Phase } from './types';

export type DiffKind = 'map' | 'persona' | 'phase' | 'lane' | 'card' | 'comment' | 'action';
export type DiffChange = 'add' | 'remove' | 'change';

export interface DiffItem {
  readonly kind: DiffKind;
  readonly change: DiffChange;
  /** the item's id (for a comment: its card's id) */
  readonly id: string;
  /** what a person recognises it by: a name, a title, a card's text */
  readonly label: string;
  /** for 'change': which fields differ (format v1 field names), in a stable order */
  readonly fields: readonly string[];
}

/** Map fields that say nothing about content (a restore always stamps updatedAt). */
const IGNORED_MAP_FIELDS = new Set([
  'format',
  'formatVersion',
  'updatedAt',
  'createdAt',
  'phases',
  'lanes',
  'cards',
  'actions',
  'persona',
]);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: ReadonlySet<string> = new Set(),
): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !ignore.has(k) && !same(before[k], after[k])).sort();
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

function byId<T extends { id: string }>(
  kind: DiffKind,
  before: readonly T[],
  after: readonly T[],
  label: (item: T) => string,
  ignore: ReadonlySet<string> = new Set(),
): DiffItem[] {
  const items: DiffItem[] = [];
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  for (const item of before) {
    const next = now.get(item.id);
    if (!next) {
      items.push({ kind, change: 'remove', id: item.id, label: label(item), fields: [] });
      continue;
    }
    const fields = changedFields(
      item as Record<string, unknown>,
      next as Record<string, unknown>,
      ignore,
    );
    if (fields.length)
      items.push({ kind, change: 'change', id: item.id, label: label(next), fields });
  }
  for (const item of after) {
    if (!old.has(item.id))
      items.push({ kind, change: 'add', id: item.id, label: label(item), fields: [] });
  }
  return items;
}

/** "the order changed" for phases or lanes, as one change of the field "order". */
function order<T extends { id: string }>(
  kind: 'phase' | 'lane',
  before: readonly T[],
  after: readonly T[],
): DiffItem[] {
  const kept = new Set(after.map((x) => x.id));
  const was = before.map((x) => x.id).filter((id) => kept.has(id));
  const existed = new Set(before.map((x) => x.id));
  const is = after.map((x) => x.id).filter((id) => existed.has(id));
  return same(was, is) ? [] : [{ kind, change: 'change', id: '', label: '', fields: ['order'] }];
}

const commentKey = (c: Comment): string => JSON.stringify([c.at, c.author, c.text]);

function comments(before: readonly Card[], after: readonly Card[]): DiffItem[] {
  const items: DiffItem[] = [];
  const now = new Map(after.map((c) => [c.id, c]));
  const was = new Map(before.map((c) => [c.id, c]));
  const ids = new Set([...was.keys(), ...now.keys()]);
  for (const id of ids) {
    const a = was.get(id)?.comments ?? [];
    const b = now.get(id)?.comments ?? [];
    const inB = new Set(b.map(commentKey));
    const inA = new Set(a.map(commentKey));
    for (const c of a) {
      if (!inB.has(commentKey(c)))
        items.push({
          kind: 'comment',
          change: 'remove',
          id,
          label: short(`${c.author}: ${c.text}`),
          fields: [],
        });
    }
    for (const c of b) {
      if (!inA.has(commentKey(c)))
        items.push({
          kind: 'comment',
          change: 'add',
          id,
          label: short(`${c.author}: ${c.text}`),
          fields: [],
        });
    }
  }
  return items;
}

const NO_COMMENTS = new Set(['comments']);

/** Cards that stay in their cell but in another order: one item per cell ("order"). */
function cardOrder(before: JourneyMap, after: JourneyMap): DiffItem[] {
  const cellOf = (c: Card) => `${c.laneId}\u0000${c.phaseId}`;
  const group = (cards: readonly Card[]) => {
    const cells = new Map<string, string[]>();
    for (const c of cards) cells.set(cellOf(c), [...(cells.get(cellOf(c)) ?? []), c.id]);
    return cells;
  };
  const was = group(before.cards);
  const is = group(after.cards);
  const items: DiffItem[] = [];
  for (const [cell, ids] of is) {
    const old = was.get(cell) ?? [];
    const both = new Set(ids.filter((id) => old.includes(id)));
    if (
      same(
        old.filter((id) => both.has(id)),
        ids.filter((id) => both.has(id)),
      )
    )
      continue;
    const [laneId, phaseId] = cell.split('\u0000');
    const lane = after.lanes.find((l) => l.id === laneId)?.name ?? '';
    const phase = after.phases.find((p) => p.id === phaseId)?.name ?? '';
    items.push({
      kind: 'card',
      change: 'change',
      id: cell,
      label: short(`${lane} · ${phase}`),
      fields: ['order'],
    });
  }
  return items;
}

/** Everything that differs from `before` to `after`, grouped by kind. */
export function diffMapItems(before: JourneyMap, after: JourneyMap): DiffItem[] {
  const items: DiffItem[] = [];
  const mapFields = changedFields(
    before as Record<string, unknown>,
    after as Record<string, unknown>,
    IGNORED_MAP_FIELDS,
  );
  if (mapFields.length)
    items.push({
      kind: 'map',
      change: 'change',
      id: after.id,
      label: short(after.title),
      fields: mapFields,
    });
  if (!same(before.persona, after.persona)) {
    const change: DiffChange = !before.persona ? 'add' : !after.persona ? 'remove' : 'change';
    const fields =
      change === 'change'
        ? changedFields(
            before.persona as Record<string, unknown>,
            after.persona as Record<string, unknown>,
          )
        : [];
    const label = short((after.persona ?? before.persona)?.name ?? '');
    items.push({ kind: 'persona', change, id: '', label, fields });
  }
  const phaseLabel = (p: Phase) => short(p.name);
  const laneLabel = (l: Lane) => short(l.name);
  items.push(...byId('phase', before.phases, after.phases, phaseLabel));
  items.push(...order('phase', before.phases, after.phases));
  items.push(...byId('lane', before.lanes, after.lanes, laneLabel));
  items.push(...order('lane', before.lanes, after.lanes));
  items.push(...byId('card', before.cards, after.cards, (c: Card) => short(c.text), NO_COMMENTS));
  items.push(...cardOrder(before, after));
  items.push(...comments(before.cards, after.cards));
  items.push(
    ...byId('action', before.actions ?? [], after.actions ?? [], (a: Action) => short(a.title)),
  );
  return items;
}
