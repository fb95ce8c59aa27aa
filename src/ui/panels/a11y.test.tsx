import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ActionsPanel } from './ActionsPanel';
import { CardInspector } from './CardInspector';
import { MapPanel } from './MapPanel';
import { renderWithSession } from '../../session/testing';

// colour contrast needs real layout and canvas, which happy-dom has not
async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('panel accessibility (axe)', () => {
  it('map panel', async () => {
    const { container } = renderWithSession(<MapPanel />);
    expect(await violations(container)).toEqual([]);
  });

  for (const id of ['t1', 'e1', 'o1', 'k1']) {
    it(`card inspector for ${id}`, async () => {
      const { container } = renderWithSession(<CardInspector />, { selected: [id] });
      expect(await violations(container)).toEqual([]);
    });
  }

  it('card inspector for a multi-selection', async () => {
    const { container } = renderWithSession(<CardInspector />, { selected: ['t1', 'n1'] });
    expect(await violations(container)).toEqual([]);
  });

  it('actions panel', async () => {
    const { container } = renderWithSession(<ActionsPanel />);
    expect(await violations(container)).toEqual([]);
  });
});
