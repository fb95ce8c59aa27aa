import { describe, expect, it } from 'vitest';
import { defineMessages, format, translator } from './messages';

const messages = defineMessages({
  en: {
    cards: '{count, plural, one {# card} other {# cards}}',
    dots: '{n, plural, one {# dot} other {# dots}} left',
  },
  de: {
    cards: '{count, plural, one {# Karte} other {# Karten}}',
    dots: 'noch {n, plural, one {# Punkt} other {# Punkte}}',
  },
});

describe('plural forms', () => {
  it('picks one/other by the language’s plural rules', () => {
    const en = translator(messages, 'en');
    const de = translator(messages, 'de');
    expect([0, 1, 2].map((count) => en('cards', { count }))).toEqual([
      '0 cards',
      '1 card',
      '2 cards',
    ]);
    expect([0, 1, 2].map((count) => de('cards', { count }))).toEqual([
      '0 Karten',
      '1 Karte',
      '2 Karten',
    ]);
    expect(en('dots', { n: 1 })).toBe('1 dot left');
    expect(de('dots', { n: 3 })).toBe('noch 3 Punkte');
  });

  it('prefers an exact =N form and fills other placeholders inside a form', () => {
    const t =
      '{count, plural, =0 {no cards in {lane}} one {# card in {lane}} other {# cards in {lane}}}';
    expect(format(t, { count: 0, lane: 'Needs' })).toBe('no cards in Needs');
    expect(format(t, { count: 1, lane: 'Needs' })).toBe('1 card in Needs');
    expect(format(`${t}, done`, { count: 5, lane: 'Needs' }, 'de')).toBe('5 cards in Needs, done');
  });

  it('leaves plain templates and unknown placeholders alone', () => {
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });

  it('gives the same answers when a parsed template is used again, in either language', () => {
    // templates are parsed once and plural rules made once per language (messages.ts)
    const t =
      '{a, plural, one {# Bahn} other {# Bahnen}} und {b, plural, one {# Karte} other {# Karten}}';
    const runs = [1, 2].map(() => [
      format(t, { a: 1, b: 2 }, 'de'),
      format(t, { a: 2, b: 1 }, 'en'),
    ]);
    expect(runs[0]).toEqual(['1 Bahn und 2 Karten', '2 Bahnen und 1 Karte']);
    expect(runs[1]).toEqual(runs[0]);
    // an unclosed choice stays visible as written, each time
    expect(format('{n, plural, one {# x}', { n: 1 })).toBe('{n, plural, one {# x}');
    expect(format('{n, plural, one {# x}', { n: 1 })).toBe('{n, plural, one {# x}');
  });
});
