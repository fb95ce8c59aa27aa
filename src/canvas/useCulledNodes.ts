/**
 * The nodes a big board hands React Flow: those around the view (cullNodes.ts). The
 * board re-renders when the view leaves the window it was culled for, not per frame
 * of a pan: the view is read through an equality that keeps the last one while the
 * window still serves it.
 */
import { useStore, type Edge, type ReactFlowState } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { BoardNode } from './boardNodes';
import {
  CULL_FROM,
  cullNodes,
  cullWindow,
  sameOr,
  viewRect,
  windowServes,
  type FlowRect,
} from './cullNodes';

function paneView(s: ReactFlowState): FlowRect {
  // before React Flow measured its pane, the window's size is the best guess
  const width = s.width || window.innerWidth;
  const height = s.height || window.innerHeight;
  return viewRect(s.transform, width, height);
}

export function useCulledNodes(nodes: BoardNode[], edges: readonly Edge[]): BoardNode[] {
  const big = nodes.length >= CULL_FROM;
  // a small board never subscribes to the view in a way that re-renders it
  const view = useStore(big ? paneView : noView, windowServesOrNone);
  const keep = useMemo(() => new Set(edges.flatMap((e) => [e.source, e.target])), [edges]);
  const last = useRef<BoardNode[] | null>(null);
  return useMemo(() => {
    if (!big || !view) return (last.current = nodes);
    return (last.current = sameOr(last.current, cullNodes(nodes, cullWindow(view), keep)));
  }, [big, nodes, view, keep]);
}

function noView(): null {
  return null;
}

function windowServesOrNone(was: FlowRect | null, now: FlowRect | null): boolean {
  if (!was || !now) return was === now;
  return windowServes(was, now);
}
