import { render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../model/snapshot';
import { createTestSession } from './testing';
import { MapSessionProvider, useSnapshot } from './MapSession';

function CardText({ id }: { id: string }) {
  const text = useSnapshot(useCallback((s: MapSnapshot) => s.cards.get(id)?.text ?? '-', [id]));
  return <p data-testid="text">{text}</p>;
}

describe('useSnapshot', () => {
  it('answers a new selector at once, while the snapshot stays the same', () => {
    const session = createTestSession();
    const cards = [...session.store.getSnapshot().cards.values()];
    const [a, b] = [cards[0]!, cards[1]!];
    expect(a.text).not.toBe(b.text);
    const ui = (id: string) => (
      <MapSessionProvider session={session}>
        <CardText id={id} />
      </MapSessionProvider>
    );
    const { rerender } = render(ui(a.id));
    expect(screen.getByTestId('text').textContent).toBe(a.text);
    rerender(ui(b.id));
    expect(screen.getByTestId('text').textContent).toBe(b.text);
  });
});
