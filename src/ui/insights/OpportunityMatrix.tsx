/**
 * Impact × effort matrix of opportunities: impact up, effort right, 1–5 each.
 * Dragging a dot to another cell (or the arrow keys on a focused dot) re-scores
 * that opportunity — one change on its map.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { OpportunityRow } from '../../model/insights';
import { useT } from '../../i18n';
import { insightsMessages } from './messages';

const CELL = 64;
const PAD = 28;
const SIZE = CELL * 5;
const clamp = (n: number) => Math.min(5, Math.max(1, n));

/** Centre of a score cell, nudged so dots in one cell stay apart. */
function place(impact: number, effort: number, nth: number) {
  const angle = nth * 2.4;
  const r = nth === 0 ? 0 : Math.min(22, 8 + nth * 2);
  return {
    x: PAD + (effort - 0.5) * CELL + Math.cos(angle) * r,
    y: PAD + (5 - impact + 0.5) * CELL + Math.sin(angle) * r,
  };
}

export function OpportunityMatrix({
  rows,
  onRescore,
}: {
  rows: readonly OpportunityRow[];
  onRescore: (row: OpportunityRow, impact: number, effort: number) => void;
}) {
  const t = useT(insightsMessages);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ key: string; x: number; y: number } | null>(null);
  const scored = rows.filter((r) => r.impact !== null && r.effort !== null);
  const perCell = new Map<string, number>();
  const keyOf = (r: OpportunityRow) => `${r.mapId}/${r.cardId}`;

  const toBoard = (e: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    const scale = (SIZE + PAD * 2) / box.width;
    return { x: (e.clientX - box.left) * scale, y: (e.clientY - box.top) * scale };
  };
  const scoreAt = (x: number, y: number) => ({
    effort: clamp(Math.floor((x - PAD) / CELL) + 1),
    impact: clamp(5 - Math.floor((y - PAD) / CELL)),
  });
  const onKey = (row: OpportunityRow, e: KeyboardEvent) => {
    const impact = row.impact ?? 1;
    const effort = row.effort ?? 1;
    const next =
      e.key === 'ArrowUp'
        ? [clamp(impact + 1), effort]
        : e.key === 'ArrowDown'
          ? [clamp(impact - 1), effort]
          : e.key === 'ArrowRight'
            ? [impact, clamp(effort + 1)]
            : e.key === 'ArrowLeft'
              ? [impact, clamp(effort - 1)]
              : null;
    if (!next) return;
    e.preventDefault();
    if (next[0] !== impact || next[1] !== effort) onRescore(row, next[0]!, next[1]!);
  };

  return (
    <figure className="jb-insights__matrix">
      <figcaption>
        <strong>{t('matrix')}</strong> — {t('matrixHint')}
      </figcaption>
      <svg
        ref={svg}
        viewBox={`0 0 ${SIZE + PAD * 2} ${SIZE + PAD * 2}`}
        width={SIZE + PAD * 2}
        height={SIZE + PAD * 2}
        role="group"
        aria-label={t('matrix')}
        data-testid="opportunity-matrix"
      >
        {[0, 1, 2, 3, 4].flatMap((i) =>
          [0, 1, 2, 3, 4].map((j) => (
            <rect
              key={`${i}-${j}`}
              x={PAD + j * CELL}
              y={PAD + i * CELL}
              width={CELL}
              height={CELL}
              className="jb-insights__matrix-cell"
            />
          )),
        )}
        <text x={PAD + SIZE / 2} y={SIZE + PAD * 2 - 6} textAnchor="middle">
          {t('effort')} →
        </text>
        <text
          x={10}
          y={PAD + SIZE / 2}
          transform={`rotate(-90 10 ${PAD + SIZE / 2})`}
          textAnchor="middle"
        >
          {t('impact')} →
        </text>
        {scored.map((row) => {
          const cell = `${row.impact}/${row.effort}`;
          const nth = perCell.get(cell) ?? 0;
          perCell.set(cell, nth + 1);
          const at = place(row.impact!, row.effort!, nth);
          const key = keyOf(row);
          const pos = drag?.key === key ? drag : at;
          return (
            <g
              key={key}
              role="button"
              tabIndex={0}
              aria-label={t('dot', { text: row.text, impact: row.impact!, effort: row.effort! })}
              data-card-id={row.cardId}
              className="jb-insights__dot"
              onKeyDown={(e) => onKey(row, e)}
              onPointerDown={(e) => {
                e.currentTarget.setPointerCapture(e.pointerId);
                setDrag({ key, ...toBoard(e) });
              }}
              onPointerMove={(e) => {
                if (drag?.key === key) setDrag({ key, ...toBoard(e) });
              }}
              onPointerUp={(e) => {
                if (drag?.key !== key) return;
                const p = toBoard(e);
                setDrag(null);
                const s = scoreAt(p.x, p.y);
                if (s.impact !== row.impact || s.effort !== row.effort)
                  onRescore(row, s.impact, s.effort);
              }}
              onPointerCancel={() => setDrag(null)}
            >
              <circle cx={pos.x} cy={pos.y} r={9} />
              <title>{row.text}</title>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
