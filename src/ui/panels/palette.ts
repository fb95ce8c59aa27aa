import { defineMessages } from '../../i18n';

/** Card colours offered as swatches; any other #rrggbb can be typed in. */
export const PALETTE = [
  { key: 'yellow', hex: '#fff3a3' },
  { key: 'orange', hex: '#ffd29e' },
  { key: 'red', hex: '#ffb3b3' },
  { key: 'pink', hex: '#f8c6e8' },
  { key: 'purple', hex: '#d9c8ff' },
  { key: 'blue', hex: '#b9dcff' },
  { key: 'teal', hex: '#b4ece4' },
  { key: 'green', hex: '#c8f0b4' },
  { key: 'grey', hex: '#e0e0e0' },
] as const;

export type PaletteKey = (typeof PALETTE)[number]['key'];

export const paletteMessages = defineMessages<PaletteKey>({
  en: {
    yellow: 'Yellow',
    orange: 'Orange',
    red: 'Red',
    pink: 'Pink',
    purple: 'Purple',
    blue: 'Blue',
    teal: 'Teal',
    green: 'Green',
    grey: 'Grey',
  },
  de: {
    yellow: 'Gelb',
    orange: 'Orange',
    red: 'Rot',
    pink: 'Rosa',
    purple: 'Lila',
    blue: 'Blau',
    teal: 'Türkis',
    green: 'Grün',
    grey: 'Grau',
  },
});

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
