import { defineMessages } from '../../i18n';

export const settingsMessages = defineMessages({
  en: {
    open: 'Settings',
    heading: 'Settings',
    name: 'Display name',
    namePlaceholder: 'Shown to others on the board',
    color: 'Your colour',
    colorOption: 'Colour {color}',
    language: 'Language',
    english: 'English',
    german: 'Deutsch',
    userId: 'Device user id',
    close: 'Close',
    updateAvailable: 'A new version is available.',
    reload: 'Reload',
    reloadBusy: 'Saving…',
    storageHeading: 'Storage on this device',
    storageChecking: 'Checking…',
    storagePersisted: 'Persistent: the browser keeps your maps even when space runs low.',
    storageNotPersisted:
      'Not persistent: when space runs low the browser may delete maps stored here. Sync them with a relay or download copies.',
    storageUnsupported:
      'This browser cannot keep storage persistent; download copies of maps that matter.',
    storageAsk: 'Ask the browser to keep my maps',
  },
  de: {
    open: 'Einstellungen',
    heading: 'Einstellungen',
    name: 'Anzeigename',
    namePlaceholder: 'Für andere auf dem Board sichtbar',
    color: 'Deine Farbe',
    colorOption: 'Farbe {color}',
    language: 'Sprache',
    english: 'English',
    german: 'Deutsch',
    userId: 'Benutzer-ID dieses Geräts',
    close: 'Schließen',
    updateAvailable: 'Eine neue Version ist verfügbar.',
    reload: 'Neu laden',
    reloadBusy: 'Speichern…',
    storageHeading: 'Speicher auf diesem Gerät',
    storageChecking: 'Wird geprüft…',
    storagePersisted: 'Dauerhaft: Der Browser behält deine Maps auch bei knappem Speicher.',
    storageNotPersisted:
      'Nicht dauerhaft: Bei knappem Speicher kann der Browser hier gespeicherte Maps löschen. Synchronisiere sie mit einem Relay oder lade Kopien herunter.',
    storageUnsupported:
      'Dieser Browser kann den Speicher nicht dauerhaft halten; lade Kopien wichtiger Maps herunter.',
    storageAsk: 'Browser bitten, meine Maps zu behalten',
  },
});
