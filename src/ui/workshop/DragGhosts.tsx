/**
 * While someone drags cards, everyone sees a dashed ghost of those cards moving
 * with them (flow coordinates), before the drop writes the move to the document.
 */
import { useStore } from '@xyflow/react';
import { useCallback } from 'react';
import type { DragPresence, PresenceUser } from '../../model/workshop/presence';
import type { Id } from '../../model/types';
import type { Peers } from '../../sync/presence';
import { usePresence } from './hooks';
import { useWorkshop } from './WorkshopContext';

interface Drag {
  readonly user: PresenceUser;
  readonly drag: DragPresence;
}

function sameDrags(a: readonly Drag[], b: readonly Drag[]): boolean {
  return a.length === b.length && a.every((d, i) => d.drag === b[i]?.drag && d.user === b[i]?.user);
}

function Ghost({
  cardId,
  user,
  dx,
  dy,
  first,
}: {
  cardId: Id;
  user: PresenceUser;
  dx: number;
  dy: number;
  first: boolean;
}) {
  const node = useStore(useCallback((s) => s.nodeLookup.get(cardId), [cardId]));
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 224;
  const height = node.measured.height ?? node.height ?? 60;
  return (
    <div
      className="jb-ws-ghost"
      data-testid="drag-ghost"
      style={{
        transform: `translate(${x + dx}px, ${y + dy}px)`,
        width,
        height,
        borderColor: user.color,
      }}
    >
      {first && (
        <span className="jb-ws-card-label" style={{ background: user.color }}>
          {user.name}
        </span>
      )}
    </div>
  );
}

export function DragGhosts() {
  const { user: me } = useWorkshop();
  const drags = usePresence(
    useCallback(
      (peers: Peers) => {
        const out: Drag[] = [];
        for (const s of peers.values())
          if (s.dragging && s.user.id !== me.id) out.push({ user: s.user, drag: s.dragging });
        return out;
      },
      [me.id],
    ),
    sameDrags,
  );
  return (
    <>
      {drags.flatMap(({ user, drag }) =>
        drag.cardIds.map((cardId, i) => (
          <Ghost
            key={`${user.id}:${cardId}`}
            cardId={cardId}
            user={user}
            dx={drag.dx}
            dy={drag.dy}
            first={i === 0}
          />
        )),
      )}
    </>
  );
}
