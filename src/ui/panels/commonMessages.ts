import { defineMessages } from '../../i18n';

/** Words shared by several panel components. */
export const commonMessages = defineMessages({
  en: {
    remove: 'Remove',
    removeItem: 'Remove “{name}”',
    add: 'Add',
    tags: 'Tags',
    addTag: 'Add a tag',
    tagHint: 'Press Enter or comma to add a tag.',
    noValue: '—',
    readOnly: 'Read only: you can view this map but not change it.',
    locked: 'Locked by the facilitator while explaining: you can look, not change.',
    commandFailed: 'That change was not saved: {message}',
    teamSuggestions: 'Teams already used in this map',
  },
  de: {
    remove: 'Entfernen',
    removeItem: '„{name}“ entfernen',
    add: 'Hinzufügen',
    tags: 'Schlagwörter',
    addTag: 'Schlagwort hinzufügen',
    tagHint: 'Mit Enter oder Komma ein Schlagwort hinzufügen.',
    noValue: '—',
    readOnly: 'Nur lesen: Sie können diese Map ansehen, aber nicht ändern.',
    locked: 'Von der Moderation gesperrt, während sie erklärt: ansehen ja, ändern nein.',
    commandFailed: 'Diese Änderung wurde nicht gespeichert: {message}',
    teamSuggestions: 'Teams, die in dieser Map schon vorkommen',
  },
});
