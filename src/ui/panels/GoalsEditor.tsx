import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { commonMessages } from './commonMessages';
import { mapPanelMessages } from './mapPanelMessages';
import { TextField } from './TextField';

export interface GoalsEditorProps {
  readonly goals: readonly string[];
  /** the whole new list; one call per add, edit or removal (one undo step each) */
  readonly onChange: (goals: readonly string[]) => void;
  readonly disabled?: boolean;
}

/** The persona's goals as an editable list: edit in place, remove, add at the end. */
export function GoalsEditor({ goals, onChange, disabled }: GoalsEditorProps) {
  const t = useT(mapPanelMessages);
  const tc = useT(commonMessages);
  const headingId = useId();
  const newId = useId();
  const [text, setText] = useState('');
  const newRef = useRef<HTMLInputElement>(null);

  const add = () => {
    const goal = text.trim();
    if (!goal) return;
    onChange([...goals, goal]);
    setText('');
  };
  // clearing a goal's text removes the goal rather than keeping an empty job — when the
  // edit ends, not on a timed write while the user pauses between clearing and retyping
  const edit = (index: number, value: string, final: boolean) => {
    const goal = value.trim();
    if (!goal && !final) return;
    onChange(
      goal ? goals.map((g, i) => (i === index ? goal : g)) : goals.filter((_, i) => i !== index),
    );
  };

  return (
    <div className="field goals" role="group" aria-labelledby={headingId}>
      <span id={headingId} className="field-label">
        {t('goals')}
      </span>
      {goals.length === 0 && <p className="panel-note">{t('noGoals')}</p>}
      <ol>
        {goals.map((goal, index) => (
          // goals have no ids; position is their identity within this list
          <li key={index} className="goal">
            <TextField
              label={t('goal', { n: index + 1 })}
              hideLabel
              value={goal}
              disabled={disabled}
              onCommit={(v, final) => edit(index, v, final)}
            />
            {!disabled && (
              <button
                type="button"
                aria-label={tc('removeItem', { name: goal })}
                onClick={() => {
                  onChange(goals.filter((_, i) => i !== index));
                  newRef.current?.focus();
                }}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      {!disabled && (
        <div className="add-row">
          <label htmlFor={newId} className="visually-hidden">
            {t('newGoal')}
          </label>
          <input
            ref={newRef}
            id={newId}
            type="text"
            value={text}
            placeholder={t('newGoal')}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add} disabled={text.trim() === ''}>
            {t('addGoal')}
          </button>
        </div>
      )}
    </div>
  );
}
