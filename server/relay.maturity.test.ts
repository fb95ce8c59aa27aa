// Maturity checks in the team repository, against a real relay child process: a stock
// y-websocket client writes a check document into its room → GET /api/maps lists it with
// kind "maturity" (title, updatedAt, following a rename), and `journey list` / `pull --all`
// treat it as a check (listed with its kind; no file written). The home screen's lists:
// src/ui/maturity/CheckList.test.tsx and e2e/maturity.spec.ts.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { createMapDoc, createMaturityDoc, renameCheck } from '../src/doc';
import { standardTemplate } from '../src/model/templates';
import type { TeamRow } from '../src/sync';
import { client, startRelay, synced } from './testing';
import type { RelayProcess, TestClient } from './testing';
import { stoppedAfterEach } from './startedTesting';

const { relays, clients } = stoppedAfterEach();

async function rows(r: RelayProcess): Promise<TeamRow[]> {
  const res = await fetch(`${r.http}/api/maps`, {
    headers: { Authorization: `Bearer ${r.adminToken}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { maps: TeamRow[] }).maps;
}

/** Reads the list until `ok` holds (the catalog is derived in the background); 10 s at most. */
async function rowsUntil(r: RelayProcess, ok: (rows: TeamRow[]) => boolean): Promise<TeamRow[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await rows(r);
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function writer(r: RelayProcess, room: string): Promise<TestClient> {
  const c = client(r, room, r.adminToken);
  clients.push(c);
  await synced(c);
  return c;
}

async function journey(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd });
  return { code, out, err };
}

describe('maturity checks in the relay catalog', () => {
  it('lists a check written by a stock client with kind maturity, next to a map', async () => {
    const r = await startRelay();
    relays.push(r);
    const map = standardTemplate('en', { title: 'Onboarding' });
    createMapDoc(map, (await writer(r, map.id)).doc);
    const checkWriter = await writer(r, 'check-q1');
    createMaturityDoc(checkWriter.doc, {
      id: 'check-q1',
      title: 'Maturity Q1',
      createdAt: '2026-01-05T09:00:00.000Z',
      facilitator: { id: 'u1', name: 'Ada' },
    });

    const listed = await rowsUntil(r, (all) => all.length >= 2);
    const check = listed.find((row) => row.id === 'check-q1');
    expect(check).toMatchObject({
      kind: 'maturity',
      title: 'Maturity Q1',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      trashed: false,
    });
    expect(listed.find((row) => row.id === map.id)?.kind).toBe('map');

    renameCheck(checkWriter.doc, 'Maturity Q1 (workshop)');
    const renamed = await rowsUntil(r, (all) =>
      all.some((row) => row.title === 'Maturity Q1 (workshop)'),
    );
    const after = renamed.find((row) => row.id === 'check-q1')!;
    expect(after.title).toBe('Maturity Q1 (workshop)');
    expect(after.updatedAt > '2026-01-05T09:00:00.000Z').toBe(true);

    // the CLI: `list` names the kind, `pull --all` writes the map and skips the check
    const dir = mkdtempSync(join(tmpdir(), 'jb-maturity-cli-'));
    const list = await journey(dir, 'list', '--relay', r.ws, '--token', r.adminToken);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toMatch(/^check-q1\tmaturity\tMaturity Q1 \(workshop\)\t/m);
    const pull = await journey(
      dir,
      ...['pull', '--all', '--relay', r.ws, '--token', r.adminToken, '--out-dir', 'out'],
    );
    expect(pull.code, pull.err).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual([`${map.id}.journey.json`]);
  });
});
