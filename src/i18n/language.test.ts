import { describe, expect, it } from 'vitest';
import { addCard, addPhase, createMapDoc, deletePhase, linkCards, renamePhase } from '../doc';
import { standardTemplate } from '../model/templates';
import { describeError } from './docErrors';
import { localeOf } from './language';

describe('localeOf', () => {
  it.each([
    ['en', ['en-US', 'de-DE'], 'en-US'],
    ['de', ['de-CH'], 'de-CH'],
    ['de', ['en-US', 'de-AT'], 'de-AT'],
    ['de', ['en-US'], 'de-DE'],
    ['en', ['de-DE', 'fr-FR'], 'en-GB'],
    ['en', ['en'], 'en-GB'],
    ['de', ['not a tag', 'de-li'], 'de-LI'],
    ['en', [], 'en-GB'],
  ] as const)('%s with %j → %s', (language, preferred, locale) => {
    expect(localeOf(language, preferred)).toBe(locale);
  });

  it('formats like the user is used to', () => {
    const date = new Date(Date.UTC(2026, 10, 22));
    const us = new Intl.DateTimeFormat(localeOf('en', ['en-US']), { timeZone: 'UTC' });
    const gb = new Intl.DateTimeFormat(localeOf('en', ['fr-FR']), { timeZone: 'UTC' });
    expect(us.format(date)).toBe('11/22/2026');
    expect(gb.format(date)).toBe('22/11/2026');
    expect(new Intl.NumberFormat(localeOf('de', ['de-CH'])).format(1234.5)).toMatch(
      /^1[’']234\.5$/,
    );
    expect(new Intl.NumberFormat(localeOf('de', ['en-GB'])).format(1234.5)).toBe('1.234,5');
  });
});

describe('describeError', () => {
  function refusal(run: () => void): unknown {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error('the command did not refuse');
  }
  const template = standardTemplate('en', { title: 'Errors', id: 'errors-test' });
  const doc = createMapDoc(template);

  it('turns known refusals into sentences in the UI language', () => {
    const missing = refusal(() => renamePhase(doc, 'nope', 'x'));
    expect(describeError(missing, 'de')).toBe(
      'Dieses Element gibt es nicht mehr – vielleicht hat es gerade jemand gelöscht.',
    );
    const tooLong = refusal(() => addPhase(doc, { name: 'x'.repeat(201) }));
    expect(describeError(tooLong, 'en')).toMatch(
      /^The text (is too long: at most|must have 1 to) 200 characters\.$/,
    );
    expect(describeError(tooLong, 'de')).toMatch(
      /^Der Text (ist zu lang: höchstens|muss 1 bis) 200 Zeichen( haben)?\.$/,
    );
    const lane = template.lanes[0]!.id;
    const card = addCard(doc, { laneId: lane, phaseId: template.phases[0]!.id, text: 'c' });
    const self = refusal(() => linkCards(doc, card, card));
    expect(describeError(self, 'de')).toBe(
      'Eine Karte kann nicht mit sich selbst verknüpft werden.',
    );
  });

  it('never shows the English developer message', () => {
    const one = createMapDoc({
      ...standardTemplate('en', { title: 'One phase', id: 'one-phase' }),
      phases: [{ id: 'only', name: 'Only' }],
      cards: [],
    });
    const last = refusal(() => deletePhase(one, 'only'));
    expect(describeError(last, 'de')).toBe('Eine Map braucht mindestens eine Phase.');
    expect(describeError(new Error('kaputt'), 'de')).toBe(
      'Etwas ist schiefgegangen; die Änderung wurde nicht gemacht.',
    );
  });
});
