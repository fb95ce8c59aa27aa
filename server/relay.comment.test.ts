// Comment links against a real relay child process with stock y-websocket clients:
// comments and votes travel, every other change is refused before it is applied.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  castVote,
  createMapDoc,
  exportMap,
  renameLane,
  renamePhase,
  setCardText,
  updateMeta,
} from '../src/doc';
import { smallMap } from '../src/doc/testing/fixtures';
import { relayPool } from './relayPool';
import { shareToken, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

const { relay, open } = relayPool();

/** A relay holding the small map, an editor on it, and a way to open commenters. */
async function setup(mapId: string) {
  const r = await relay();
  const owner = open(r, mapId);
  await synced(owner);
  Y.applyUpdate(owner.doc, Y.encodeStateAsUpdate(createMapDoc({ ...smallMap(), id: mapId })));
  const editor = open(r, mapId, await shareToken(r, mapId, 'edit'));
  await waitFor(() => editor.doc.getMap('cards').size === 4, 5000, 'seed at the editor');
  const comment = await shareToken(r, mapId, 'comment');
  return { r, owner, editor, comment };
}

/** What a fresh admin client finds on the relay: the exported map and the raw cards. */
async function stored(r: RelayProcess, mapId: string) {
  const probe = open(r, mapId);
  await synced(probe);
  await waitFor(() => probe.doc.getMap('cards').size > 0, 5000, 'stored map');
  const { updatedAt: _u, ...map } = exportMap(probe.doc);
  return { map, cards: probe.doc.getMap('cards').toJSON() };
}

describe('comment links', () => {
  it("a commenter's comment and vote reach the other peers", async () => {
    const { r, editor, comment } = await setup('talk');
    const commenter = open(r, 'talk', comment);
    await waitFor(() => commenter.doc.getMap('cards').size === 4, 5000, 'map at the commenter');
    addComment(commenter.doc, 'c1', { author: 'Stakeholder', text: 'Why two steps?' });
    castVote(commenter.doc, 'c2', 'stakeholder', 2);
    await waitFor(
      () => {
        const card = exportMap(editor.doc).cards.find((c) => c.id === 'c1');
        return card?.comments?.[0]?.text === 'Why two steps?';
      },
      5000,
      'comment at the editor',
    );
    await waitFor(
      () => exportMap(editor.doc).cards.find((c) => c.id === 'c2')?.votes === 2,
      5000,
      'vote at the editor',
    );
    expect(commenter.closes).toEqual([]);
    const who = await fetch(`${r.http}/api/maps/talk/whoami?t=${encodeURIComponent(comment)}`);
    expect(await who.json()).toEqual({ role: 'comment' });
  });

  it('refuses card, lane, phase and map edits and a raw card delete; nothing changes', async () => {
    const { r, comment } = await setup('guard');
    const before = await stored(r, 'guard');
    const attempts: [string, (c: TestClient) => void][] = [
      ['card edit', (c) => setCardText(c.doc, 'c1', 'rewritten')],
      ['lane edit', (c) => renameLane(c.doc, 'touch', 'Renamed')],
      ['phase edit', (c) => renamePhase(c.doc, 'p1', 'Renamed')],
      ['meta edit', (c) => updateMeta(c.doc, { title: 'Taken over' })],
      ['raw delete', (c) => c.doc.getMap('cards').delete('c2')],
    ];
    for (const [what, write] of attempts) {
      const commenter = open(r, 'guard', comment);
      await waitFor(() => commenter.doc.getMap('cards').size === 4, 5000, `map for ${what}`);
      write(commenter);
      await waitFor(() => commenter.closes.length > 0, 5000, `refusal of ${what}`);
      expect(commenter.closes[0]!.code, what).toBe(4405);
      // a permanent code: the stock client does not come back to resend it
      expect(commenter.provider.shouldConnect, what).toBe(false);
    }
    expect(await stored(r, 'guard')).toEqual(before);
    const metrics = await (await fetch(`${r.http}/metrics`)).text();
    expect(metrics).toMatch(/journeyboard_rejected_frames_total\{reason="comment_write"\} 5/);
  });

  it('a view link cannot comment either (dropped, as before)', async () => {
    const { r } = await setup('look');
    const viewer = open(r, 'look', await shareToken(r, 'look', 'view'));
    await waitFor(() => viewer.doc.getMap('cards').size === 4, 5000, 'map at the viewer');
    const before = await stored(r, 'look');
    addComment(viewer.doc, 'c1', { author: 'Viewer', text: 'not stored' });
    // the editor's next change arrives at a fresh client while the viewer's never does
    const editorToken = await shareToken(r, 'look', 'edit');
    const editor = open(r, 'look', editorToken);
    await waitFor(() => editor.doc.getMap('cards').size === 4, 5000, 'map at the editor');
    renamePhase(editor.doc, 'p2', 'Later');
    await waitFor(
      async () => (await stored(r, 'look')).map.phases[1]?.name === 'Later',
      5000,
      'edit stored',
    );
    expect((await stored(r, 'look')).map.cards).toEqual(before.map.cards);
  });
});
