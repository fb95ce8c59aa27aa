// Rows over a map exported from a document in which cards were deleted: the
// deleted cards give no rows, and links and actions no longer point at them.
import { describe, expect, it } from 'vitest';
import { createMapDoc, deleteCards, exportMap } from '../../doc';
import { reportRows } from './rows';
import { testMap } from './testMaps.testkit';

describe('rows of a map with deleted cards', () => {
  it('leaves deleted cards out everywhere', () => {
    const map = testMap(
      'd',
      'de',
      [
        {
          id: 't',
          lane: 'touchpoints',
          phase: 1,
          text: 'Hotline',
          ownerTeam: 'Schadenservice',
          links: ['p1', 'p2'],
        },
        { id: 'p1', lane: 'painPoints', phase: 1, text: 'Warteschleife', severity: 4 },
        { id: 'p2', lane: 'painPoints', phase: 1, text: 'Rückruf fehlt', severity: 2 },
        {
          id: 'o',
          lane: 'opportunities',
          phase: 1,
          text: 'Rückruf-Slots',
          impact: 4,
          effort: 2,
          links: ['p2'],
        },
      ],
      { actions: [{ id: 'a', title: 'Rückruf einführen', status: 'open', cardIds: ['p1', 'p2'] }] },
    );
    const doc = createMapDoc(map);
    deleteCards(doc, ['p2']);
    const after = exportMap(doc);
    expect(reportRows('painPoints', [after]).map((r) => r.cardId)).toEqual(['p1']);
    expect(reportRows('opportunities', [after])[0]?.painPointIds).toEqual([]);
    expect(reportRows('actions', [after])[0]?.cardIds).toEqual(['p1']);
    expect(reportRows('touchpoints', [after])[0]?.painPointIds).toEqual(['p1']);
    doc.destroy();
  });
});
