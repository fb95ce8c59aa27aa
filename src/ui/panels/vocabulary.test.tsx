// Card pickers suggest the workspace vocabulary: owner teams, IT systems and tags used
// in the OTHER maps the user can open (here: a map stored on this device), next to the
// map's own — so people pick the existing name instead of writing a variant.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMap } from '../../doc';
import kfz from '../../model/fixtures/kfz-versicherung.journey.json';
import type { JourneyMap } from '../../model/types';
import { renderWithSession, sampleMap } from '../../session/testing';
import { createLocalMap } from '../../storage';
import { freshIndexedDbBackend } from '../../storage/testBackend';
import { CardInspector } from './CardInspector';
import { MapPanel } from './MapPanel';

const options = (input: HTMLElement) =>
  [
    ...(document.getElementById(input.getAttribute('list') ?? '')?.querySelectorAll('option') ??
      []),
  ].map((o) => o.value);

/** the sample map with an IT-system lane and card */
function withItSystem(): JourneyMap {
  const map = sampleMap();
  return {
    ...map,
    lanes: [...map.lanes, { id: 'ln-it', type: 'itSystems', name: 'IT systems' }],
    cards: [...map.cards, { id: 'it9', laneId: 'ln-it', phaseId: 'ph1', text: 'Billing' }],
  };
}

beforeAll(async () => {
  freshIndexedDbBackend();
  await createLocalMap(structuredClone(kfz) as unknown as JourneyMap);
});

describe('the workspace vocabulary in the card pickers', () => {
  it('suggests owner teams of other maps on a touchpoint', async () => {
    renderWithSession(<CardInspector />, { selected: ['t1'] });
    const team = screen.getByRole('combobox', { name: 'Owner team' });
    await waitFor(() => expect(options(team)).toContain('Digital Sales'));
    expect(options(team)).toEqual(expect.arrayContaining(['Growth', 'Product', 'Marketing']));
  });

  it('suggests tags of other maps, leaving out the ones the card has, and adds one by keyboard', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<CardInspector />, { selected: ['p1'] });
    const input = await screen.findByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(options(input)).toContain('Privatkunden'));
    await user.type(input, 'Privatkunden{Enter}');
    expect(exportMap(session.doc).cards.find((c) => c.id === 'p1')?.tags).toEqual(['Privatkunden']);
    expect(options(input)).not.toContain('Privatkunden');
  });

  it('suggests IT systems of other maps as the name of an IT-system card', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<CardInspector />, {
      selected: ['it9'],
      map: withItSystem(),
    });
    const name = screen.getByRole('combobox', { name: 'Text' });
    await waitFor(() => expect(options(name)).toContain('CRM (Salesforce)'));
    expect(options(name)).toContain('Billing'); // the map's own
    await user.clear(name);
    await user.type(name, 'CRM (Salesforce){Enter}');
    expect(exportMap(session.doc).cards.find((c) => c.id === 'it9')?.text).toBe('CRM (Salesforce)');
  });

  it('suggests map tags in the map panel', async () => {
    renderWithSession(<MapPanel />);
    const input = await screen.findByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(options(input)).toContain('Neugeschäft'));
  });
});
