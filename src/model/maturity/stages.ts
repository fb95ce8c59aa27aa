/**
 * Stages of a stage model and the first measures that fit each (maturity-model.md,
 * "Typical first measures by stage"). The overall stage follows from the mean of
 * the agreed levels: below 1 "not yet aware", below 2 "adopting", below 3
 * "building", from 3 "committed". Pure.
 */
import { ASPECTS, type Aspect, type Bilingual, type Level } from './levels';

export const STAGES = ['notAware', 'adopting', 'building', 'committed'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageInfo {
  readonly stage: Stage;
  readonly name: Bilingual;
  readonly measures: readonly Bilingual[];
}

const m = (en: string, de: string): Bilingual => ({ en, de });

export const STAGE_INFO: { readonly [S in Stage]: StageInfo } = {
  notAware: {
    stage: 'notAware',
    name: m('Not yet aware', 'Noch nicht sensibilisiert'),
    measures: [
      m('Awareness workshops', 'Workshops zur Sensibilisierung'),
      m(
        'First simple maps that make pain points visible',
        'Erste einfache Maps, die Pain Points sichtbar machen',
      ),
      m('Small pilot projects', 'Kleine Pilotprojekte'),
    ],
  },
  adopting: {
    stage: 'adopting',
    name: m('Adopting', 'Im Aufbruch'),
    measures: [
      m(
        'A standard way to create and maintain maps',
        'Ein Standardvorgehen zum Erstellen und Pflegen von Maps',
      ),
      m(
        'Simple ways to bring feedback and KPIs into the maps',
        'Einfache Wege, Feedback und KPIs in die Maps zu bringen',
      ),
      m(
        'An interdisciplinary team that owns improvements',
        'Ein interdisziplinäres Team, das Verbesserungen verantwortet',
      ),
    ],
  },
  building: {
    stage: 'building',
    name: m('Building', 'Im Ausbau'),
    measures: [
      m(
        'A journey repository that documents every journey consistently and is open to all',
        'Ein Journey-Repository, das jede Journey einheitlich dokumentiert und allen offensteht',
      ),
      m(
        'Clear routines that feed insights and KPIs into improvements',
        'Klare Routinen, die Erkenntnisse und KPIs in Verbesserungen überführen',
      ),
      m(
        'Shared workshops or cross-department goals',
        'Gemeinsame Workshops oder abteilungsübergreifende Ziele',
      ),
    ],
  },
  committed: {
    stage: 'committed',
    name: m('Committed', 'Fest verankert'),
    measures: [
      m(
        'Every journey in one central repository used by all departments',
        'Alle Journeys in einem zentralen Repository, das alle Abteilungen nutzen',
      ),
      m('A KPI system that steers journeys', 'Ein KPI-System, das Journeys steuert'),
      m('Training CX coaches', 'CX-Coaches ausbilden'),
    ],
  },
};

/** The mean of the levels given (null when none is). */
export function meanLevel(levels: Partial<Record<Aspect, Level>>): number | null {
  const values = ASPECTS.map((a) => levels[a]).filter((v): v is Level => v !== undefined);
  if (values.length === 0) return null;
  return values.reduce<number>((s, v) => s + v, 0) / values.length;
}

/** The overall stage of a set of agreed levels (null when no aspect has one). */
export function stageOf(levels: Partial<Record<Aspect, Level>>): Stage | null {
  const mean = meanLevel(levels);
  if (mean === null) return null;
  if (mean < 1) return 'notAware';
  if (mean < 2) return 'adopting';
  if (mean < 3) return 'building';
  return 'committed';
}
