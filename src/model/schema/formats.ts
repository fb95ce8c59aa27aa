/**
 * String formats. The JSON Schema gets `format` (where the draft knows it) plus a
 * pattern, because `format` is only an annotation in draft 2020-12; the run-time
 * check also rejects dates that do not exist (2026-02-30).
 */

export type StringFormat = 'date' | 'date-time' | 'bcp47';

interface FormatRule {
  /** "a date (YYYY-MM-DD)" */
  readonly noun: string;
  readonly pattern: string;
  readonly jsonFormat?: string;
  /** null when valid, else what is wrong */
  check(value: string): string | null;
}

const DATE = '(\\d{4})-(\\d{2})-(\\d{2})';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?';
const OFFSET = '(?:[Zz]|[+-](\\d{2}):(\\d{2}))';

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checkCalendar(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12) return `there is no month ${m}`;
  if (day < 1 || day > daysInMonth(year, month)) return `${y}-${m} has no day ${d}`;
  return null;
}

const dateRegex = new RegExp(`^${DATE}$`);
const dateTimeRegex = new RegExp(`^${DATE}[Tt]${TIME}${OFFSET}$`);

/**
 * BCP 47 language tag, well-formed per RFC 5646: a langtag (language, extlang,
 * script, region, variants, extensions, private use), a private-use tag alone
 * (`x-klingon`) or one of the irregular grandfathered tags (`i-klingon`); the
 * regular grandfathered tags already have langtag syntax. Whether a subtag is
 * registered is not checked: new subtags appear and a file must stay readable.
 */
const LANGTAG =
  '(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})' +
  '(?:-[A-Za-z]{4})?' +
  '(?:-(?:[A-Za-z]{2}|\\d{3}))?' +
  '(?:-(?:[A-Za-z0-9]{5,8}|\\d[A-Za-z0-9]{3}))*' +
  '(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*' +
  '(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?';
const PRIVATE_USE = '[Xx](?:-[A-Za-z0-9]{1,8})+';
/** A literal as a case-insensitive pattern (JSON Schema patterns take no flags). */
const anyCase = (literal: string): string =>
  [...literal]
    .map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c))
    .join('');
const IRREGULAR = [
  'en-GB-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-BE-FR',
  'sgn-BE-NL',
  'sgn-CH-DE',
]
  .map(anyCase)
  .join('|');
const BCP47 = `^(?:${LANGTAG}|${PRIVATE_USE}|${IRREGULAR})$`;
const bcp47Regex = new RegExp(BCP47);

export const FORMATS: Readonly<Record<StringFormat, FormatRule>> = {
  date: {
    noun: 'a date (YYYY-MM-DD)',
    pattern: `^${DATE}$`,
    jsonFormat: 'date',
    check(value) {
      const m = dateRegex.exec(value);
      if (m === null) return 'expected the form 2026-11-22';
      return checkCalendar(m[1] ?? '', m[2] ?? '', m[3] ?? '');
    },
  },
  'date-time': {
    noun: 'a date-time (RFC 3339)',
    pattern: `^${DATE}[Tt]${TIME}${OFFSET}$`,
    jsonFormat: 'date-time',
    check(value) {
      const m = dateTimeRegex.exec(value);
      if (m === null) return 'expected the form 2026-11-22T10:15:00Z';
      const [, y = '', mo = '', d = '', h = '', mi = '', s = '', oh = '00', om = '00'] = m;
      const calendar = checkCalendar(y, mo, d);
      if (calendar !== null) return calendar;
      // second 60 is a leap second, which RFC 3339 allows
      if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60)
        return `there is no time ${h}:${mi}:${s}`;
      if (Number(oh) > 23 || Number(om) > 59) return `there is no time offset ${oh}:${om}`;
      return null;
    },
  },
  bcp47: {
    noun: 'a language tag (BCP 47, like "de" or "de-CH")',
    pattern: BCP47,
    check: (value) => (bcp47Regex.test(value) ? null : 'the tag is not well-formed'),
  },
};
