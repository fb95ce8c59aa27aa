/** An emotion point's link anchor: invisible, only there so link edges have two ends. */
import { memo } from 'react';
import { LinkHandle } from './CardNode';

export const PointNode = memo(function PointNode() {
  return (
    <div className="jb-point-anchor" aria-hidden="true">
      <LinkHandle type="target" connectable={false} />
      <LinkHandle type="source" connectable={false} />
    </div>
  );
});
