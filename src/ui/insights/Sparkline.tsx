/** A KPI's measurements over time as a small line (baseline first), with the target dashed. */
import type { Measurement } from '../../model/types';

export function Sparkline({
  points,
  target,
  label,
}: {
  points: readonly Measurement[];
  target: number | null;
  label: string;
}) {
  const width = 96;
  const height = 24;
  if (points.length === 0) return null;
  const values = points.map((p) => p.value).concat(target === null ? [] : [target]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const y = (v: number) =>
    max === min ? height / 2 : height - 2 - ((v - min) / (max - min)) * (height - 4);
  const x = (i: number) =>
    points.length === 1 ? width / 2 : 2 + (i / (points.length - 1)) * (width - 4);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg className="jb-insights__spark" width={width} height={height} role="img" aria-label={label}>
      <title>{label}</title>
      {target !== null && (
        <line
          x1={0}
          x2={width}
          y1={y(target)}
          y2={y(target)}
          className="jb-insights__spark-target"
        />
      )}
      <polyline points={line} fill="none" className="jb-insights__spark-line" />
    </svg>
  );
}
