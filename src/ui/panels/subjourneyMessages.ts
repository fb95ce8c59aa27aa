import { defineMessages } from '../../i18n';

/** Texts of the card panel's subjourney section (a copy's original, an original's copies). */
export const subjourneyMessages = defineMessages({
  en: {
    heading: 'Subjourney',
    copyOf: 'Copy of a card in “{title}”',
    copyOfUnknown: 'Copy of a card in another map (not on this device)',
    detailedIn: 'Detailed in the subjourney “{title}”',
  },
  de: {
    heading: 'Subjourney',
    copyOf: 'Kopie einer Karte aus „{title}“',
    copyOfUnknown: 'Kopie einer Karte aus einer anderen Map (nicht auf diesem Gerät)',
    detailedIn: 'Genauer beschrieben in der Subjourney „{title}“',
  },
});
