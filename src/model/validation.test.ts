import { describe, expect, it } from 'vitest';
import { cardsOf, loadFixture } from './fixtures.testkit';
import { formatIssues, MAX_ERRORS, validateMap } from './validation';
import type { ValidationError } from './validation';

type Obj = Record<string, unknown>;

/** Validates a broken copy of the kfz fixture and returns its errors. */
function errorsAfter(mutate: (map: Obj) => void): readonly ValidationError[] {
  const map = loadFixture('kfz-versicherung');
  mutate(map);
  const result = validateMap(map);
  if (result.ok) throw new Error('expected the broken map to be refused');
  return result.errors;
}

function lines(mutate: (map: Obj) => void): string[] {
  return formatIssues(errorsAfter(mutate));
}

const card = (map: Obj, i: number): Obj => cardsOf(map)[i] as Obj;

describe('validateMap', () => {
  it.each(['kfz-versicherung', 'saas-onboarding'])(
    'accepts the fixture %s and keeps it as is',
    (name) => {
      const map = loadFixture(name);
      const result = validateMap(map);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.map).toEqual(loadFixture(name));
    },
  );

  it('keeps x- extensions anywhere', () => {
    const map = loadFixture('kfz-versicherung');
    card(map, 0)['x-origin'] = { tool: 'miro', ids: [1, 2] };
    (map.phases as Obj[])[0]!['x-color'] = '#fff';
    const result = validateMap(map);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.map.cards[0]?.['x-origin']).toEqual({ tool: 'miro', ids: [1, 2] });
  });

  it('accepts a template', () => {
    const map = loadFixture('saas-onboarding');
    map.kind = 'template';
    expect(validateMap(map).ok).toBe(true);
  });

  it('reports a dangling phase id by JSON path', () => {
    expect(lines((m) => (card(m, 12).phaseId = 'p9'))).toEqual([
      'cards[12].phaseId: no phase "p9"',
    ]);
  });

  it('reports dangling lane ids, links and action card ids', () => {
    expect(
      lines((m) => {
        card(m, 12).laneId = 'nope';
        card(m, 2).links = ['it1', 'ghost'];
        (m.actions as Obj[])[1]!.cardIds = ['pp3', 'gone'];
      }),
    ).toEqual([
      'cards[2].links[1]: no card "ghost"',
      'cards[12].laneId: no lane "nope"',
      'actions[1].cardIds[1]: no card "gone"',
    ]);
  });

  it('refuses wrong types with a sentence naming what was expected', () => {
    const errors = errorsAfter((m) => {
      m.title = 42;
      card(m, 0).text = null;
      m.phases = 'all of them';
    });
    expect(errors).toContainEqual({ path: 'title', message: 'must be a string, got a number' });
    expect(errors).toContainEqual({ path: 'cards[0].text', message: 'must be a string, got null' });
    expect(errors).toContainEqual({ path: 'phases', message: 'must be a list, got a string' });
  });

  it('refuses an unknown lane type', () => {
    // lane 4 holds the emotion cards: their scores are not reported a second time
    const errors = errorsAfter((m) => ((m.lanes as Obj[])[4]!.type = 'swimlane'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('lanes[4].type');
    expect(errors[0]?.message).toMatch(/must be one of "touchpoints", .*"notes"; got "swimlane"/);
  });

  it('refuses an out-of-range score and a fractional one', () => {
    expect(lines((m) => (card(m, 16).score = 4))).toEqual([
      'cards[16].score: must be an integer from -3 to 3, got 4',
    ]);
    expect(lines((m) => (card(m, 16).score = 1.5))).toEqual([
      'cards[16].score: must be a whole number, got 1.5',
    ]);
  });

  it('refuses unknown properties but not x- ones', () => {
    expect(
      lines((m) => {
        m.colour = 'blue';
        card(m, 3).x_note = 'typo';
        card(m, 3)['x-note'] = 'fine';
      }),
    ).toEqual([
      // file order: "colour" was added after "cards"
      'cards[3].x_note: is not a known property (only "x-" extensions may be added)',
      'colour: is not a known property (only "x-" extensions may be added)',
    ]);
  });

  it('refuses dates that do not exist', () => {
    expect(
      lines((m) => {
        m.createdAt = '2026-02-29T10:00:00Z';
        (m.actions as Obj[])[0]!.due = '2027-13-01';
      }),
    ).toEqual([
      'createdAt: "2026-02-29T10:00:00Z" is not a date-time (RFC 3339): 2026-02 has no day 29',
      'actions[0].due: "2027-13-01" is not a date (YYYY-MM-DD): there is no month 13',
    ]);
  });

  it('refuses a field of another lane type and requires score and kpi', () => {
    expect(
      lines((m) => {
        card(m, 12).score = 2; // a needs card
        card(m, 0).severity = 3; // a touchpoint
        delete card(m, 17).score;
        delete card(m, 38).kpi;
      }),
    ).toEqual([
      'cards[0].severity: is only allowed on cards in a painPoints lane; this card is in the touchpoints lane "ln-touchpoints"',
      'cards[12].score: is only allowed on cards in an emotions lane; this card is in the needs lane "ln-needs"',
      'cards[17].score: is required on a card in an emotions lane (an integer from -3 to +3)',
      'cards[38].kpi: is required on a card in a kpis lane (at least its direction)',
    ]);
  });

  it('treats undefined fields of in-memory maps as absent', () => {
    const map = loadFixture('kfz-versicherung');
    card(map, 12).score = undefined; // a needs card
    card(map, 12).color = undefined;
    expect(validateMap(map).ok).toBe(true);
  });

  it('refuses a newer format version with one clear message', () => {
    const errors = errorsAfter((m) => {
      m.formatVersion = 2;
      m.somethingNew = true;
    });
    expect(formatIssues(errors)).toEqual([
      'formatVersion: written by a newer Journeyboard: format version 2; this version reads 1',
    ]);
  });

  it('reports a version that is no whole number as invalid, not as newer', () => {
    for (const version of [1.5, 2.5, '2']) {
      const errors = formatIssues(errorsAfter((m) => (m.formatVersion = version)));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^formatVersion: must be 1, got /);
      expect(errors[0]).not.toMatch(/newer/);
    }
  });

  it('accepts every well-formed language tag and refuses malformed ones', () => {
    for (const tag of ['de', 'de-CH', 'x-klingon', 'i-klingon', 'en-GB-oed', 'zh-min-nan']) {
      const map = loadFixture('kfz-versicherung');
      map.language = tag;
      expect(validateMap(map).ok).toBe(true);
    }
    for (const tag of ['de-1', 'x', 'de_DE', 'i-foo']) {
      expect(lines((m) => (m.language = tag))).toHaveLength(1);
    }
  });

  it('refuses duplicate ids within a collection', () => {
    expect(lines((m) => (card(m, 5).id = 'tp1'))).toContain(
      'cards[5].id: card id "tp1" is already used by cards[0]',
    );
  });

  it('refuses unsorted measurements, non-finite numbers and NUL characters', () => {
    expect(
      lines((m) => {
        const kpi = card(m, 38).kpi as { measurements: Obj[] };
        kpi.measurements.reverse();
        card(m, 39).kpi = {
          direction: 'lowerIsBetter',
          baseline: { value: Infinity, date: '2026-01-01' },
        };
        m.title = 'A\u0000B';
      }),
    ).toEqual([
      'title: contains a NUL character, which is not allowed in text',
      'cards[39].kpi.baseline.value: must be a finite number, got Infinity',
      'cards[38].kpi.measurements[1].date: measurements must be sorted by date, but 2026-06-30 comes after 2026-10-31',
    ]);
  });

  it('lists at most 50 problems and says when there were more', () => {
    const map = loadFixture('kfz-versicherung');
    for (const c of cardsOf(map)) c.phaseId = 'gone';
    for (const c of cardsOf(map)) c.laneId = 'gone';
    const result = validateMap(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_ERRORS);
    expect(result.truncated).toBe(true);
    expect(formatIssues(result.errors, result.truncated).at(-1)).toBe(
      '(only the first 50 problems are listed)',
    );
  });

  it('refuses things that are not maps at all', () => {
    for (const value of [null, [], 'map', 3]) {
      const result = validateMap(value);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors[0]?.message).toBe('the file must hold a JSON object (a journey map)');
    }
  });
});
