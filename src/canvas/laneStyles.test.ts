import { describe, expect, it } from 'vitest';
import { LANE_TYPE_REGISTRY } from '../model/laneTypes';
import { LANE_CSS } from './laneStyles';

describe('lane colours as CSS', () => {
  it('has a card stripe and a zoomed-out bar rule from the registry', () => {
    expect(LANE_CSS).toContain(
      `.jb-card--painPoints{border-left-color:${LANE_TYPE_REGISTRY.painPoints.colors.accent}}`,
    );
    expect(LANE_CSS).toContain('.jb-cell--kpis .jb-cell__bar{background:#f7c77f}');
    // types without their own colour keep the stylesheet's default
    expect(LANE_CSS).not.toContain('jb-card--notes');
  });
});
