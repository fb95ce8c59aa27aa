import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MapSessionProvider } from './MapSession';
import { createTestSession } from './testing';
import { useUiStore, useUiStoreApi } from './uiStore';

/** Shows one map's selection and header rename, and selects its first card on click. */
function Probe({ cardId }: { cardId: string }) {
  const selected = useUiStore((s) => s.selectedCardIds.join(',') || 'none');
  const renaming = useUiStore((s) => s.renamingHeader?.id ?? 'none');
  const ui = useUiStoreApi();
  return (
    <section>
      <p data-testid="selected">{selected}</p>
      <p data-testid="renaming">{renaming}</p>
      <button type="button" onClick={() => ui.getState().selectCards([cardId])}>
        select
      </button>
      <button
        type="button"
        onClick={() => ui.getState().startRenaming({ kind: 'phase', id: 'ph1' })}
      >
        rename
      </button>
    </section>
  );
}

describe('view state per map session', () => {
  it('keeps two maps in one page apart: selection and header rename', async () => {
    const user = userEvent.setup();
    const one = createTestSession();
    const two = createTestSession();
    render(
      <>
        <div data-testid="one">
          <MapSessionProvider session={one}>
            <Probe cardId="t1" />
          </MapSessionProvider>
        </div>
        <div data-testid="two">
          <MapSessionProvider session={two}>
            <Probe cardId="p1" />
          </MapSessionProvider>
        </div>
      </>,
    );
    const first = within(screen.getByTestId('one'));
    const second = within(screen.getByTestId('two'));
    await user.click(first.getByRole('button', { name: 'select' }));
    expect(first.getByTestId('selected').textContent).toBe('t1');
    expect(second.getByTestId('selected').textContent).toBe('none');
    await user.click(second.getByRole('button', { name: 'select' }));
    await user.click(second.getByRole('button', { name: 'rename' }));
    expect(first.getByTestId('selected').textContent).toBe('t1');
    expect(second.getByTestId('selected').textContent).toBe('p1');
    expect(first.getByTestId('renaming').textContent).toBe('none');
    expect(second.getByTestId('renaming').textContent).toBe('ph1');
  });

  it('shares the view state with a nested provider of the same map (a re-scoped session)', () => {
    const session = createTestSession();
    render(
      <MapSessionProvider session={session}>
        <div data-testid="outer">
          <Probe cardId="t1" />
        </div>
        <MapSessionProvider session={{ ...session, readOnly: true }}>
          <div data-testid="inner">
            <Probe cardId="p1" />
          </div>
        </MapSessionProvider>
      </MapSessionProvider>,
    );
    act(() => within(screen.getByTestId('inner')).getByRole('button', { name: 'select' }).click());
    expect(within(screen.getByTestId('outer')).getByTestId('selected').textContent).toBe('p1');
  });

  it('says where it is missing: outside a map session there is no view state', () => {
    expect(() => render(<Probe cardId="t1" />)).toThrow(/inside <MapSessionProvider>/);
  });
});
