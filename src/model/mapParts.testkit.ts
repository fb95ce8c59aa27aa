/**
 * Test helper: the parts every hand-written test map repeats (format header,
 * phases, one lane per type), one line each, shared by the model, doc and session
 * test maps.
 */
import type { Lane, LaneType, Phase } from './types';

/** Short lane names as tests read them (the registry's standard names are longer). */
const TEST_LANE_NAMES: Partial<Record<LaneType, { readonly en: string; readonly de: string }>> = {
  touchpoints: { en: 'Touchpoints', de: 'Berührungspunkte' },
  emotions: { en: 'Emotions', de: 'Emotionen' },
  painPoints: { en: 'Pain points', de: 'Pain Points' },
  opportunities: { en: 'Opportunities', de: 'Potenziale' },
  itSystems: { en: 'IT systems', de: 'IT-Systeme' },
  kpis: { en: 'KPIs', de: 'KPIs' },
  notes: { en: 'Notes', de: 'Notizen' },
};

const FORMAT = { format: 'journeymap', formatVersion: 1, kind: 'map' } as const;

/** The format header of a map with its id and title, created and updated at `at`. */
export function mapHead(id: string, title: string, at: string) {
  return { ...FORMAT, id, title, createdAt: at, updatedAt: at };
}

/** Phases from `{ id: name }`, in the order written. */
export function phasesOf(names: Readonly<Record<string, string>>): Phase[] {
  return Object.entries(names).map(([id, name]) => ({ id, name }));
}

/**
 * One lane per type from `{ type: id }`, in the order written, named with its short
 * test name in `lang` or by `name(type)`.
 */
export function lanesOf(
  ids: Partial<Record<LaneType, string>>,
  name: 'en' | 'de' | ((type: LaneType) => string) = 'en',
): Lane[] {
  const nameOf =
    typeof name === 'function' ? name : (t: LaneType) => TEST_LANE_NAMES[t]?.[name] ?? t;
  return (Object.entries(ids) as [LaneType, string][]).map(([type, id]) => ({
    id,
    type,
    name: nameOf(type),
  }));
}
