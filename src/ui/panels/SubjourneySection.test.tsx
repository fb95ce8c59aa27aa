import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLanguageStore } from '../../i18n';
import type { CardView } from '../../model/snapshot';
import { MapLinksProvider, type MapLinks } from '../../session/mapLinks';
import { SubjourneySection } from './SubjourneySection';

const card = (id: string, extra: object = {}) =>
  ({ id, text: id, ...extra }) as unknown as CardView;
const copy = card('c1', { 'x-source': { mapId: 'parent', cardId: 'o1' } });

function renderWith(links: Partial<MapLinks>, view: CardView) {
  const open = vi.fn();
  const value: MapLinks = { subjourneys: new Map(), parent: null, open, ...links };
  render(
    <MapLinksProvider value={value}>
      <SubjourneySection card={view} />
    </MapLinksProvider>,
  );
  return open;
}

afterEach(() => act(() => useLanguageStore.getState().setLanguage('en')));

describe('SubjourneySection', () => {
  it("links a copy to its original's map", () => {
    const parent = { mapId: 'parent', title: 'Car insurance', phaseName: 'Purchase' };
    const open = renderWith({ parent }, copy);
    fireEvent.click(screen.getByRole('link', { name: 'Copy of a card in “Car insurance”' }));
    expect(open).toHaveBeenCalledWith('parent');
  });

  it('names a copy whose map is not on this device, without a link', () => {
    renderWith({ parent: { mapId: 'parent', title: null, phaseName: null } }, copy);
    expect(screen.getByText('Copy of a card in another map (not on this device)')).toBeDefined();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('lists the subjourneys that detail an original, in German too', () => {
    act(() => useLanguageStore.getState().setLanguage('de'));
    const copies = new Map([['o1', [{ mapId: 'sub', title: 'Kauf' }]]]);
    const open = renderWith({ copies }, card('o1'));
    fireEvent.click(
      screen.getByRole('link', { name: 'Genauer beschrieben in der Subjourney „Kauf“' }),
    );
    expect(open).toHaveBeenCalledWith('sub');
  });

  it('shows nothing for a card that is neither', () => {
    renderWith({ copies: new Map([['o1', [{ mapId: 'sub', title: 'Kauf' }]]]) }, card('o2'));
    expect(screen.queryByRole('heading', { name: 'Subjourney' })).toBeNull();
  });
});
