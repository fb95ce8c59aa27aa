/**
 * Issue 13.4: the restore preview lists everything a restore changes (cards, actions,
 * persona, map fields, comments, phases, lanes), and a restore never changes what
 * the preview did not list.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAction,
  addCard,
  addComment,
  buildSnapshot,
  exportMap,
  moveLane,
  renamePhase,
  updateMeta,
  updatePersona,
} from '../doc';
import { diffMapItems } from '../model/mapDiff';
import { standardTemplate } from '../model/templates';
import { createLocalMap } from './localMaps';
import { freshIndexedDbBackend, openStoredDoc } from './testBackend';
import { PlanChangedError, planRestore, restoreVersion, saveVersion } from './versions';

beforeEach(() => {
  freshIndexedDbBackend();
});

const openDoc = openStoredDoc;

describe('restore plan', () => {
  it('lists an action, a comment, the persona, map fields, phases and lanes changed since', async () => {
    const id = await createLocalMap(standardTemplate('de', { title: 'Schadenmeldung' }));
    const doc = await openDoc(id);
    const snap = buildSnapshot(doc);
    const cell = { laneId: snap.lanes[1]!.id, phaseId: snap.phases[0]!.id };
    const card = addCard(doc, { ...cell, text: 'Foto-Upload' });
    const version = await saveVersion(id, doc, 'vor dem Workshop');

    // after the version: exactly the kinds of change the old preview did not mention
    addAction(doc, {
      title: 'Upload robuster machen',
      ownerTeam: 'App-Team',
      status: 'doing',
      due: '2026-12-18',
      cardIds: [card],
    });
    addComment(doc, card, { author: 'Mara', text: 'v.a. Android' });
    updatePersona(doc, { name: 'Pia Pendlerin' });
    updateMeta(doc, { cxGoal: 'Schaden in 5 Minuten melden' });
    renamePhase(doc, snap.phases[1]!.id, 'Melden (neu)');
    moveLane(doc, snap.lanes[2]!.id, 0);

    const plan = await planRestore(doc, version.id);
    const lines = plan.items.map((i) => `${i.change} ${i.kind} ${i.label} ${i.fields.join(',')}`);
    expect(lines).toContain('remove action Upload robuster machen ');
    expect(lines).toContain('remove comment Mara: v.a. Android ');
    expect(plan.items.some((i) => i.kind === 'persona')).toBe(true);
    expect(lines).toContain('change map Schadenmeldung cxGoal');
    expect(lines).toContain(`change phase ${snap.phases[1]!.name} name`);
    expect(lines).toContain('change lane  order');

    // the restore changes exactly what the plan listed, nothing else
    const before = exportMap(doc);
    await restoreVersion(doc, version.id, plan);
    expect(diffMapItems(before, exportMap(doc))).toEqual(plan.items);
    expect(exportMap(doc).actions ?? []).toEqual([]);
    expect((await planRestore(doc, version.id)).items).toEqual([]);
  });

  it('refuses to restore when the map changed since the preview, with the new list', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Claims' }));
    const doc = await openDoc(id);
    const version = await saveVersion(id, doc, 'empty');
    const plan = await planRestore(doc, version.id);
    expect(plan.items).toEqual([]);
    // a peer adds an action between the preview and the click on Restore
    addAction(doc, { title: 'Call back', ownerTeam: 'Service', cardIds: [] });
    const before = exportMap(doc);
    const refused = await restoreVersion(doc, version.id, plan).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlanChangedError);
    expect((refused as PlanChangedError).plan.items.map((i) => i.label)).toEqual(['Call back']);
    // nothing was changed by the refused restore
    expect(exportMap(doc)).toEqual(before);
  });
});
