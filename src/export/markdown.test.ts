import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/types';
import { FIXTURES, fixtureMap } from './fixtures.testkit';
import { exportLang, labelsFor } from './labels';
import { escapeMarkdown, exportMarkdown } from './markdown';

/** Undoes the escaping, to compare with the raw text. */
const unescape = (s: string) => s.replace(/\\([\\`*_[\]<>|~#+\-=.)])/g, '$1');

describe.each(FIXTURES)('Markdown of %s', (name) => {
  const map = fixtureMap(name);
  const labels = labelsFor(exportLang(map));
  const md = exportMarkdown(map);
  const lines = md.split('\n');
  const headings = lines.filter((l) => /^#+ /.test(l));

  it('has consistent heading levels: # title, ## phase, ### lane, ## actions', () => {
    expect(lines[0]).toBe(`# ${escapeMarkdown(map.title)}`);
    expect(headings.filter((h) => h.startsWith('# '))).toHaveLength(1);
    const level2 = headings.filter((h) => h.startsWith('## ')).map((l) => unescape(l.slice(3)));
    expect(level2).toEqual([...map.phases.map((p) => p.name), labels.actions]);
    // nothing deeper than ###, and every lane heading sits under a phase heading
    expect(headings.every((h) => /^#{1,3} /.test(h))).toBe(true);
    const firstLane = headings.findIndex((h) => h.startsWith('### '));
    expect(headings[firstLane - 1]!.startsWith('## ')).toBe(true);
    const lanes = new Set(
      headings.filter((l) => l.startsWith('### ')).map((l) => unescape(l.slice(4))),
    );
    for (const card of map.cards)
      expect(lanes).toContain(map.lanes.find((l) => l.id === card.laneId)!.name);
  });

  it('holds every card, under its phase, with its typed fields', () => {
    for (const card of map.cards) {
      // a multi-line text continues on indented lines ending in a hard break
      const [first, ...rest] = card.text.split('\n');
      const at = lines.findIndex(
        (l) => l.startsWith('- ') && unescape(l.slice(2)).trimEnd() === first,
      );
      rest.forEach((line, i) => expect(unescape(lines[at + 1 + i]!).trim()).toBe(line));
      expect(at, card.id).toBeGreaterThan(-1);
      const phaseHeading = lines
        .slice(0, at)
        .filter((l) => l.startsWith('## '))
        .at(-1)!;
      expect(unescape(phaseHeading.slice(3))).toBe(
        map.phases.find((p) => p.id === card.phaseId)!.name,
      );
      const fields = [];
      for (let i = at + 1 + rest.length; lines[i]?.startsWith('  - '); i++)
        fields.push(unescape(lines[i]!.slice(4)));
      if (card.ownerTeam) expect(fields).toContain(`${labels.fields.ownerTeam}: ${card.ownerTeam}`);
      if (card.severity) expect(fields).toContain(`${labels.fields.severity}: ${card.severity}/5`);
      if (card.kpi)
        expect(fields.some((f) => f.startsWith(`${labels.fields.status}: `))).toBe(true);
    }
  });

  it('lists the actions under ## after the last phase', () => {
    const actionsAt = lines.indexOf(`## ${labels.actions}`);
    expect(actionsAt).toBeGreaterThan(
      lines.indexOf(`## ${escapeMarkdown(map.phases.at(-1)!.name)}`),
    );
    for (const a of map.actions ?? []) expect(unescape(md)).toContain(a.title);
  });
});

describe('Markdown escaping', () => {
  it('keeps syntax characters literal and multi-line text inside its list item', () => {
    expect(escapeMarkdown('# not a heading *bold*')).toBe('\\# not a heading \\*bold\\*');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    const base = fixtureMap('saas-onboarding');
    const map: JourneyMap = {
      ...base,
      cards: [{ ...base.cards[0]!, text: 'first line\n- second line' }],
    };
    expect(exportMarkdown(map)).toContain('- first line  \n  \\- second line');
  });

  it('never lets a phase or lane name become a heading of another level', () => {
    const base = fixtureMap('saas-onboarding');
    const map: JourneyMap = {
      ...base,
      phases: [{ ...base.phases[0]!, name: '# Phase' }, ...base.phases.slice(1)],
    };
    expect(exportMarkdown(map).split('\n')).toContain('## \\# Phase');
  });
});

describe('Markdown header and comments', () => {
  it('prints the whole header and every comment with author and date', () => {
    const base = fixtureMap('kfz-versicherung');
    const card = base.cards[0]!;
    const map = {
      ...base,
      persona: {
        name: 'Dana',
        description: 'Drives to work',
        goals: ['insure fast', 'pay little'],
        priorKnowledge: 'Had a policy before',
      },
      scenario: 'Buys a used car',
      description: 'From quote to policy',
      cxGoal: 'Feel safe',
      owner: 'CX team',
      tags: ['kfz', 'b2c'],
      cards: [
        {
          ...card,
          comments: [{ author: 'Stake Holder', text: 'Too slow?', at: '2026-11-20T10:00:00Z' }],
        },
        ...base.cards.slice(1),
      ],
    };
    const md = exportMarkdown(map);
    for (const text of [
      'Dana',
      'Drives to work',
      'insure fast; pay little',
      'Had a policy before',
      'Buys a used car',
      'From quote to policy',
      'Feel safe',
      'CX team',
      'kfz, b2c',
    ])
      expect(md).toContain(text);
    const de = map.language?.startsWith('de');
    expect(md).toContain(`Stake Holder, ${de ? '20.11.2026' : '2026-11-20'}: Too slow?`);
  });
});
