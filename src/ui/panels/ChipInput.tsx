import { memo, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { commonMessages } from './commonMessages';

export interface ChipInputProps {
  readonly label: string;
  readonly values: readonly string[];
  /** called with the whole new list; one call per added or removed chip */
  readonly onChange: (values: readonly string[]) => void;
  readonly disabled?: boolean;
  readonly maxLength?: number;
  /** names to suggest while typing (the workspace's tags); ones already added are left out */
  readonly suggestions?: readonly string[];
}

/** Tags as removable chips plus an input: Enter or comma adds, Backspace on empty removes the last. */
export const ChipInput = memo(function ChipInput({
  label,
  values,
  onChange,
  disabled,
  maxLength = 64,
  suggestions,
}: ChipInputProps) {
  const t = useT(commonMessages);
  const id = useId();
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const add = () => {
    const tag = text.trim();
    setText('');
    if (!tag || values.includes(tag)) return;
    onChange([...values, tag]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };

  return (
    <div className="field chip-input" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      <ul className="chips" aria-label={label}>
        {values.map((value) => (
          <li key={value} className="chip">
            <span>{value}</span>
            {!disabled && (
              <button
                type="button"
                aria-label={t('removeItem', { name: value })}
                onClick={() => {
                  onChange(values.filter((v) => v !== value));
                  // the button goes away with its chip; keep keyboard users in the field
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <>
          <label htmlFor={id} className="visually-hidden">
            {t('addTag')}
          </label>
          <input
            ref={inputRef}
            id={id}
            type="text"
            value={text}
            maxLength={maxLength}
            placeholder={t('addTag')}
            aria-describedby={`${id}-hint`}
            list={suggestions?.length ? `${id}-list` : undefined}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={add}
          />
          <span id={`${id}-hint`} className="visually-hidden">
            {t('tagHint')}
          </span>
          {suggestions?.length ? (
            <datalist id={`${id}-list`}>
              {suggestions
                .filter((s) => !values.includes(s))
                .map((s) => (
                  <option key={s} value={s} />
                ))}
            </datalist>
          ) : null}
        </>
      )}
    </div>
  );
});
