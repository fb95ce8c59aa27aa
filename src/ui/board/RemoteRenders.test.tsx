/**
 * A peer's edit re-renders the card it changed and no other card: snapshots keep
 * unchanged cards identical, node derivation reuses their node objects, and the
 * card component is memoised (issue 18: edit → peer paint on a 2,000-card map).
 */
import { act, waitFor } from '@testing-library/react';
import { createElement, memo, type ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { addCard, REMOTE_ORIGIN, setCardText } from '../../doc';
import { deliver, peerOf } from '../../doc/testing/peers';
import type * as CardNodeModule from '../../canvas/nodes/CardNode';
import { nodeById, renderBoard, type BoardHarness } from './testing';

const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../canvas/nodes/CardNode', async (importOriginal) => {
  const actual = await importOriginal<typeof CardNodeModule>();
  type Props = ComponentProps<typeof actual.CardNode>;
  // the same memo as the real one, so it counts the renders that get past it
  const Counted = memo(function Counted(props: Props) {
    renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
    return createElement(actual.CardNode, props);
  });
  return { ...actual, CardNode: Counted };
});

function seed(h: BoardHarness): string[] {
  const ids: string[] = [];
  act(() => {
    for (const [i, text] of ['Call', 'Chat', 'Mail', 'Shop', 'Visit', 'App'].entries()) {
      ids.push(
        addCard(h.session.doc, {
          laneId: h.laneIdOfType(i % 2 ? 'needs' : 'touchpoints'),
          phaseId: h.phaseId(i % 3),
          text,
        }),
      );
    }
  });
  return ids;
}

describe('board: a peer’s edit', () => {
  it('re-renders only the card it changed', async () => {
    const h = renderBoard();
    const ids = seed(h);
    await waitFor(() => ids.forEach((id) => expect(nodeById(id)).toBeTruthy()));
    const [changed, ...others] = ids as [string, ...string[]];
    expect(others.every((id) => (renders.get(id) ?? 0) > 0)).toBe(true);
    const peer = peerOf(h.session.doc);
    setCardText(peer, changed, 'Calls');
    renders.clear();
    act(() => deliver(peer, h.session.doc, REMOTE_ORIGIN));
    await waitFor(() => expect(nodeById(changed)?.textContent).toContain('Calls'));
    expect(renders.get(changed)).toBeGreaterThan(0);
    expect(others.filter((id) => renders.has(id))).toEqual([]);
  });

  it('one update with two cards changed re-renders those two', async () => {
    const h = renderBoard();
    const ids = seed(h);
    await waitFor(() => ids.forEach((id) => expect(nodeById(id)).toBeTruthy()));
    const peer = peerOf(h.session.doc);
    setCardText(peer, ids[2]!, 'Mails');
    setCardText(peer, ids[4]!, 'Visits');
    renders.clear();
    act(() => deliver(peer, h.session.doc, REMOTE_ORIGIN));
    await waitFor(() => expect(nodeById(ids[4]!)?.textContent).toContain('Visits'));
    expect([...renders.keys()].sort()).toEqual([ids[2], ids[4]].sort());
  });
});
