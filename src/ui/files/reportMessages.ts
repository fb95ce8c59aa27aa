/** The import report (loaded with the report, after a drop or a pick). */
import { defineMessages } from '../../i18n';

export const reportMessages = defineMessages({
  en: {
    imported: 'Imported “{title}”.',
    importedTemplate: 'Imported the template “{title}”.',
    importedCopy:
      'Imported “{title}” as a copy with a new id: a map with id {id} is already on this device.',
    rejectedHeading:
      'Nothing was imported: {count, plural, one {# file has problems} other {# files have problems}}.',
    rejectedHeadingOne: 'Nothing was imported: the file has problems.',
    fileProblems: '{file} — {count, plural, one {# problem} other {# problems}}',
    wholeFile: '(whole file)',
    truncated: 'Only the first {count, plural, one {problem is} other {# problems are}} shown.',
    importFailed: 'The import failed: {message}',
    partialHeading: 'Only some files were imported: storing the others failed.',
    noneStoredHeading: 'Nothing was imported: storing the files failed.',
    importedList: 'Imported:',
    notImportedList: 'Not imported:',
    notStored: '{file}: {message}',
    quota: 'this device’s storage is full',
    open: 'Open “{title}”',
    dismiss: 'Dismiss',
  },
  de: {
    imported: '„{title}“ importiert.',
    importedTemplate: 'Vorlage „{title}“ importiert.',
    importedCopy:
      '„{title}“ als Kopie mit neuer ID importiert: Eine Map mit der ID {id} ist schon auf diesem Gerät.',
    rejectedHeading:
      'Nichts wurde importiert: {count, plural, one {# Datei hat Fehler} other {# Dateien haben Fehler}}.',
    rejectedHeadingOne: 'Nichts wurde importiert: Die Datei hat Fehler.',
    fileProblems: '{file} — {count} Fehler',
    wholeFile: '(ganze Datei)',
    truncated:
      '{count, plural, one {Nur der erste Fehler wird} other {Nur die ersten # Fehler werden}} angezeigt.',
    importFailed: 'Der Import ist fehlgeschlagen: {message}',
    partialHeading:
      'Nur ein Teil der Dateien wurde importiert: Das Speichern der anderen ist fehlgeschlagen.',
    noneStoredHeading: 'Nichts wurde importiert: Das Speichern der Dateien ist fehlgeschlagen.',
    importedList: 'Importiert:',
    notImportedList: 'Nicht importiert:',
    notStored: '{file}: {message}',
    quota: 'der Speicher dieses Geräts ist voll',
    open: '„{title}“ öffnen',
    dismiss: 'Schließen',
  },
});
