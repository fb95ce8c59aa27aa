/** The evidence figures beside one aspect; each lists the maps behind it as links. */
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
  if (!evidence) return <p className="maturity-evidence">{t('evidenceLoading')}</p>;
  return (
    <ul className="maturity-evidence" aria-label={t('evidence')}>
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
  );
}
