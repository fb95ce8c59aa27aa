/**
 * A lane type's line icon from the registry (`LaneTypeInfo.icon`), drawn in
 * currentColor. With a `label` it is an image with that accessible name (the lane
 * type's name); without one it is decoration next to text that already names it.
 */
import { laneTypeInfo } from '../model/laneTypes';
import type { LaneType } from '../model/types';

export function LaneIcon({
  type,
  label,
  size = 16,
  className = 'jb-lane-icon',
}: {
  readonly type: LaneType;
  readonly label?: string | undefined;
  readonly size?: number;
  readonly className?: string;
}) {
  const named = label !== undefined && label !== '';
  return (
    <svg
      className={className}
      data-lane-icon={type}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      focusable="false"
      {...(named ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      <path
        d={laneTypeInfo(type).icon}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
