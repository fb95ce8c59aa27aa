/**
 * The home list. Up to PLAIN_UP_TO rows are rendered as they are; longer lists (a team
 * repository of 1,000 maps) are virtualised against the window's scroll: only the rows
 * near the viewport are in the DOM, the rest is padding of the measured height.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

const PLAIN_UP_TO = 60;
const ESTIMATED_ROW_PX = 150;

export interface RowRender<T> {
  (item: T, measure?: { ref: (el: HTMLLIElement | null) => void; index: number }): ReactNode;
}

export function MapList<T extends { readonly id: string }>({
  items,
  renderRow,
}: {
  items: readonly T[];
  renderRow: RowRender<T>;
}) {
  if (items.length <= PLAIN_UP_TO)
    return <ul className="home-maps">{items.map((item) => renderRow(item))}</ul>;
  return <VirtualList items={items} renderRow={renderRow} />;
}

function VirtualList<T extends { readonly id: string }>({
  items,
  renderRow,
}: {
  items: readonly T[];
  renderRow: RowRender<T>;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const top = listRef.current?.getBoundingClientRect().top ?? 0;
    setOffset(top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (i) => items[i]!.id,
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows.length ? rows[0]!.start - offset : 0;
  const after = rows.length
    ? virtualizer.getTotalSize() - (rows[rows.length - 1]!.end - offset)
    : 0;
  return (
    <ul
      ref={listRef}
      className="home-maps"
      style={{ paddingTop: Math.max(0, before), paddingBottom: Math.max(0, after) }}
    >
      {rows.map((row) =>
        renderRow(items[row.index]!, { ref: virtualizer.measureElement, index: row.index }),
      )}
    </ul>
  );
}
