import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { standardTemplate } from '../../model/templates';
import type { StorageBackend } from '../../storage';
import { freshIndexedDbBackend } from '../../storage/testBackend';
import { useLanguageStore } from '../../i18n';
import { ImportingDropZone } from './ImportingDropZone';

let backend: StorageBackend;
beforeEach(() => {
  backend = freshIndexedDbBackend();
  act(() => useLanguageStore.getState().setLanguage('en'));
});

/** Drags `files` over `target` and drops them, as the browser does; returns whether the page took the drop. */
function dropOn(target: Element, files: File[]): boolean {
  const dataTransfer = { files, types: ['Files'], dropEffect: 'none' };
  const fire = (type: string) => {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };
  fire('dragenter');
  const overTaken = fire('dragover');
  const dropTaken = fire('drop');
  return overTaken && dropTaken;
}

const journeyFile = (name: string, value: unknown) =>
  new File([JSON.stringify(value)], name, { type: 'application/json' });

describe('ImportingDropZone (drop anywhere)', () => {
  it('imports a map dropped anywhere on another screen and offers to open it', async () => {
    const onOpen = vi.fn();
    render(
      <>
        <ImportingDropZone onOpen={onOpen} />
        <main aria-label="Board">
          <div className="react-flow__pane">board</div>
        </main>
      </>,
    );
    const map = standardTemplate('en', { title: 'Dropped on the board' });
    // the page, not the browser, takes the drop: the tab does not navigate to the file
    expect(dropOn(screen.getByText('board'), [journeyFile('m.journey.json', map)])).toBe(true);

    await screen.findByText(/Imported “Dropped on the board”\./, {}, { timeout: 5000 });
    const report = screen.getByRole('status');
    expect(await backend.catalog.get(map.id)).toMatchObject({ title: 'Dropped on the board' });
    await userEvent
      .setup()
      .click(within(report).getByRole('button', { name: 'Open “Dropped on the board”' }));
    expect(onOpen).toHaveBeenCalledWith(map.id);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lists every problem of an invalid dropped file and imports nothing', async () => {
    render(<ImportingDropZone />);
    const good = standardTemplate('en', { title: 'Good' });
    const bad = { ...standardTemplate('en', { title: '' }), cards: [{ id: 'c', laneId: 'x' }] };
    dropOn(document.body, [journeyFile('good.journey.json', good), journeyFile('bad.json', bad)]);

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Nothing was imported');
    const paths = within(within(alert).getByRole('region', { name: 'bad.json' }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('code')?.textContent);
    expect(paths).toEqual(expect.arrayContaining(['title', 'cards[0].laneId', 'cards[0].phaseId']));
    expect(await backend.catalog.list()).toEqual([]);
  });

  it('leaves dragged text alone', () => {
    render(<ImportingDropZone />);
    const event = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
