/**
 * The radar chart of the nine aspects (SVG): one axis per aspect, rings for levels
 * 0–4, the agreed levels as a polygon and the last check's dashed. The table
 * beside it (ResultPanel) carries the same numbers for screen readers.
 */
import { ASPECTS, type Aspect, type Level } from '../../model/maturity';

export interface RadarProps {
  readonly labels: Readonly<Record<Aspect, string>>;
  readonly levels: Partial<Record<Aspect, Level>>;
  readonly previous: Partial<Record<Aspect, Level>> | null;
  readonly title: string;
  readonly describedBy: string;
  readonly size?: number;
}

/** Points of a polygon through the levels (missing levels sit at the centre). */
export function radarPoints(
  levels: Partial<Record<Aspect, Level>>,
  center: number,
  radius: number,
): [number, number][] {
  return ASPECTS.map((a, i) => {
    const angle = (2 * Math.PI * i) / ASPECTS.length - Math.PI / 2;
    const r = ((levels[a] ?? 0) / 4) * radius;
    return [center + r * Math.cos(angle), center + r * Math.sin(angle)];
  });
}

const fmt = (points: [number, number][]) =>
  points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

export function RadarChart({
  labels,
  levels,
  previous,
  title,
  describedBy,
  size = 460,
}: RadarProps) {
  const c = size / 2;
  // room for the longest aspect names (German) left and right of the chart
  const radius = size / 2 - 110;
  const ring = (level: number) =>
    fmt(radarPoints(Object.fromEntries(ASPECTS.map((a) => [a, level])), c, radius));
  const axes = radarPoints(Object.fromEntries(ASPECTS.map((a) => [a, 4 as Level])), c, radius);
  const data = ASPECTS.map((a) => levels[a] ?? '-').join(',');
  return (
    <svg
      className="maturity-radar"
      viewBox={`0 0 ${size} ${size}`}
      width={size}
      height={size}
      role="img"
      aria-label={title}
      aria-describedby={describedBy}
    >
      {[1, 2, 3, 4].map((l) => (
        <polygon key={l} points={ring(l)} className="maturity-radar__ring" />
      ))}
      {axes.map(([x, y], i) => (
        <line key={i} x1={c} y1={c} x2={x} y2={y} className="maturity-radar__axis" />
      ))}
      {previous && (
        <polygon
          points={fmt(radarPoints(previous, c, radius))}
          className="maturity-radar__previous"
        />
      )}
      <polygon
        points={fmt(radarPoints(levels, c, radius))}
        className="maturity-radar__agreed"
        data-levels={data}
      />
      {ASPECTS.map((a, i) => {
        const [x, y] = axes[i]!;
        const dx = x - c;
        return (
          <text
            key={a}
            x={x + Math.sign(Math.round(dx)) * 6}
            y={y + (y < c ? -6 : 14)}
            textAnchor={Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end'}
            className="maturity-radar__label"
          >
            {labels[a]}
          </text>
        );
      })}
    </svg>
  );
}
