/**
 * The built-in template "Customer journey (standard)" and template conversion.
 * Phase names come from the format spec's tables (English / German), lane names
 * from the lane-type registry.
 */
import { newId } from './ids';
import { laneTypeInfo, laneTypeName } from './laneTypes';
import { LANE_TYPES } from './types';
import type { Card, JourneyMap, Kpi, MapKind } from './types';

export type TemplateLanguage = 'en' | 'de';

export const STANDARD_PHASES: readonly (readonly [en: string, de: string])[] = [
  ['First information', 'Erste Informationen'],
  ['First contact', 'Erster Kontakt'],
  ['Research', 'Recherche'],
  ['Decision', 'Entscheidung'],
  ['Purchase', 'Kauf'],
  ['First use', 'Erste Nutzung'],
  ['Repeated use', 'Wiederholte Nutzung'],
  ['End of use', 'Ende der Nutzung'],
  ['End of the relationship', 'Beenden der Beziehung'],
];

// lives with the registry, so the board's headers do not load the templates
export { laneTypeName } from './laneTypes';

export interface NewMapOptions {
  readonly title: string;
  readonly id?: string;
  readonly now?: Date;
  /** "map" (default) or "template" for a `.journey-template.json` file */
  readonly kind?: MapKind;
}

/**
 * A new map (or template) from the built-in standard template: nine phases and
 * the thirteen standard lanes, named in `lang`, no cards. Fresh ids each call.
 */
export function standardTemplate(lang: TemplateLanguage, options: NewMapOptions): JourneyMap {
  const at = (options.now ?? new Date()).toISOString();
  return {
    format: 'journeymap',
    formatVersion: 1,
    kind: options.kind ?? 'map',
    id: options.id ?? newId(),
    title: options.title,
    language: lang,
    createdAt: at,
    updatedAt: at,
    phases: STANDARD_PHASES.map((names) => ({ id: newId(), name: names[lang === 'de' ? 1 : 0] })),
    lanes: LANE_TYPES.filter((t) => laneTypeInfo(t).inStandardTemplate).map((type) => ({
      id: newId(),
      type,
      name: laneTypeName(type, lang),
    })),
    cards: [],
  };
}

/** A KPI as a template keeps it: what is measured and which way is good, no data. */
function kpiHint(kpi: Kpi): Kpi {
  return kpi.unit === undefined
    ? { direction: kpi.direction }
    : { direction: kpi.direction, unit: kpi.unit };
}

function cardHint(card: Card): Card {
  const { votes: _votes, comments: _comments, kpi, ...rest } = card;
  return kpi === undefined ? rest : { ...rest, kpi: kpiHint(kpi) };
}

/**
 * The map without its links to other maps (`variant`, `parent`): they name one
 * particular map on one device, so a template (or a map made from one) must not
 * carry them — a new map would claim to be a variant or subjourney of a stranger.
 */
export function withoutMapLinks(map: JourneyMap): JourneyMap {
  const { variant: _variant, parent: _parent, ...rest } = map;
  return rest;
}

/**
 * A template made from a map: keeps phases, lanes and cards (as hints) and the
 * map's descriptive fields; strips workshop data (votes, comments, KPI values
 * and dates, actions) and links to other maps. Gets a new id (a template is a new
 * document) unless given.
 */
export function toTemplate(map: JourneyMap, options: { id?: string; now?: Date } = {}): JourneyMap {
  const { actions: _actions, ...rest } = withoutMapLinks(map);
  const at = (options.now ?? new Date()).toISOString();
  return {
    ...rest,
    kind: 'template',
    id: options.id ?? newId(),
    createdAt: at,
    updatedAt: at,
    cards: map.cards.map(cardHint),
  };
}

/**
 * A new map from a template: same structure and hint cards, a new id and title,
 * no links to other maps (also when an imported template had some).
 * Phase, lane and card ids are kept; they only need to be unique within a map.
 */
export function fromTemplate(template: JourneyMap, options: NewMapOptions): JourneyMap {
  const at = (options.now ?? new Date()).toISOString();
  return {
    ...withoutMapLinks(template),
    kind: options.kind ?? 'map',
    id: options.id ?? newId(),
    title: options.title,
    createdAt: at,
    updatedAt: at,
  };
}
