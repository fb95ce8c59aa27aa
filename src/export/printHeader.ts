/**
 * The map's header for every export (#16): persona (name, description, goals, prior
 * knowledge), scenario, description, CX goal, owner, tags and state, as labelled facts
 * in the map's language; and a card's comments as "author, date: text". Markdown, CSV,
 * SVG/PNG and the PDF all print these, so a stakeholder who reads only the export gets
 * everything the header of the board holds.
 */
import type { Card, JourneyMap } from '../model/types';
import { exportLang, formatDate, labelsFor, type ExportLang } from './labels';

/** A header fact: `key` is stable (CSV code column), `label` in the map's language. */
export interface HeaderFact {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

const WORDS: Record<ExportLang, Record<string, string>> = {
  en: {
    state: 'State',
    'persona.name': 'Persona',
    'persona.description': 'About the persona',
    'persona.goals': 'Goals (jobs to be done)',
    'persona.priorKnowledge': 'Prior knowledge',
    scenario: 'Scenario',
    description: 'Description',
    cxGoal: 'CX goal',
    owner: 'Owner',
    tags: 'Tags',
  },
  de: {
    state: 'Zustand',
    'persona.name': 'Persona',
    'persona.description': 'Über die Persona',
    'persona.goals': 'Ziele (Jobs to be done)',
    'persona.priorKnowledge': 'Vorwissen',
    scenario: 'Szenario',
    description: 'Beschreibung',
    cxGoal: 'CX-Ziel',
    owner: 'Verantwortlich',
    tags: 'Schlagwörter',
  },
};

/** The header facts the map has, in a fixed order (absent or empty fields are left out). */
export function headerFacts(map: JourneyMap, lang: ExportLang = exportLang(map)): HeaderFact[] {
  const words = WORDS[lang];
  const states = labelsFor(lang).states;
  const persona = map.persona;
  const values: [string, string | undefined][] = [
    ['state', map.state ? states[map.state] : undefined],
    ['persona.name', persona?.name],
    ['persona.description', persona?.description],
    ['persona.goals', persona?.goals?.length ? persona.goals.join('; ') : undefined],
    ['persona.priorKnowledge', persona?.priorKnowledge],
    ['scenario', map.scenario],
    ['description', map.description],
    ['cxGoal', map.cxGoal],
    ['owner', map.owner],
    ['tags', map.tags?.length ? map.tags.join(', ') : undefined],
  ];
  return values
    .filter((v): v is [string, string] => !!v[1] && v[1].trim() !== '')
    .map(([key, value]) => ({ key, label: words[key]!, value }));
}

/** A card's comments as printable lines: "author, date: text" (date in the map's style). */
export function commentLines(card: Card, lang: ExportLang): string[] {
  return (card.comments ?? []).map((c) => `${c.author}, ${formatDate(c.at, lang)}: ${c.text}`);
}
