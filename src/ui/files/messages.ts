import { defineMessages } from '../i18n';

export const fileMessages = defineMessages({
  en: {
    dropHere: 'Drop journey files to import them',
    importing: 'Importing…',
    imported: 'Imported “{title}”.',
    importedTemplate: 'Imported the template “{title}”.',
    importedCopy:
      'Imported “{title}” as a copy with a new id: a map with id {id} is already on this device.',
    rejectedHeading: 'Nothing was imported: {count} files have problems.',
    rejectedHeadingOne: 'Nothing was imported: the file has problems.',
    fileProblems: '{file} — {count} problems',
    wholeFile: '(whole file)',
    truncated: 'Only the first {count} problems are shown.',
    notAFile: 'Only .json files can be imported: {files}',
    readFailed: 'Could not read {file}: {message}',
    dismiss: 'Dismiss',
  },
  de: {
    dropHere: 'Journey-Dateien hier ablegen, um sie zu importieren',
    importing: 'Wird importiert…',
    imported: '„{title}“ importiert.',
    importedTemplate: 'Vorlage „{title}“ importiert.',
    importedCopy:
      '„{title}“ als Kopie mit neuer ID importiert: Eine Map mit der ID {id} ist schon auf diesem Gerät.',
    rejectedHeading: 'Nichts wurde importiert: {count} Dateien haben Fehler.',
    rejectedHeadingOne: 'Nichts wurde importiert: Die Datei hat Fehler.',
    fileProblems: '{file} — {count} Fehler',
    wholeFile: '(ganze Datei)',
    truncated: 'Nur die ersten {count} Fehler werden angezeigt.',
    notAFile: 'Nur .json-Dateien können importiert werden: {files}',
    readFailed: '{file} konnte nicht gelesen werden: {message}',
    dismiss: 'Schließen',
  },
});
