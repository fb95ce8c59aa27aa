/** Dropping files: the hint, the busy line and the reading errors (the report's texts: reportMessages.ts). */
import { defineMessages } from '../../i18n';

export const fileMessages = defineMessages({
  en: {
    dropHere: 'Drop journey files to import them',
    importing: 'Importing…',
    tooLarge: 'the file is {size} MiB; files over {limit} MiB cannot be imported',
    unreadable: 'the file could not be read ({message})',
  },
  de: {
    dropHere: 'Journey-Dateien hier ablegen, um sie zu importieren',
    importing: 'Wird importiert…',
    tooLarge:
      'die Datei ist {size} MiB groß; Dateien über {limit} MiB können nicht importiert werden',
    unreadable: 'die Datei konnte nicht gelesen werden ({message})',
  },
});
