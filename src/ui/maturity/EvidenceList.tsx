/** The evidence figures beside one aspect; each lists the maps behind it as links. */
import { useId } from 'react';
import { useT } from '../../i18n';
import type { Evidence, FigureId } from '../../model/maturity';
import { maturityMessages } from './messages';

export interface EvidenceProps {
  readonly figures: readonly FigureId[];
  readonly evidence: Evidence | null;
  readonly mapTitles: ReadonlyMap<string, string>;
  readonly onOpenMap: (mapId: string) => void;
}

export function EvidenceList({ figures, evidence, mapTitles, onOpenMap }: EvidenceProps) {
  const t = useT(maturityMessages);
  const headingId = useId();
  if (!evidence) return <p className="maturity-evidence">{t('evidenceLoading')}</p>;
  return (
    <div className="maturity-evidence">
      <h3 id={headingId}>{t('evidence')}</h3>
      <ul aria-labelledby={headingId}>
        {figures.map((id) => {
          const f = evidence[id];
          const label = t(`fig_${id}`, { value: f.value, total: f.total ?? 0 });
          return (
            <li key={id} data-figure={id}>
              {f.mapIds.length === 0 ? (
                label
              ) : (
                <details>
                  <summary>{label}</summary>
                  <ul aria-label={t('mapsBehind', { figure: label })}>
                    {f.mapIds.map((mapId) => (
                      <li key={mapId}>
                        <a
                          href={`/map/${encodeURIComponent(mapId)}`}
                          onClick={(e) => {
                            e.preventDefault();
                            onOpenMap(mapId);
                          }}
                        >
                          {mapTitles.get(mapId) ?? mapId}
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
