import { describe, expect, it } from 'vitest';
import { rowsToCsv, rowsToMarkdown } from './format';
import { reportRows } from './rows';
import { testMap } from './testMaps.testkit';

const map = testMap('m', 'de', [
  {
    id: 't',
    lane: 'touchpoints',
    phase: 1,
    text: 'Hotline, "24/7"\nkostenlos',
    ownerTeam: 'Schaden|service',
  },
  { id: 'p', lane: 'painPoints', phase: 1, text: '=HYPERLINK("x")', severity: 2, links: ['t'] },
]);

describe('rowsToCsv', () => {
  it('writes the header in field order and quotes what needs quoting', () => {
    const csv = rowsToCsv('touchpoints', reportRows('touchpoints', [map]));
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'mapId,mapTitle,phaseId,phaseName,cardId,text,channel,ownerTeam,emotionScore,painPointIds,itSystems',
    );
    expect(csv).toContain('"Hotline, ""24/7""\nkostenlos"');
    expect(row?.startsWith('m,Karte m,p1,Erste Informationen,t,"Hotline, ""24/7""')).toBe(true);
  });

  it('neutralises spreadsheet formulas', () => {
    const csv = rowsToCsv('painPoints', reportRows('painPoints', [map]));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('rowsToMarkdown', () => {
  it('is a table with escaped pipes and line breaks', () => {
    const md = rowsToMarkdown('touchpoints', reportRows('touchpoints', [map]));
    expect(md).toContain('| mapId | mapTitle |');
    expect(md).toContain('Schaden\\|service');
    expect(md).toContain('Hotline, "24/7"<br>kostenlos');
  });
});
