/**
 * Feeds my pointer (flow coordinates), my viewport (with the pane size, so
 * followers can fit it) and my card drags into presence. Reads React Flow's store
 * imperatively, so none of this re-renders anything.
 */
import {
  experimental_useOnNodesChangeMiddleware,
  useReactFlow,
  useStoreApi,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { parseNodeId } from '../../canvas/deriveNodes';
import type { ViewportPresence } from '../../model/workshop/presence';
import type { Id } from '../../model/types';
import { useWorkshop } from './WorkshopContext';

const round = (n: number, digits = 0) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function usePublishLocalPresence(): void {
  const { publisher } = useWorkshop();
  const storeApi = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();

  // pointer
  useEffect(() => {
    const dom = storeApi.getState().domNode;
    if (!publisher || !dom) return;
    const move = (e: PointerEvent) => {
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      publisher.update({ cursor: { x: round(p.x), y: round(p.y) } });
    };
    const leave = () => publisher.update({ cursor: null });
    dom.addEventListener('pointermove', move, { passive: true });
    dom.addEventListener('pointerleave', leave);
    return () => {
      dom.removeEventListener('pointermove', move);
      dom.removeEventListener('pointerleave', leave);
    };
  }, [publisher, storeApi, screenToFlowPosition]);

  // viewport
  useEffect(() => {
    if (!publisher) return;
    let last: ViewportPresence | null = null;
    const publish = () => {
      const { transform, width, height } = storeApi.getState();
      if (!width || !height) return;
      const next = {
        x: round(transform[0], 1),
        y: round(transform[1], 1),
        zoom: round(transform[2], 4),
        width,
        height,
      };
      if (
        last &&
        last.x === next.x &&
        last.y === next.y &&
        last.zoom === next.zoom &&
        last.width === width &&
        last.height === height
      )
        return;
      last = next;
      publisher.update({ viewport: next });
    };
    publish();
    return storeApi.subscribe(publish);
  }, [publisher, storeApi]);

  // drags: watch the node changes React Flow emits, pass them on untouched
  const starts = useRef(new Map<Id, { x: number; y: number }>());
  const observeDrag = useCallback(
    (changes: NodeChange[]) => {
      if (!publisher) return changes;
      let delta: { dx: number; dy: number } | null = null;
      let ended = false;
      for (const change of changes) {
        if (change.type !== 'position' || parseNodeId(change.id).kind !== 'card') continue;
        if (!change.dragging) {
          ended = true;
          continue;
        }
        if (!change.position) continue;
        let start = starts.current.get(change.id);
        if (!start) {
          const node = storeApi.getState().nodeLookup.get(change.id);
          start = node ? { ...node.position } : { ...change.position };
          starts.current.set(change.id, start);
        }
        delta ??= {
          dx: round(change.position.x - start.x),
          dy: round(change.position.y - start.y),
        };
      }
      if (delta) publisher.update({ dragging: { cardIds: [...starts.current.keys()], ...delta } });
      else if (ended && starts.current.size > 0) {
        starts.current.clear();
        publisher.update({ dragging: null });
      }
      return changes;
    },
    [publisher, storeApi],
  );
  experimental_useOnNodesChangeMiddleware(observeDrag);
}
