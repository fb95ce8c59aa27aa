import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { standardTemplate } from '../../model/templates';
import { createLocalMap, type StorageBackend } from '../../storage';
import { freshIndexedDbBackend } from '../../storage/testBackend';
import { useLanguageStore } from '../../i18n';
import { HomeScreen } from './HomeScreen';

let backend: StorageBackend;
beforeEach(() => {
  backend = freshIndexedDbBackend();
  useLanguageStore.getState().setLanguage('en');
});

function renderHome() {
  const onOpen = vi.fn();
  render(<HomeScreen onOpen={onOpen} />);
  return { onOpen, user: userEvent.setup() };
}

const mapList = () =>
  screen.getByRole('region', { name: /maps on this device|trash|saved templates/i });
const titles = () =>
  within(mapList())
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('HomeScreen', () => {
  it('creates a map from the German standard template and opens it', async () => {
    const { onOpen, user } = renderHome();
    await screen.findByText(/No maps yet/);
    await user.type(screen.getByLabelText('Title'), 'Kfz-Schaden');
    await user.selectOptions(screen.getByLabelText('Template'), 'standard:de');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const id = onOpen.mock.calls[0]![0] as string;
    expect(await backend.catalog.get(id)).toMatchObject({
      title: 'Kfz-Schaden',
      language: 'de',
      kind: 'map',
    });
    await waitFor(() => expect(titles()).toEqual(['Kfz-Schaden']));
  });

  it("offers the standard template in the UI's language, also after a language switch", async () => {
    renderHome();
    await screen.findByText(/No maps yet/);
    const template = () => screen.getByLabelText<HTMLSelectElement>(/Template|Vorlage/);
    expect(template().value).toBe('standard:en');
    act(() => useLanguageStore.getState().setLanguage('de'));
    expect(template().value).toBe('standard:de');
    // once the user picks one, the pick stays
    fireEvent.change(template(), { target: { value: 'standard:en' } });
    act(() => useLanguageStore.getState().setLanguage('en'));
    act(() => useLanguageStore.getState().setLanguage('de'));
    expect(template().value).toBe('standard:en');
  });

  it('searches title, tags, persona and card text, and filters by state', async () => {
    await createLocalMap({
      ...standardTemplate('en', { title: 'Claims' }),
      tags: ['insurance'],
      state: 'current',
    });
    const base = standardTemplate('en', { title: 'Onboarding' });
    await createLocalMap({
      ...base,
      state: 'future',
      persona: { name: 'Petra' },
      cards: [
        {
          id: 'c1',
          laneId: base.lanes[0]!.id,
          phaseId: base.phases[0]!.id,
          text: 'Welcome mail lands in spam',
        },
      ],
    });
    const { user } = renderHome();
    await waitFor(() => expect(titles().sort()).toEqual(['Claims', 'Onboarding']));

    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'spam');
    expect(titles()).toEqual(['Onboarding']);
    await user.clear(search);
    await user.type(search, 'insur');
    expect(titles()).toEqual(['Claims']);
    await user.clear(search);
    await user.type(search, 'petra');
    expect(titles()).toEqual(['Onboarding']);
    await user.clear(search);

    await user.selectOptions(screen.getByLabelText('State'), 'current');
    expect(titles()).toEqual(['Claims']);
    await user.selectOptions(screen.getByLabelText('State'), '');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'cards');
    expect(titles()).toEqual(['Onboarding', 'Claims']);
  });

  it('moves a map to the trash, restores it, and empties the trash', async () => {
    await createLocalMap(standardTemplate('en', { title: 'Keep me' }));
    await createLocalMap(standardTemplate('en', { title: 'Throw away' }));
    const { user } = renderHome();
    await waitFor(() => expect(titles()).toHaveLength(2));

    for (const title of ['Keep me', 'Throw away']) {
      await user.click(
        within(screen.getByRole('group', { name: `Actions for ${title}` })).getByRole('button', {
          name: 'Move to trash',
        }),
      );
      await waitFor(() => expect(titles()).not.toContain(title));
    }
    await user.click(screen.getByRole('button', { name: 'Trash (2)' }));
    await waitFor(() => expect(titles().sort()).toEqual(['Keep me', 'Throw away']));

    await user.click(
      within(screen.getByRole('group', { name: 'Actions for Keep me' })).getByRole('button', {
        name: 'Restore',
      }),
    );
    await waitFor(() => expect(titles()).toEqual(['Throw away']));
    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Empty trash' }),
    );
    await waitFor(() => expect(screen.getByText('The trash is empty.')).toBeTruthy());

    await user.click(screen.getByRole('button', { name: 'Maps' }));
    await waitFor(() => expect(titles()).toEqual(['Keep me']));
    expect((await backend.catalog.list()).map((e) => e.title)).toEqual(['Keep me']);
  });

  it('shows every problem of an invalid file with its path and imports nothing', async () => {
    const { user } = renderHome();
    await screen.findByText(/No maps yet/);
    const bad = {
      ...standardTemplate('en', { title: '' }),
      cards: [{ id: 'c1', laneId: 'nope', phaseId: 'p9', text: 'x' }],
    };
    const file = new File([JSON.stringify(bad)], 'bad.journey.json', { type: 'application/json' });
    await user.upload(screen.getByTestId('import-input'), file);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported');
    const paths = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('code')?.textContent);
    expect(paths).toEqual(expect.arrayContaining(['title', 'cards[0].laneId', 'cards[0].phaseId']));
    expect(await backend.catalog.list()).toEqual([]);
    expect(titles()).toEqual([]);
  });

  it('imports a dropped file, and a second copy with a new id', async () => {
    renderHome();
    await screen.findByText(/No maps yet/);
    const map = standardTemplate('en', { title: 'Dropped' });
    const drop = () =>
      fireEvent.drop(screen.getByRole('main'), {
        dataTransfer: {
          files: [new File([JSON.stringify(map)], 'd.journey.json')],
          types: ['Files'],
        },
      });
    drop();
    await waitFor(() => expect(titles()).toEqual(['Dropped']));
    drop();
    await screen.findByText(/as a copy with a new id/);
    await waitFor(() => expect(titles()).toEqual(['Dropped', 'Dropped']));
    const ids = (await backend.catalog.list()).map((e) => e.id);
    expect(ids).toContain(map.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('creates a variant with a label and a subjourney of a phase', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Claims' }));
    const { onOpen, user } = renderHome();
    await waitFor(() => expect(titles()).toEqual(['Claims']));
    await user.click(
      within(screen.getByRole('group', { name: 'Actions for Claims' })).getByRole('button', {
        name: 'Create variant…',
      }),
    );
    await user.type(within(screen.getByRole('dialog')).getByRole('textbox'), 'Austria{Enter}');
    await waitFor(() => expect(titles()).toContain('Claims – Austria'));
    expect(screen.getByText('Variant “Austria” of Claims')).toBeTruthy();

    await user.click(
      within(screen.getByRole('group', { name: 'Actions for Claims' })).getByRole('button', {
        name: 'Create subjourney…',
      }),
    );
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(
      within(dialog).getByLabelText('Phase'),
      within(dialog).getByRole('option', { name: 'Purchase' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(titles()).toContain('Purchase'));
    expect(screen.getByText('Subjourney of Claims › Purchase')).toBeTruthy();
    const sub = (await backend.catalog.list()).find((e) => e.title === 'Purchase');
    expect(sub).toMatchObject({ parentMapId: id });
    // the new subjourney opens, like any other new map
    expect(onOpen).toHaveBeenCalledWith(sub!.id);
  });

  it('asks for a title when a map is made from a saved template, and opens it', async () => {
    await createLocalMap(standardTemplate('de', { title: 'Workshop-Vorlage', kind: 'template' }));
    const { onOpen, user } = renderHome();
    await screen.findByText(/No maps yet/);
    await user.click(screen.getByRole('button', { name: 'Templates' }));
    await user.click(
      within(await screen.findByRole('group', { name: 'Actions for Workshop-Vorlage' })).getByRole(
        'button',
        { name: 'New map from this template' },
      ),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'New map from the template “Workshop-Vorlage”',
    });
    await user.type(within(dialog).getByLabelText('Title'), 'Kick-off Kunde A{Enter}');
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const created = await backend.catalog.get(onOpen.mock.calls[0]![0] as string);
    expect(created).toMatchObject({ kind: 'map', title: 'Kick-off Kunde A', language: 'de' });
  });

  it('lists a map whose catalog row was lost, next to the rows that are fine', async () => {
    await createLocalMap(standardTemplate('en', { title: 'Listed' }));
    const lost = standardTemplate('en', { title: 'Lost row' });
    await createLocalMap(lost);
    await backend.catalog.remove(lost.id);
    renderHome();
    await waitFor(() => expect(titles().sort()).toEqual(['Listed', 'Lost row']), { timeout: 5000 });
    expect(screen.getByText(/missing from this list were found on this device/)).toBeTruthy();
  });

  it('refuses a file over 50 MiB without reading it, and imports nothing', async () => {
    const { user } = renderHome();
    await screen.findByText(/No maps yet/);
    const good = new File([JSON.stringify(standardTemplate('en', { title: 'Fine' }))], 'ok.json');
    const huge = new File(['{}'], 'huge.journey.json');
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    await user.upload(screen.getByTestId('import-input'), [good, huge]);

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Nothing was imported');
    expect(within(alert).getByRole('region', { name: 'huge.journey.json' }).textContent).toMatch(
      /60\.0 MiB; files over 50\.0 MiB cannot be imported/,
    );
    expect(read).not.toHaveBeenCalled();
    expect(await backend.catalog.list()).toEqual([]);
  });

  it('says which files were imported and which not when storing fails partway', async () => {
    const { user } = renderHome();
    await screen.findByText(/No maps yet/);
    const [a, b] = ['Stored', 'Not stored'].map((title) => standardTemplate('en', { title }));
    const append = backend.documents.append.bind(backend.documents);
    backend.documents.append = async (id, update) => {
      if (id === b!.id) throw new DOMException('no space', 'QuotaExceededError');
      return append(id, update);
    };
    const file = (name: string, map: unknown) => new File([JSON.stringify(map)], name);
    await user.upload(screen.getByTestId('import-input'), [
      file('a.journey.json', a),
      file('b.journey.json', b),
    ]);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Only some files were imported');
    expect(alert.textContent).toContain('Imported “Stored”.');
    expect(alert.textContent).toContain('b.journey.json: this device’s storage is full');
    await waitFor(() => expect(titles()).toEqual(['Stored']), { timeout: 5000 });
  });
});
