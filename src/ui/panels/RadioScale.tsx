import { memo, useId } from 'react';

export interface ScaleOption {
  /** `null` = "not set" */
  readonly value: number | null;
  readonly label: string;
}

export interface RadioScaleProps {
  readonly legend: string;
  readonly options: readonly ScaleOption[];
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
  readonly disabled?: boolean;
}

/**
 * A rating as a radio group: arrow keys move between points, each point has a
 * spoken label, and a click is one edit (one undo step).
 */
export const RadioScale = memo(function RadioScale({
  legend,
  options,
  value,
  onChange,
  disabled,
}: RadioScaleProps) {
  const name = useId();
  return (
    <fieldset className="field radio-scale" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)} className="radio-scale-point">
          <input
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
});
