/**
 * Refused document commands in the user's language. The document layer throws
 * DocError with a `code` and an English developer message; the known messages
 * become sentences here, everything else a sentence per code.
 */
import type { DocErrorCode } from '../doc';
import type { UiLanguage } from './language';
import { defineMessages, translator } from './messages';

const errorMessages = defineMessages({
  en: {
    notFound: 'This item no longer exists — someone may have just deleted it.',
    deleted: 'This item has been deleted. Restore it from “Deleted items” first.',
    syncing: 'This card is still arriving from the others. Try again in a moment.',
    lastPhase: 'A map needs at least one phase.',
    selfLink: 'A card cannot be linked to itself.',
    length: 'The text must have {min} to {max} characters.',
    tooLong: 'The text is too long: at most {max} characters.',
    tooShort: 'The text is too short: at least {min} characters.',
    full: 'The map is full: it holds at most {max} {what}.',
    what_phases: 'phases',
    what_lanes: 'lanes',
    what_cards: 'cards',
    what_actions: 'actions',
    titleRequired: 'The title cannot be empty.',
    number: 'Please enter a whole number from {min} to {max}.',
    finite: 'Please enter a number.',
    date: 'Please enter a date like 2026-11-22.',
    locked: 'This is locked by the facilitator.',
    invalid: 'That value is not allowed here.',
    unknown: 'Something went wrong; the change was not made.',
  },
  de: {
    notFound: 'Dieses Element gibt es nicht mehr – vielleicht hat es gerade jemand gelöscht.',
    deleted:
      'Dieses Element ist gelöscht. Stellen Sie es zuerst unter „Gelöschte Elemente“ wieder her.',
    syncing:
      'Diese Karte kommt gerade erst von den anderen an. Versuchen Sie es gleich noch einmal.',
    lastPhase: 'Eine Map braucht mindestens eine Phase.',
    selfLink: 'Eine Karte kann nicht mit sich selbst verknüpft werden.',
    length: 'Der Text muss {min} bis {max} Zeichen haben.',
    tooLong: 'Der Text ist zu lang: höchstens {max} Zeichen.',
    tooShort: 'Der Text ist zu kurz: mindestens {min} Zeichen.',
    full: 'Die Map ist voll: Sie fasst höchstens {max} {what}.',
    what_phases: 'Phasen',
    what_lanes: 'Bahnen',
    what_cards: 'Karten',
    what_actions: 'Maßnahmen',
    titleRequired: 'Der Titel darf nicht leer sein.',
    number: 'Bitte eine ganze Zahl von {min} bis {max} eingeben.',
    finite: 'Bitte eine Zahl eingeben.',
    date: 'Bitte ein Datum wie 2026-11-22 eingeben.',
    locked: 'Das ist von der Moderation gesperrt.',
    invalid: 'Dieser Wert ist hier nicht erlaubt.',
    unknown: 'Etwas ist schiefgegangen; die Änderung wurde nicht gemacht.',
  },
});

type ErrorMessage = keyof (typeof errorMessages)['en'];

/**
 * Known doc-layer messages (src/doc/checks.ts, the format schema in src/model/schema,
 * the commands) and what they mean; the groups fill the sentence's placeholders.
 */
const KNOWN: readonly { pattern: RegExp; key: ErrorMessage; params?: readonly string[] }[] = [
  { pattern: / is deleted$/, key: 'deleted' },
  { pattern: / is still syncing$/, key: 'syncing' },
  { pattern: /a map needs at least one phase/, key: 'lastPhase' },
  { pattern: /a card cannot link to itself/, key: 'selfLink' },
  { pattern: /^title is required$/, key: 'titleRequired' },
  { pattern: /must have (\d+)–(\d+) characters/, key: 'length', params: ['min', 'max'] },
  { pattern: /characters long; at most (\d+) are allowed/, key: 'tooLong', params: ['max'] },
  { pattern: /must be at least (\d+) characters long/, key: 'tooShort', params: ['min'] },
  {
    pattern: /a map holds at most ([\d,.]+) (phases|lanes|cards|actions)/,
    key: 'full',
    params: ['max', 'what'],
  },
  { pattern: /must be an integer from (-?\d+) to (-?\d+)/, key: 'number', params: ['min', 'max'] },
  { pattern: /must be a (?:finite|whole) number/, key: 'finite' },
  { pattern: /must be a date|is not a date/, key: 'date' },
];

function codeOf(error: unknown): DocErrorCode | null {
  if (!(error instanceof Error) || error.name !== 'DocError') return null;
  const code = (error as Error & { code?: unknown }).code;
  return code === 'not-found' || code === 'invalid' || code === 'locked' ? code : null;
}

/** A sentence for the user about why a command was refused (or failed). */
export function describeError(error: unknown, language: UiLanguage): string {
  const t = translator(errorMessages, language);
  const code = codeOf(error);
  if (code === null) return t('unknown');
  if (code === 'not-found') return t('notFound');
  if (code === 'locked') return t('locked');
  const message = (error as Error).message;
  for (const { pattern, key, params } of KNOWN) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values: Record<string, string> = {};
    params?.forEach((name, i) => (values[name] = match[i + 1] ?? ''));
    if (values.what) values.what = t(`what_${values.what}` as ErrorMessage);
    return t(key, values);
  }
  return t('invalid');
}
