/**
 * Phase and lane names pinned to the top and left edge of the pane once the real
 * header row/column has scrolled out of view, so a big board never loses its
 * context. Renders nothing (and re-renders on no pan frame) while the headers show.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { LaneView, PhaseView } from '../model/snapshot';
import { BOARD, type BoardLayout } from './boardGeometry';

function pinnedView(s: ReactFlowState): string {
  const [x, y, zoom] = s.transform;
  const top = y + BOARD.phaseHeaderHeight * zoom < 0;
  const left = x + BOARD.laneHeaderWidth * zoom < 0;
  // a string keeps the selector cheap to compare; unchanged while nothing is pinned
  return top || left ? `${top ? 1 : 0}|${left ? 1 : 0}|${x}|${y}|${zoom}` : '';
}

export function StickyHeaders({
  layout,
  phases,
  lanes,
}: {
  layout: BoardLayout;
  phases: readonly PhaseView[];
  lanes: readonly LaneView[];
}) {
  const view = useStore(pinnedView);
  if (!view) return null;
  const [top, left, x, y, zoom] = view.split('|').map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return (
    <div className="jb-sticky" aria-hidden="true">
      {top === 1 && (
        <div className="jb-sticky__phases">
          {layout.columns.map((column, i) => (
            <div
              key={column.phaseId}
              className="jb-sticky__phase"
              style={{ left: column.x * zoom + x, width: column.width * zoom }}
            >
              {phases[i]?.name}
            </div>
          ))}
        </div>
      )}
      {left === 1 && (
        <div className="jb-sticky__lanes">
          {layout.rows.map((row, i) => (
            <div
              key={row.laneId}
              className="jb-sticky__lane"
              style={{ top: row.y * zoom + y, height: row.height * zoom }}
            >
              {lanes[i]?.name}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
