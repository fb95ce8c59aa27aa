/** One table of insight rows; the first cell opens the row's map with its card in view. */
import type { ReactNode } from 'react';
import { cellText } from '../../model/insights';

export interface Column<R> {
  readonly key: string;
  readonly label: string;
  readonly render?: (row: R) => ReactNode;
  readonly numeric?: boolean;
}

export function InsightsTable<R>({
  caption,
  rows,
  columns,
  rowKey,
  openLabel,
  onOpen,
  openColumn,
}: {
  caption: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  rowKey: (row: R) => string;
  /** the label of a row's "open" button; no onOpen: rows do not open */
  openLabel?: (row: R) => string;
  onOpen?: (row: R) => void;
  /** the column whose cell is the "open" button */
  openColumn?: string;
}) {
  const limit = 500;
  const shown = rows.length > limit ? rows.slice(0, limit) : rows;
  return (
    <div className="jb-insights__scroll">
      <table className="jb-insights__table">
        <caption className="jb-sr">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'jb-insights__num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => {
                const content = c.render
                  ? c.render(row)
                  : cellText((row as Record<string, unknown>)[c.key]);
                return (
                  <td key={c.key} className={c.numeric ? 'jb-insights__num' : undefined}>
                    {onOpen && c.key === openColumn ? (
                      <button
                        type="button"
                        className="jb-insights__open"
                        aria-label={openLabel?.(row)}
                        onClick={() => onOpen(row)}
                      >
                        {content || '—'}
                      </button>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && <p>{`${limit} / ${rows.length}`}</p>}
    </div>
  );
}
