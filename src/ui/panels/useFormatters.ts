/**
 * Numbers and dates in the user's locale (the UI language), for display only;
 * inputs keep ISO dates and plain numbers.
 */
import { useMemo } from 'react';
import { localeOf, useLanguageStore } from '../../i18n';

export interface Formatters {
  readonly locale: string;
  number(value: number): string;
  /** an RFC 3339 full-date (`2026-11-22`), shown as a calendar date without time-zone shift */
  date(iso: string): string;
  dateTime(iso: string): string;
}

export function useFormatters(): Formatters {
  const language = useLanguageStore((s) => s.language);
  return useMemo(() => {
    const locale = localeOf(language);
    const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    // full-dates carry no zone; formatting them in UTC keeps "22 Nov" from becoming "21 Nov"
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      number: (value) => num.format(value),
      date: (iso) => {
        const d = new Date(`${iso}T00:00:00Z`);
        return Number.isNaN(d.getTime()) ? iso : day.format(d);
      },
      dateTime: (iso) => {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : stamp.format(d);
      },
    };
  }, [language]);
}
