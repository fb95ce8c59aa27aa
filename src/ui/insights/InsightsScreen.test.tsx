import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMapDoc, exportMap, type MapDoc } from '../../doc';
import { useLanguageStore } from '../../i18n';
import kfz from '../../model/fixtures/kfz-versicherung.journey.json';
import saas from '../../model/fixtures/saas-onboarding.journey.json';
import type { JourneyMap } from '../../model/types';
import type { MapSource } from '../../storage';
import { InsightsScreen } from './InsightsScreen';

/** An in-memory map source over the two sample maps; changes run on real documents. */
function memorySource(): MapSource & { docs: Map<string, MapDoc> } {
  const docs = new Map<string, MapDoc>(
    [kfz, saas].map((json) => {
      const map = structuredClone(json) as unknown as JourneyMap;
      return [map.id, createMapDoc(map)];
    }),
  );
  return {
    id: 'memory',
    docs,
    list: async () => [...docs.values()].map((d) => exportMap(d)),
    change: async (mapId, edit) => {
      const doc = docs.get(mapId)!;
      edit(doc);
      return exportMap(doc);
    },
  };
}

beforeEach(() => {
  useLanguageStore.getState().setLanguage('en');
});

describe('InsightsScreen', () => {
  it('lists pain points of every map and opens a row with its card', async () => {
    const onOpen = vi.fn();
    render(<InsightsScreen sources={[memorySource()]} onOpen={onOpen} onHome={() => {}} />);
    await screen.findByText('2 maps');
    expect(screen.getByText('4 rows')).toBeTruthy();
    await userEvent.click(
      screen.getByRole('button', { name: 'Open Rückruf dauert bis zu 48 h in its map' }),
    );
    expect(onOpen).toHaveBeenCalledWith('kfz-versicherung-2026', 'pp2');
  });

  it('finds owner teams by text and changes an action on its map', async () => {
    const source = memorySource();
    render(<InsightsScreen sources={[source]} onOpen={() => {}} onHome={() => {}} />);
    await screen.findByText('2 maps');
    await userEvent.click(screen.getByRole('button', { name: 'Actions' }));
    await userEvent.type(screen.getByLabelText('Search'), 'Kundenservice');
    expect(screen.getByText('1 row')).toBeTruthy();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /^Status of “Rückruf-Slots/ }),
      'done',
    );
    await screen.findByText('Saved in map “Kfz-Versicherung online abschließen”.');
    expect(exportMap(source.docs.get('kfz-versicherung-2026')!).actions?.[0]?.status).toBe('done');
  });

  it('speaks German', async () => {
    act(() => useLanguageStore.getState().setLanguage('de'));
    render(<InsightsScreen sources={[memorySource()]} onOpen={() => {}} onHome={() => {}} />);
    await screen.findByText('2 Maps');
    expect(screen.getByRole('heading', { name: 'Erkenntnisse über alle Maps' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'KPIs' }));
    expect(screen.getAllByText('verbessert').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Potenziale' }));
    expect(screen.getByRole('group', { name: 'Wirkung × Aufwand' })).toBeTruthy();
  });
});
