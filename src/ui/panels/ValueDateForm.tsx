import { useId, useState } from 'react';
import type { FormEvent } from 'react';

export interface ValueDateFormProps {
  readonly legend: string;
  readonly valueLabel: string;
  readonly dateLabel: string;
  readonly submitLabel: string;
  /** shown when the number (or a required date) is missing */
  readonly incompleteMessage: string;
  readonly initialValue?: number;
  readonly initialDate?: string;
  readonly dateOptional?: boolean;
  /** write the pair; return false when the command refused it (the inputs stay) */
  readonly onSubmit: (value: number, date: string | undefined) => boolean;
  /** empty the inputs after a successful submit (for "add measurement") */
  readonly clearOnSubmit?: boolean;
  readonly disabled?: boolean;
}

/**
 * A number + date pair written together (baseline, target, new measurement): the two
 * belong together, so they commit as one step from a button or Enter, not per field.
 * Callers key it by the stored pair so a remote change resets the inputs.
 */
export function ValueDateForm(props: ValueDateFormProps) {
  const id = useId();
  const [value, setValue] = useState(
    props.initialValue === undefined ? '' : String(props.initialValue),
  );
  const [date, setDate] = useState(props.initialDate ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(number) || (!props.dateOptional && date === '')) {
      setError(props.incompleteMessage);
      return;
    }
    if (!props.onSubmit(number, date === '' ? undefined : date)) return;
    setError(null);
    if (props.clearOnSubmit) {
      setValue('');
      setDate('');
    }
  };

  return (
    <form className="value-date-form" onSubmit={submit} noValidate>
      <fieldset disabled={props.disabled}>
        <legend>{props.legend}</legend>
        <label htmlFor={`${id}-value`}>{props.valueLabel}</label>
        <input
          id={`${id}-value`}
          type="number"
          step="any"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <label htmlFor={`${id}-date`}>{props.dateLabel}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <button type="submit">{props.submitLabel}</button>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}
