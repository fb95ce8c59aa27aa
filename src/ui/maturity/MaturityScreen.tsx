/**
 * The maturity check's screen: the nine aspects to rate (with evidence beside
 * each), the result (radar, stage, measures, comparison) and the roadmap. Reads
 * the check's snapshot; every change is a doc command on the check's document.
 */
import { useState, type ReactNode } from 'react';
import { renameCheck, revealAspects, type MapDoc, type Participant } from '../../doc';
import { useT } from '../../i18n';
import { ASPECTS, type Evidence, type MaturityCheck } from '../../model/maturity';
import { AspectSection } from './AspectSection';
import { maturityMessages } from './messages';
import { ResultPanel } from './ResultPanel';
import { RoadmapEditor } from './RoadmapEditor';
import './maturity.css';

export interface MaturityScreenProps {
  readonly doc: MapDoc;
  readonly check: MaturityCheck;
  readonly me: Participant;
  readonly readOnly: boolean;
  readonly evidence: Evidence | null;
  readonly mapTitles: ReadonlyMap<string, string>;
  readonly previous: MaturityCheck | null;
  readonly onOpenMap: (mapId: string) => void;
  readonly onHome: () => void;
  /** export buttons and the like, shown in the header */
  readonly actions?: ReactNode;
}

export function MaturityScreen(props: MaturityScreenProps) {
  const { doc, check, me, readOnly } = props;
  const t = useT(maturityMessages);
  const [notice, setNotice] = useState('');
  const facilitator = check.facilitatorId === me.id;
  const names = Object.values(check.participants).filter(Boolean).join(', ');
  return (
    <main className="maturity">
      <header className="maturity__header">
        <p>
          <a
            href="/"
            onClick={(e) => {
              e.preventDefault();
              props.onHome();
            }}
          >
            {t('backHome')}
          </a>
        </p>
        <h1>
          {t('heading')}: {check.title}
        </h1>
        <p>{facilitator ? t('facilitatorNote') : t('participantNote')}</p>
        {facilitator && !readOnly && (
          <p>
            <label>
              {t('checkTitle')}{' '}
              <input
                key={check.title}
                defaultValue={check.title}
                onBlur={(e) => {
                  const value = e.target.value.trim();
                  if (!value) e.target.value = check.title;
                  else if (value !== check.title) renameCheck(doc, value);
                }}
              />
            </label>
          </p>
        )}
        {names && <p>{t('participants', { names })}</p>}
        <div className="maturity__actions">
          {facilitator && !readOnly && (
            <button
              type="button"
              onClick={() => {
                revealAspects(doc, ASPECTS);
                setNotice(t('allRevealed'));
              }}
            >
              {t('revealAll')}
            </button>
          )}
          {props.actions}
        </div>
        <p className="jb-sr" role="status" aria-live="polite">
          {notice}
        </p>
      </header>
      <div className="maturity__aspects">
        {ASPECTS.map((aspect) => (
          <AspectSection
            key={aspect}
            doc={doc}
            aspect={aspect}
            round={check.aspects[aspect]}
            me={me}
            facilitator={facilitator}
            participants={check.participants}
            readOnly={readOnly}
            evidence={props.evidence}
            mapTitles={props.mapTitles}
            onOpenMap={props.onOpenMap}
            announce={setNotice}
          />
        ))}
      </div>
      <ResultPanel check={check} previous={props.previous} />
      <RoadmapEditor doc={doc} items={check.roadmap} readOnly={readOnly} />
    </main>
  );
}
