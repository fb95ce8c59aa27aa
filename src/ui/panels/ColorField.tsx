import { memo, useId } from 'react';
import { useT } from '../../i18n';
import { cardMessages } from './cardMessages';
import { HEX_COLOR, PALETTE, paletteMessages } from './palette';
import { TextField } from './TextField';

export interface ColorFieldProps {
  readonly legend: string;
  /** `#rrggbb`, or undefined for none (also for a mixed multi-selection) */
  readonly value: string | undefined;
  readonly onChange: (color: string | undefined) => void;
  readonly disabled?: boolean;
}

/** Swatches as a radio group (arrow keys pick) plus a #rrggbb text field. */
export const ColorField = memo(function ColorField({
  legend,
  value,
  onChange,
  disabled,
}: ColorFieldProps) {
  const t = useT(cardMessages);
  const tp = useT(paletteMessages);
  const name = useId();
  const current = value?.toLowerCase();
  return (
    <fieldset className="field color-field" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="swatches">
        <label className="swatch swatch-none" title={t('colorNone')}>
          <input
            type="radio"
            name={name}
            checked={!current}
            onChange={() => onChange(undefined)}
            aria-label={t('colorNone')}
          />
        </label>
        {PALETTE.map((c) => (
          <label key={c.key} className="swatch" style={{ background: c.hex }} title={tp(c.key)}>
            <input
              type="radio"
              name={name}
              checked={current === c.hex}
              onChange={() => onChange(c.hex)}
              aria-label={tp(c.key)}
            />
          </label>
        ))}
      </div>
      <TextField
        label={t('colorCustom')}
        value={value ?? ''}
        disabled={disabled}
        maxLength={7}
        placeholder="#rrggbb"
        validate={(v) => (v === '' || HEX_COLOR.test(v.trim()) ? null : t('colorInvalid'))}
        onCommit={(v) => onChange(v.trim() === '' ? undefined : v.trim().toLowerCase())}
      />
    </fieldset>
  );
});
