import { defineMessages } from '../../i18n';

export const storageStatusMessages = defineMessages({
  en: {
    loading: 'Loading from this device…',
    saving: 'Saving…',
    saved: 'Saved on this device',
    failed: 'Could not save on this device ({message}); retrying. Keep this tab open.',
    quota:
      'This device’s storage is full; changes are kept in this tab and retried. Free some space.',
  },
  de: {
    loading: 'Wird von diesem Gerät geladen…',
    saving: 'Wird gespeichert…',
    saved: 'Auf diesem Gerät gespeichert',
    failed:
      'Speichern auf diesem Gerät fehlgeschlagen ({message}); neuer Versuch läuft. Lass diesen Tab offen.',
    quota:
      'Der Speicher dieses Geräts ist voll; Änderungen bleiben in diesem Tab und werden erneut versucht. Gib Speicher frei.',
  },
});
