import { memo, useId } from 'react';
import { useT } from '../../i18n';
import { commonMessages } from './commonMessages';
import { errorMessage } from './errors';
import { useDraft, type DraftCommit } from './useDraft';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** `final`: the edit ends (blur, Enter); timed writes while typing pass false */
  readonly onCommit: DraftCommit;
  readonly disabled?: boolean;
  readonly multiline?: boolean;
  readonly validate?: (value: string) => string | null;
  readonly placeholder?: string;
  readonly maxLength?: number;
  /** id of a datalist with suggestions */
  readonly list?: string;
  /** input type for single-line fields (`date` keeps ISO values) */
  readonly type?: 'text' | 'date';
  /** hide the visible label (the text stays as the accessible name) */
  readonly hideLabel?: boolean;
  /** an edit that wrote something ends (see DraftOptions.onEnd) */
  readonly onEnd?: () => void;
}

/** A labelled text input or textarea that saves while typing; one edit is one undo step (see useDraft). */
export const TextField = memo(function TextField(props: TextFieldProps) {
  const id = useId();
  const t = useT(commonMessages);
  const draft = useDraft(props.value, props.onCommit, {
    multiline: props.multiline,
    validate: props.validate,
    describeError: (e) => t('commandFailed', { message: errorMessage(e) }),
    onEnd: props.onEnd,
  });
  const errorId = `${id}-error`;
  const common = {
    id,
    value: draft.value,
    disabled: props.disabled,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    onFocus: draft.onFocus,
    onChange: draft.onChange,
    onBlur: draft.onBlur,
    onKeyDown: draft.onKeyDown,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': draft.error ? errorId : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={props.type ?? 'text'} list={props.list} {...common} />
      )}
      {draft.error && (
        <p id={errorId} role="alert" className="field-error">
          {draft.error}
        </p>
      )}
    </div>
  );
});
