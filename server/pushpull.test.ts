// `journey push` / `journey pull` against a real relay child process.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMap, setCardText } from '../src/doc';
import { exportJson } from '../src/export/json';
import { parseMapFile } from '../src/model/parseMapFile';
import type { JourneyMap } from '../src/model/types';
import { client, shareToken, startRelay, synced, waitFor } from './testing';
import { startCliRelay, type Journey } from './cliTesting';
import type { RelayProcess } from './testing';

const FIXTURES = fileURLToPath(new URL('../src/model/fixtures', import.meta.url));
let relay: RelayProcess;
let dir: string;
let journey: Journey;
beforeAll(async () => ({ relay, dir, journey } = await startCliRelay('jb-cli-')));
afterAll(async () => {
  await relay.stop('SIGKILL');
});

function parse(text: string): JourneyMap {
  const result = parseMapFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

/** `journey pull <id> --out <out>` from the test relay with its admin token. */
function pullAsAdmin(id: string, out: string): ReturnType<typeof journey> {
  return journey('pull', id, '--relay', relay.ws, '--token', relay.adminToken, '--out', out);
}

/** updatedAt is the room's last change, not the file's: compare everything else. */
function withoutUpdatedAt(map: JourneyMap): unknown {
  return { ...map, updatedAt: undefined };
}

describe('journey push / pull', () => {
  it.each(['kfz-versicherung', 'saas-onboarding'])(
    'round-trips the %s fixture through a relay',
    async (name) => {
      const file = join(FIXTURES, `${name}.journey.json`);
      const original = parse(readFileSync(file, 'utf8'));
      const pushed = await journey('push', file, '--relay', relay.ws, '--token', relay.adminToken);
      expect(pushed, pushed.err).toMatchObject({ code: 0 });
      const out = join(dir, `${name}.pulled.journey.json`);
      const pulled = await pullAsAdmin(original.id, out);
      expect(pulled, pulled.err).toMatchObject({ code: 0 });
      const back = parse(readFileSync(out, 'utf8'));
      expect(withoutUpdatedAt(back)).toEqual(withoutUpdatedAt(original));
      expect(exportJson({ ...back, updatedAt: original.updatedAt })).toBe(exportJson(original));
    },
  );

  it('a push to an existing room is one change others receive', async () => {
    const file = join(FIXTURES, 'saas-onboarding.journey.json');
    const original = parse(readFileSync(file, 'utf8'));
    const token = await shareToken(relay, original.id, 'edit');
    expect((await journey('push', file, '--relay', relay.ws, '--token', token)).code).toBe(0);
    // an observer connected while the file changes
    const observer = client(relay, original.id, token);
    await synced(observer);
    let updates = 0;
    observer.doc.on('update', () => updates++);
    const edited: JourneyMap = {
      ...original,
      title: 'Edited by push',
      cards: original.cards.slice(1),
    };
    const editedFile = join(dir, 'edited.journey.json');
    writeFileSync(editedFile, exportJson(edited));
    expect((await journey('push', editedFile, '--relay', relay.ws, '--token', token)).code).toBe(0);
    await waitFor(() => updates > 0, 5000, 'the pushed change');
    await new Promise((r) => setTimeout(r, 200));
    expect(updates).toBe(1);
    const out = join(dir, 'edited.pulled.json');
    expect(
      (await journey('pull', original.id, '--relay', relay.ws, '--token', token, '--out', out))
        .code,
    ).toBe(0);
    const back = parse(readFileSync(out, 'utf8'));
    expect(back.title).toBe('Edited by push');
    expect(back.cards.map((c) => c.id)).toEqual(edited.cards.map((c) => c.id));
    observer.destroy();
  });

  it('merges with an edit made elsewhere at the same time', async () => {
    const file = join(FIXTURES, 'kfz-versicherung.journey.json');
    const original = parse(readFileSync(file, 'utf8'));
    expect(
      (await journey('push', file, '--relay', relay.ws, '--token', relay.adminToken)).code,
    ).toBe(0);
    const other = client(relay, original.id, relay.adminToken);
    await synced(other);
    // the other editor is offline while the push happens; its edit touches a card the file keeps
    other.provider.disconnect();
    const card = original.cards[0]!;
    setCardText(other.doc, card.id, 'edited offline');
    const retitled = join(dir, 'retitled.journey.json');
    writeFileSync(retitled, exportJson({ ...original, title: 'New title from push' }));
    expect(
      (await journey('push', retitled, '--relay', relay.ws, '--token', relay.adminToken)).code,
    ).toBe(0);
    other.provider.connect();
    await waitFor(
      () => exportMap(other.doc).title === 'New title from push',
      5000,
      'push reaches the other',
    );
    const out = join(dir, 'merged.json');
    await waitFor(() => other.provider.synced);
    await new Promise((r) => setTimeout(r, 300));
    expect((await pullAsAdmin(original.id, out)).code).toBe(0);
    const merged = parse(readFileSync(out, 'utf8'));
    expect(merged.title).toBe('New title from push');
    expect(merged.cards.find((c) => c.id === card.id)?.text).toBe('edited offline');
    other.destroy();
  });

  it('exit codes: 1 refused or invalid, 2 usage, 3 unreachable', async () => {
    const file = join(FIXTURES, 'saas-onboarding.journey.json');
    expect((await journey('push', file, '--relay', relay.ws, '--token', 'wrong')).code).toBe(1);
    const view = await shareToken(relay, 'saas-onboarding', 'view');
    expect((await journey('push', file, '--relay', relay.ws, '--token', view)).code).toBe(1);
    const bad = join(dir, 'bad.journey.json');
    writeFileSync(bad, '{"format":"journeymap"}');
    expect(
      (await journey('push', bad, '--relay', relay.ws, '--token', relay.adminToken)).code,
    ).toBe(1);
    expect((await journey('push', file)).code).toBe(2);
    expect((await journey('pull', 'bad id!', '--relay', relay.ws, '--out', 'x.json')).code).toBe(2);
    expect((await journey('push', file, '--relay', 'ftp://x')).code).toBe(2);
    // nothing listens on port 1
    const unreachable = await journey('push', file, '--relay', 'ws://127.0.0.1:1', '--token', 'x');
    expect(unreachable.code, unreachable.err).toBe(3);
    const empty = await journey(
      'pull',
      'never-used',
      '--relay',
      relay.ws,
      '--token',
      relay.adminToken,
      '--out',
      join(dir, 'e.json'),
    );
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('empty');
  });

  it('a map over MAX_MESSAGE_BYTES is refused (exit 1) after one try, not retried forever', async () => {
    const small = await startRelay({ env: { MAX_MESSAGE_BYTES: '4096' } });
    try {
      const file = join(FIXTURES, 'kfz-versicherung.journey.json');
      const result = await journey('push', file, '--relay', small.ws, '--token', small.adminToken);
      expect(result.code, result.err).toBe(1);
      expect(result.err).toMatch(/refused the change: too-large .*MAX_MESSAGE_BYTES/);
      const metrics = await (await fetch(`${small.http}/metrics`)).text();
      expect(metrics).toContain('journeyboard_rejected_frames_total{reason="too_big"} 1');
    } finally {
      await small.stop('SIGKILL');
    }
  });
});
