// `journey list`, `journey pull --all` and `journey push` of several files against a
// real relay child process.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMapFile } from '../src/model/parseMapFile';
import { standardTemplate } from '../src/model/templates';
import { exportJson } from '../src/export/json';
import { shareToken } from './testing';
import { startCliRelay, type Journey } from './cliTesting';
import type { RelayProcess } from './testing';

const FIXTURES = fileURLToPath(new URL('../src/model/fixtures', import.meta.url));
const KFZ = join(FIXTURES, 'kfz-versicherung.journey.json');
const SAAS = join(FIXTURES, 'saas-onboarding.journey.json');
const idOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id;

let relay: RelayProcess;
let dir: string;
let journey: Journey;
beforeAll(async () => ({ relay, dir, journey } = await startCliRelay('jb-team-cli-')));
afterAll(async () => {
  await relay.stop('SIGKILL');
});

/** `journey pull --all --out-dir <out>` with the given token. */
function pullAll(token: string, out: string): ReturnType<Journey> {
  return journey('pull', '--all', '--relay', relay.ws, '--token', token, '--out-dir', out);
}

async function listJson(token = relay.adminToken): Promise<{ id: string; kind: string }[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await journey('list', '--relay', relay.ws, '--token', token, '--json');
    expect(res.code, res.err).toBe(0);
    const rows = JSON.parse(res.out) as { id: string; kind: string }[];
    if (rows.length >= 3 || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('journey push (several files), list, pull --all', () => {
  it('refuses the whole push when one file is invalid: nothing reaches the relay', async () => {
    const bad = join(dir, 'bad.journey.json');
    writeFileSync(bad, '{"format":"journeymap"}');
    const res = await journey('push', KFZ, bad, '--relay', relay.ws, '--token', relay.adminToken);
    expect(res.code).toBe(1);
    expect(res.err).toContain('bad.journey.json is not a valid map');
    expect(res.err).toContain('nothing was pushed');
    const listed = await journey('list', '--relay', relay.ws, '--token', relay.adminToken);
    expect(listed).toMatchObject({ code: 0, out: '' });
  });

  it('pushes several files, lists them (text and JSON) and pulls them all back', async () => {
    const template = standardTemplate('en', { title: 'Team standard', kind: 'template' });
    const templateFile = join(dir, 'team-standard.journey-template.json');
    writeFileSync(templateFile, exportJson(template));
    const pushed = await journey(
      'push',
      KFZ,
      SAAS,
      templateFile,
      '--relay',
      relay.ws,
      '--token',
      relay.adminToken,
    );
    expect(pushed.code, pushed.err).toBe(0);
    expect(pushed.out.match(/^pushed /gm)).toHaveLength(3);

    const rows = await listJson();
    expect(rows.map((r) => r.id).sort()).toEqual([idOf(KFZ), idOf(SAAS), template.id].sort());
    expect(rows.find((r) => r.id === template.id)!.kind).toBe('template');
    const text = await journey('list', '--relay', relay.ws, '--token', relay.adminToken);
    expect(text.out.trim().split('\n')).toHaveLength(3);
    expect(text.out).toContain(`${template.id}\ttemplate\tTeam standard\t`);

    const out = join(dir, 'all');
    const ws = await fetch(`${relay.http}/api/workspace/share`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${relay.adminToken}` },
      body: JSON.stringify({ role: 'view' }),
    });
    const viewToken = ((await ws.json()) as { token: string }).token;
    const pulled = await pullAll(viewToken, out);
    expect(pulled.code, pulled.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        `${idOf(KFZ)}.journey.json`,
        `${idOf(SAAS)}.journey.json`,
        `${template.id}.journey-template.json`,
      ].sort(),
    );
    const back = parseMapFile(readFileSync(join(out, `${idOf(KFZ)}.journey.json`), 'utf8'));
    expect(back.ok && back.map.cards.length).toBe(
      (JSON.parse(readFileSync(KFZ, 'utf8')) as { cards: unknown[] }).cards.length,
    );
    // a second pull without --force leaves the files alone and says so
    const again = await pullAll(viewToken, out);
    expect(again.code).toBe(1);
  });

  it('a map link lists only its map; a bad token is refused with exit 1', async () => {
    await listJson();
    const link = await shareToken(relay, idOf(SAAS), 'view');
    const own = await journey('list', '--relay', relay.ws, '--token', link, '--json');
    expect((JSON.parse(own.out) as { id: string }[]).map((r) => r.id)).toEqual([idOf(SAAS)]);
    const bad = await journey('list', '--relay', relay.ws, '--token', 'garbage');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('token');
    const usage = await journey('pull', '--all', '--relay', relay.ws, '--out', 'x.json');
    expect(usage.code).toBe(2);
  });
});
