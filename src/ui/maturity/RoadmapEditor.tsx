/**
 * The quarterly roadmap kept with the check: goals with measure, owner, status and
 * the aspect they work on, grouped by quarter. Text fields write on change of focus
 * (one command per edit); the add form starts with the next quarter.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  addRoadmapItem,
  deleteRoadmapItem,
  updateRoadmapItem,
  type MapDoc,
  type RoadmapPatch,
} from '../../doc';
import { useLanguageStore, useT } from '../../i18n';
import {
  ASPECTS,
  ASPECT_INFO,
  ROADMAP_STATUSES,
  isAspect,
  isRoadmapStatus,
  nextQuarter,
  quarterOf,
  type RoadmapItem,
} from '../../model/maturity';
import { maturityMessages } from './messages';

const QUARTER = /^\d{4}-Q[1-4]$/;

export function RoadmapEditor({
  doc,
  items,
  readOnly,
}: {
  doc: MapDoc;
  items: readonly RoadmapItem[];
  readOnly: boolean;
}) {
  const t = useT(maturityMessages);
  const headingId = useId();
  const [quarter, setQuarter] = useState(() =>
    nextQuarter(quarterOf(new Date().toISOString().slice(0, 10))),
  );
  const [goal, setGoal] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!goal.trim() || !QUARTER.test(quarter)) return;
    addRoadmapItem(doc, { quarter, goal: goal.trim() });
    setGoal('');
  };
  return (
    <section className="maturity-roadmap" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('roadmap')}</h2>
      {items.length === 0 ? (
        <p>{t('noGoals')}</p>
      ) : (
        <table className="maturity-table">
          <thead>
            <tr>
              <th scope="col">{t('quarter')}</th>
              <th scope="col">{t('goal')}</th>
              <th scope="col">{t('measure')}</th>
              <th scope="col">{t('owner')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('roadmapAspect')}</th>
              <th scope="col">
                <span className="jb-sr">{t('remove', { goal: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <RoadmapRow key={item.id} doc={doc} item={item} readOnly={readOnly} />
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <form className="maturity-roadmap__add" onSubmit={add}>
          <label>
            {t('quarter')}{' '}
            <input
              value={quarter}
              pattern="\d{4}-Q[1-4]"
              size={8}
              onChange={(e) => setQuarter(e.target.value)}
            />
          </label>
          <label>
            {t('goal')} <input value={goal} required onChange={(e) => setGoal(e.target.value)} />
          </label>
          <button type="submit">{t('addGoal')}</button>
        </form>
      )}
    </section>
  );
}

function RoadmapRow({
  doc,
  item,
  readOnly,
}: {
  doc: MapDoc;
  item: RoadmapItem;
  readOnly: boolean;
}) {
  const t = useT(maturityMessages);
  const lang = useLanguageStore((s) => s.language);
  const save = (patch: RoadmapPatch) => {
    const key = Object.keys(patch)[0] as keyof RoadmapPatch;
    if (patch[key] !== item[key]) updateRoadmapItem(doc, item.id, patch);
  };
  const text = (key: 'quarter' | 'goal' | 'measure' | 'owner', label: string) => (
    <td>
      <input
        key={item[key]}
        aria-label={`${label}: ${item.goal}`}
        defaultValue={item[key]}
        readOnly={readOnly}
        size={key === 'quarter' ? 8 : 18}
        onBlur={(e) => {
          const value = e.target.value.trim();
          if (key === 'quarter' && !QUARTER.test(value)) e.target.value = item.quarter;
          else if (key === 'goal' && !value) e.target.value = item.goal;
          else save({ [key]: value });
        }}
      />
    </td>
  );
  return (
    <tr data-goal={item.goal}>
      {text('quarter', t('quarter'))}
      {text('goal', t('goal'))}
      {text('measure', t('measure'))}
      {text('owner', t('owner'))}
      <td>
        <select
          aria-label={`${t('status')}: ${item.goal}`}
          value={item.status}
          disabled={readOnly}
          onChange={(e) => isRoadmapStatus(e.target.value) && save({ status: e.target.value })}
        >
          {ROADMAP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`${t('roadmapAspect')}: ${item.goal}`}
          value={item.aspect ?? ''}
          disabled={readOnly}
          onChange={(e) => save({ aspect: isAspect(e.target.value) ? e.target.value : null })}
        >
          <option value="">{t('noAspect')}</option>
          {ASPECTS.map((a) => (
            <option key={a} value={a}>
              {ASPECT_INFO[a].name[lang]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {!readOnly && (
          <button type="button" onClick={() => deleteRoadmapItem(doc, item.id)}>
            {t('remove', { goal: item.goal })}
          </button>
        )}
      </td>
    </tr>
  );
}
