/**
 * The maturity model (shared/spec/maturity-model.md): five levels and nine aspects,
 * each level of each aspect described in English and German. Pure data: the texts
 * stand in `maturityModel.json` (one record per level and per aspect, English and
 * German side by side); this module types them and checks their shape once at load.
 */
import { oneOf } from '../oneOf';
import model from './maturityModel.json';

export type Lang = 'en' | 'de';
/** A text in both languages of the app. */
export type Bilingual = { readonly [L in Lang]: string };

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** Whether `value` is a level 0–4. */
export const isLevel = oneOf(LEVELS);

export interface LevelInfo {
  readonly level: Level;
  readonly name: Bilingual;
  readonly summary: Bilingual;
}

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
export const isAspect = oneOf(ASPECTS);

/** One text per level, 0 to 4. */
export type PerLevel<T> = readonly [T, T, T, T, T];

export interface AspectInfo {
  readonly aspect: Aspect;
  readonly name: Bilingual;
  /** what level 0, 1, 2, 3 and 4 look like in this aspect */
  readonly levels: PerLevel<Bilingual>;
}

/** Five entries, one per level, or a clear error naming the part of the model. */
function perLevel<T>(list: readonly T[], where: string): PerLevel<T> {
  if (list.length !== LEVELS.length)
    throw new Error(`maturity model: ${where} has ${list.length} levels, not ${LEVELS.length}`);
  return list as unknown as PerLevel<T>;
}

export const LEVEL_INFO: readonly LevelInfo[] = perLevel(model.levels, 'levels').map(
  (text, level) => ({ level: level as Level, ...text }),
);

export const ASPECT_INFO: { readonly [A in Aspect]: AspectInfo } = Object.fromEntries(
  ASPECTS.map((aspect) => {
    const { name, levels } = model.aspects[aspect];
    return [aspect, { aspect, name, levels: perLevel(levels, aspect) }];
  }),
) as { [A in Aspect]: AspectInfo };
