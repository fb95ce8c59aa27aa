/** Words of the persona band above the board. */
import { defineMessages } from '../../i18n';

export const personaBandMessages = defineMessages({
  en: {
    region: 'Persona and scenario',
    show: 'Show the persona',
    hide: 'Hide the persona',
    noPersona: 'No persona yet',
    scenario: 'Scenario',
    loading: 'Loading…',
  },
  de: {
    region: 'Persona und Szenario',
    show: 'Persona zeigen',
    hide: 'Persona ausblenden',
    noPersona: 'Noch keine Persona',
    scenario: 'Szenario',
    loading: 'Wird geladen …',
  },
});
