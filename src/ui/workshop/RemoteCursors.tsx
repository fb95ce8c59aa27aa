/**
 * The others' pointers, drawn inside the React Flow viewport at their flow
 * coordinates, counter-scaled so they keep their size at any zoom. Only this
 * component re-renders when cursors move (at most once a frame).
 */
import { useStore } from '@xyflow/react';
import { memo, useCallback } from 'react';
import type { PresenceState } from '../../model/workshop/presence';
import type { Peers } from '../../sync/presence';
import { usePresence } from './hooks';
import { useWorkshop } from './WorkshopContext';

function sameList(a: readonly PresenceState[], b: readonly PresenceState[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

const Cursor = memo(function Cursor({ state, scale }: { state: PresenceState; scale: number }) {
  const { cursor, user } = state;
  if (!cursor) return null;
  return (
    <div
      className="jb-ws-cursor"
      data-testid="remote-cursor"
      data-user={user.name}
      style={{ transform: `translate(${cursor.x}px, ${cursor.y}px) scale(${scale})` }}
    >
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
        <path
          d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z"
          fill={user.color}
          stroke="#fff"
          strokeWidth="1.2"
        />
      </svg>
      <span className="jb-ws-cursor-name" style={{ background: user.color }}>
        {user.name}
      </span>
    </div>
  );
});

export function RemoteCursors() {
  const { user } = useWorkshop();
  const zoom = useStore((s) => s.transform[2]);
  const withCursor = usePresence(
    useCallback(
      (peers: Peers) => [...peers.values()].filter((s) => s.cursor && s.user.id !== user.id),
      [user.id],
    ),
    sameList,
  );
  const scale = 1 / zoom;
  return (
    <div className="jb-ws-cursors" aria-hidden="true">
      {withCursor.map((s) => (
        <Cursor key={`${s.user.id}`} state={s} scale={scale} />
      ))}
    </div>
  );
}
