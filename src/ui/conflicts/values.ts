/** How a conflicted field's values read: each side's, and what the card holds now. */
import type { ConflictField, FieldConflict } from '../../doc';
import type { CardView } from '../../model/snapshot';
import type { JsonValue } from '../../model/types';

/** The card's current (merged) value of a recorded field. */
export function currentValue(card: CardView, field: ConflictField): JsonValue {
  if (field.startsWith('kpi.')) {
    const kpi = card.kpi as Record<string, JsonValue> | undefined;
    return kpi?.[field.slice(4)] ?? null;
  }
  const value = (card as unknown as Record<string, JsonValue | undefined>)[field];
  return value ?? null;
}

/** A value as one line of text; `empty` for a removed one. */
export function showValue(value: JsonValue, empty: string): string {
  if (value === null || value === '') return empty;
  if (Array.isArray(value)) return value.map((v) => showValue(v, empty)).join(', ');
  if (typeof value === 'object') {
    const { value: v, date } = value as { value?: JsonValue; date?: JsonValue };
    if (v !== undefined) return date ? `${String(v)} (${String(date)})` : String(v);
    return JSON.stringify(value);
  }
  return String(value);
}

/** Side names for a sentence, with a stand-in for nameless writers. */
export function sideNames(conflict: FieldConflict, someone: string): string {
  return conflict.sides.map((s) => s.name || someone).join(', ');
}
