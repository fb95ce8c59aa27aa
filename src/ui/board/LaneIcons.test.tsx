/**
 * Issue 12: the lane-type registry carries an icon per type, shown in the lane
 * header on the board, in the overview and in the side panel, with the type's name.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LaneIcon } from '../../canvas/LaneIcon';
import { LANE_TYPE_REGISTRY } from '../../model/laneTypes';
import { laneTypeName } from '../../model/templates';
import { LANE_TYPES, type LaneType } from '../../model/types';
import { renderWithSession } from '../../session/testing';
import { CardInspector } from '../panels/CardInspector';
import { renderBoard } from './testing';

describe('lane icons', () => {
  it('every lane type has its own drawable icon in the registry', () => {
    const paths = LANE_TYPES.map((type) => LANE_TYPE_REGISTRY[type].icon);
    for (const d of paths) expect(d).toMatch(/^M[\d\s.,a-zA-Z-]+$/);
    expect(new Set(paths).size).toBe(LANE_TYPES.length);
  });

  it('is an image named by the type when labelled, and hidden decoration when not', () => {
    render(
      <>
        <LaneIcon type="painPoints" label="Pain points" />
        <LaneIcon type="kpis" />
      </>,
    );
    const named = screen.getByRole('img', { name: 'Pain points' });
    expect(named.querySelector('path')?.getAttribute('d')).toBe(LANE_TYPE_REGISTRY.painPoints.icon);
    expect(document.querySelector('[data-lane-icon="kpis"]')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
  });

  it('shows each lane header with its type’s icon, named in the UI language', () => {
    for (const language of ['en', 'de'] as const) {
      const h = renderBoard({ language });
      for (const lane of h.snapshot().lanes) {
        const header = document.querySelector<HTMLElement>(`[data-header-id="${lane.id}"]`)!;
        const icon = within(header).getByRole('img', { name: laneTypeName(lane.type, language) });
        expect(icon.getAttribute('data-lane-icon')).toBe(lane.type);
      }
      h.unmount();
    }
  });

  it('shows the lane type’s icon next to the card’s lane in the side panel', () => {
    renderWithSession(<CardInspector />, { selected: ['p1'] });
    const note = screen.getByText(/Pain points/, { selector: 'p' });
    const icon = note.querySelector<SVGElement>('[data-lane-icon]');
    expect(icon?.getAttribute('data-lane-icon')).toBe('painPoints' satisfies LaneType);
  });
});
