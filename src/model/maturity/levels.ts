/**
 * The maturity model (shared/spec/maturity-model.md): five levels and nine aspects,
 * each level of each aspect described in English and German. Pure data.
 */

export type Lang = 'en' | 'de';
/** A text in both languages of the app. */
export type Bilingual = { readonly [L in Lang]: string };

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** Whether `value` is a level 0–4. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && (LEVELS as readonly number[]).includes(value);
}

export interface LevelInfo {
  readonly level: Level;
  readonly name: Bilingual;
  readonly summary: Bilingual;
}

export const LEVEL_INFO: readonly LevelInfo[] = [
  {
    level: 0,
    name: { en: 'No use of journeys', de: 'Keine Nutzung von Journeys' },
    summary: {
      en: 'Journeys are hardly used; no awareness, no structure.',
      de: 'Journeys werden kaum genutzt; kein Bewusstsein, keine Struktur.',
    },
  },
  {
    level: 1,
    name: { en: 'Occasional use', de: 'Gelegentliche Nutzung' },
    summary: {
      en: 'Single teams map now and then; first findings, no breadth.',
      de: 'Einzelne Teams erstellen ab und zu Maps; erste Erkenntnisse, keine Breite.',
    },
  },
  {
    level: 2,
    name: { en: 'Structured use', de: 'Strukturierte Nutzung' },
    summary: {
      en: 'Several teams map; templates and shared standards appear.',
      de: 'Mehrere Teams erstellen Maps; Vorlagen und gemeinsame Standards entstehen.',
    },
  },
  {
    level: 3,
    name: { en: 'Integrated use', de: 'Integrierte Nutzung' },
    summary: {
      en: 'Coordinated across functions and strategically relevant.',
      de: 'Über Funktionen hinweg abgestimmt und strategisch relevant.',
    },
  },
  {
    level: 4,
    name: { en: 'Holistic journey management', de: 'Ganzheitliches Journey Management' },
    summary: {
      en: 'Part of the culture; journeys feed steering decisions continuously.',
      de: 'Teil der Kultur; Journeys fließen laufend in Steuerungsentscheidungen ein.',
    },
  },
];

export const ASPECTS = [
  'awareness',
  'methods',
  'roles',
  'insights',
  'processes',
  'tools',
  'strategy',
  'governance',
  'metrics',
] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Whether `value` is one of the nine aspect ids. */
export function isAspect(value: unknown): value is Aspect {
  return typeof value === 'string' && (ASPECTS as readonly string[]).includes(value);
}

export interface AspectInfo {
  readonly aspect: Aspect;
  readonly name: Bilingual;
  /** what level 0, 1, 2, 3 and 4 look like in this aspect */
  readonly levels: readonly [Bilingual, Bilingual, Bilingual, Bilingual, Bilingual];
}

const d = (en: string, de: string): Bilingual => ({ en, de });

export const ASPECT_INFO: { readonly [A in Aspect]: AspectInfo } = {
  awareness: {
    aspect: 'awareness',
    name: d('Awareness', 'Bewusstsein'),
    levels: [
      d('Nobody knows what journeys are good for.', 'Niemand weiß, wozu Journeys gut sind.'),
      d('First teams see the value.', 'Erste Teams erkennen den Nutzen.'),
      d(
        'Relevance is accepted in several areas.',
        'Die Relevanz ist in mehreren Bereichen anerkannt.',
      ),
      d(
        'Journeys are part of the goal systems of several departments.',
        'Journeys stehen in den Zielsystemen mehrerer Abteilungen.',
      ),
      d(
        'Customer focus is anchored in culture and leadership.',
        'Kundenorientierung ist in Kultur und Führung verankert.',
      ),
    ],
  },
  methods: {
    aspect: 'methods',
    name: d('Methods & structure', 'Methoden & Struktur'),
    levels: [
      d('No method, no structure.', 'Keine Methode, keine Struktur.'),
      d('Single maps, each in its own style.', 'Einzelne Maps, jede in eigenem Stil.'),
      d('Templates and shared standards.', 'Vorlagen und gemeinsame Standards.'),
      d('One approach agreed company-wide.', 'Ein unternehmensweit abgestimmtes Vorgehen.'),
      d(
        'Standardised, consistent and always current.',
        'Standardisiert, einheitlich und stets aktuell.',
      ),
    ],
  },
  roles: {
    aspect: 'roles',
    name: d('Roles & skills', 'Jobrolle & Skills'),
    levels: [
      d('No one with journey skills.', 'Niemand mit Journey-Kompetenz.'),
      d('Single UX/CX people with the basics.', 'Einzelne UX-/CX-Leute mit Grundlagen.'),
      d('Several people with clear responsibility.', 'Mehrere Personen mit klarer Verantwortung.'),
      d('Dedicated roles with mandate and expertise.', 'Eigene Rollen mit Mandat und Fachwissen.'),
      d('A network of journey experts.', 'Ein Netzwerk von Journey-Fachleuten.'),
    ],
  },
  insights: {
    aspect: 'insights',
    name: d('Insight gathering', 'Erkenntnisgewinnung'),
    levels: [
      d('Feedback is not collected or used.', 'Feedback wird weder gesammelt noch genutzt.'),
      d(
        'First qualitative or quantitative feedback is used.',
        'Erstes qualitatives oder quantitatives Feedback wird genutzt.',
      ),
      d(
        'Journeys are built on user data and feedback.',
        'Journeys beruhen auf Nutzerdaten und Feedback.',
      ),
      d(
        'Qualitative and quantitative insights are linked.',
        'Qualitative und quantitative Erkenntnisse sind verknüpft.',
      ),
      d(
        'Journeys and their data are the basis of customer decisions.',
        'Journeys und ihre Daten sind die Grundlage von Kundenentscheidungen.',
      ),
    ],
  },
  processes: {
    aspect: 'processes',
    name: d('Processes', 'Prozesse'),
    levels: [
      d(
        'No process to make or maintain journeys.',
        'Kein Prozess, um Journeys zu erstellen oder zu pflegen.',
      ),
      d('No fixed routine for use or upkeep.', 'Keine feste Routine für Nutzung oder Pflege.'),
      d(
        'Routines to create and maintain journeys (a framework).',
        'Routinen zum Erstellen und Pflegen von Journeys (ein Rahmenwerk).',
      ),
      d(
        'Journeys are used inside company processes.',
        'Journeys werden in Unternehmensprozessen genutzt.',
      ),
      d(
        'Journeys drive continuous improvement.',
        'Journeys treiben die kontinuierliche Verbesserung.',
      ),
    ],
  },
  tools: {
    aspect: 'tools',
    name: d('Tools', 'Tools'),
    levels: [
      d('No tools.', 'Keine Tools.'),
      d('Office tools or simple mapping tools.', 'Office-Werkzeuge oder einfache Mapping-Tools.'),
      d('Specialised journey tools introduced.', 'Spezialisierte Journey-Tools eingeführt.'),
      d(
        'Journey tools shared and maintained together.',
        'Journey-Tools werden gemeinsam genutzt und gepflegt.',
      ),
      d(
        'Fully integrated platforms for mapping, analysis and steering.',
        'Voll integrierte Plattformen für Mapping, Analyse und Steuerung.',
      ),
    ],
  },
  strategy: {
    aspect: 'strategy',
    name: d('Strategy & budget', 'Strategie & Budget'),
    levels: [
      d('No budget, no focus.', 'Kein Budget, kein Fokus.'),
      d('Supported now and then.', 'Gelegentlich unterstützt.'),
      d(
        'A first place in team or area strategies.',
        'Ein erster Platz in Team- oder Bereichsstrategien.',
      ),
      d('Part of strategic programmes with a budget.', 'Teil strategischer Programme mit Budget.'),
      d('Part of the company strategy.', 'Teil der Unternehmensstrategie.'),
    ],
  },
  governance: {
    aspect: 'governance',
    name: d('Governance', 'Governance'),
    levels: [
      d('No responsibilities, no guard rails.', 'Keine Zuständigkeiten, keine Leitplanken.'),
      d('Responsibility lies with individuals.', 'Die Verantwortung liegt bei Einzelnen.'),
      d('A central team or board coordinates.', 'Ein zentrales Team oder Gremium koordiniert.'),
      d(
        'Clear rules for ownership, upkeep and use.',
        'Klare Regeln für Verantwortung, Pflege und Nutzung.',
      ),
      d(
        'Boards and roles secure quality and use company-wide.',
        'Gremien und Rollen sichern Qualität und Nutzung unternehmensweit.',
      ),
    ],
  },
  metrics: {
    aspect: 'metrics',
    name: d('Metrics', 'Metriken'),
    levels: [
      d('Experiences are not measured.', 'Erlebnisse werden nicht gemessen.'),
      d('Sporadic feedback, not analysed.', 'Vereinzeltes Feedback, nicht ausgewertet.'),
      d(
        'First KPIs on touchpoints or satisfaction.',
        'Erste KPIs zu Touchpoints oder Zufriedenheit.',
      ),
      d(
        'Journeys feed area and company steering.',
        'Journeys fließen in die Bereichs- und Unternehmenssteuerung ein.',
      ),
      d(
        'Key moments and experience goals are measured routinely.',
        'Schlüsselmomente und Erlebnisziele werden routinemäßig gemessen.',
      ),
    ],
  },
};
