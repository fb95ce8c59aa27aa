/**
 * The board's per-lane-type colours as CSS, made from the lane-type registry
 * (`model/laneTypes.ts`) so the board, the minimap and the exports read one
 * table. Board renders it once in a `<style>` element.
 */
import { LANE_TYPE_REGISTRY, type LaneTypeInfo } from '../model/laneTypes';
import type { LaneType } from '../model/types';

function rulesOf(type: LaneType, { colors }: LaneTypeInfo): string[] {
  const rules: string[] = [];
  if (colors.accent) rules.push(`.jb-card--${type}{border-left-color:${colors.accent}}`);
  if (colors.overview) rules.push(`.jb-cell--${type} .jb-cell__bar{background:${colors.overview}}`);
  return rules;
}

/** Card stripes and zoomed-out bars per lane type. */
export const LANE_CSS = (Object.entries(LANE_TYPE_REGISTRY) as [LaneType, LaneTypeInfo][])
  .flatMap(([type, info]) => rulesOf(type, info))
  .join('\n');
