import { describe, expect, it } from 'vitest';
import { addAction, createUndoManager, exportMap, renameOwnerTeam, updateCard } from './index';
import { smallDoc } from './testing/docs';

describe('renameOwnerTeam', () => {
  it('renames touchpoint owner teams and action owners as one undoable change', () => {
    const doc = smallDoc();
    updateCard(doc, 'c1', { ownerTeam: 'Kunden-Service' });
    addAction(doc, { title: 'Schulung', ownerTeam: 'kundenservice', cardIds: [], id: 'a9' });
    addAction(doc, { title: 'Andere', ownerTeam: 'Vertrieb', cardIds: [], id: 'a8' });
    const undo = createUndoManager(doc);
    expect(renameOwnerTeam(doc, ['Kunden-Service', 'kundenservice'], 'Kundenservice')).toBe(2);
    const map = exportMap(doc);
    expect(map.cards.find((c) => c.id === 'c1')?.ownerTeam).toBe('Kundenservice');
    expect(map.actions?.map((a) => a.ownerTeam)).toEqual(['Kundenservice', 'Vertrieb']);
    undo.undo();
    const back = exportMap(doc);
    expect(back.cards.find((c) => c.id === 'c1')?.ownerTeam).toBe('Kunden-Service');
    expect(back.actions?.[0]?.ownerTeam).toBe('kundenservice');
  });

  it('writes nothing when no name matches, and refuses an empty name', () => {
    const doc = smallDoc();
    const before = exportMap(doc);
    expect(renameOwnerTeam(doc, ['Nobody'], 'Somebody')).toBe(0);
    expect(exportMap(doc)).toEqual(before);
    expect(() => renameOwnerTeam(doc, ['x'], '  ')).toThrow('empty');
  });
});
