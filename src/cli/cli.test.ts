import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_PHASES_DE } from '../model/fixtures.testkit';
import { validateMap } from '../model/validation';

const BIN = fileURLToPath(new URL('../../bin/journey.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../model/fixtures', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `journey` bin as a child process. */
function journey(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, JOURNEY_DEBUG: '' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-cli-'));
  const broken = JSON.parse(
    readFileSync(join(FIXTURES, 'kfz-versicherung.journey.json'), 'utf8'),
  ) as {
    cards: { phaseId: string }[];
  };
  broken.cards[12]!.phaseId = 'p9';
  writeFileSync(join(dir, 'broken.journey.json'), JSON.stringify(broken));
  writeFileSync(join(dir, 'truncated.journey.json'), '{"format": "journeymap",\n "phases": [');
});

describe('journey validate', () => {
  it('exits 0 for valid files', async () => {
    const run = await journey(
      [
        'validate',
        join(FIXTURES, 'kfz-versicherung.journey.json'),
        join(FIXTURES, 'saas-onboarding.journey.json'),
      ],
      dir,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(
      'kfz-versicherung.journey.json: valid map (9 phases, 13 lanes, 41 cards)',
    );
  });

  it('exits 1 with the problems by JSON path, and no stack trace', async () => {
    const run = await journey(
      ['validate', 'broken.journey.json', 'truncated.journey.json', 'missing.json'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'broken.journey.json: invalid, 1 problem:\n  cards[12].phaseId: no phase "p9"\n',
    );
    expect(run.stderr).toContain(
      'truncated.journey.json: invalid, 1 problem:\n  the file is not valid JSON: the file ends too early (it looks truncated) at line 2, column 13',
    );
    expect(run.stderr).toContain('cannot read missing.json: no such file');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for usage errors', async () => {
    const none = await journey(['validate'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('journey validate: missing <file>');
    const unknown = await journey(['frobnicate'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it('prints help with exit 0', async () => {
    const top = await journey(['--help'], dir);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/usage: journey <command>[\s\S]*validate[\s\S]*pull/);
    const sub = await journey(['new', '--help'], dir);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('usage: journey new');
  });
});

describe('journey new', () => {
  it('writes a valid German map with 9 phases and 13 lanes, and refuses to overwrite it', async () => {
    const run = await journey(
      [
        'new',
        '--template',
        'standard',
        '--title',
        'Kfz',
        '--lang',
        'de',
        '--out',
        'kfz.journey.json',
      ],
      dir,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const text = readFileSync(join(dir, 'kfz.journey.json'), 'utf8');
    const result = validateMap(JSON.parse(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.title).toBe('Kfz');
    expect(result.map.phases.map((p) => p.name)[0]).toBe('Erste Informationen');
    expect(result.map.phases).toHaveLength(9);
    expect(result.map.lanes).toHaveLength(13);

    const again = await journey(['new', '--title', 'Other', '--out', 'kfz.journey.json'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists (use --force to overwrite)');
    expect(readFileSync(join(dir, 'kfz.journey.json'), 'utf8')).toBe(text);

    const forced = await journey(
      ['new', '--title', 'Other', '--out', 'kfz.journey.json', '--force'],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'kfz.journey.json'), 'utf8')).title).toBe('Other');
  });

  it('without --title names the map after the template, as the issue example runs it', async () => {
    const run = await journey(
      ['new', '--template', 'standard', '--lang', 'de', '--out', 'de.journey.json'],
      dir,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const result = validateMap(JSON.parse(readFileSync(join(dir, 'de.journey.json'), 'utf8')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.title).toBe('Customer Journey (Standard)');
    expect(result.map.language).toBe('de');
    expect(result.map.phases.map((p) => p.name)).toEqual(STANDARD_PHASES_DE);
    expect(result.map.lanes.map((l) => l.name)).toEqual([
      'Berührungspunkte',
      'Interaktionen',
      'Benutzerbedürfnisse',
      'Kundenziele & Vorkenntnisse',
      'Emotionen (emotionale Kurve)',
      'Benutzerängste',
      'Abbruchgründe',
      'Verwendete Geräte',
      'Pain Points',
      'Potenziale & neue Funktionen',
      'Unterstützende IT-Systeme',
      'Notwendiges Wissen im Kundenservice',
      'KPIs',
    ]);
    const en = await journey(['new', '--out', 'en.journey.json'], dir);
    expect(en.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'en.journey.json'), 'utf8')).title).toBe(
      'Customer journey (standard)',
    );
    const fromFile = await journey(
      ['new', '--template', 'de.journey.json', '--out', 'copy.journey.json'],
      dir,
    );
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'copy.journey.json'), 'utf8')).title).toBe(
      'Customer Journey (Standard)',
    );
  });

  it('writes a template file and makes a new map from it', async () => {
    const made = await journey(
      [
        'new',
        '--title',
        'Vorlage',
        '--lang',
        'de',
        '--as-template',
        '--out',
        'std.journey-template.json',
      ],
      dir,
    );
    expect(made.code).toBe(0);
    const template = JSON.parse(readFileSync(join(dir, 'std.journey-template.json'), 'utf8'));
    expect(template.kind).toBe('template');
    const run = await journey(
      [
        'new',
        '--template',
        'std.journey-template.json',
        '--title',
        'Aus Vorlage',
        '--out',
        'from.journey.json',
      ],
      dir,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const map = JSON.parse(readFileSync(join(dir, 'from.journey.json'), 'utf8'));
    expect(map).toMatchObject({
      kind: 'map',
      title: 'Aus Vorlage',
      lanes: template.lanes,
      phases: template.phases,
    });
    expect(map.id).not.toBe(template.id);
    const broken = await journey(
      ['new', '--template', 'truncated.journey.json', '--title', 'T', '--out', 'y.json'],
      dir,
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('truncated.journey.json is not a valid template:');
  });

  it('refuses bad options with exit 2 and a too-long title with exit 1', async () => {
    const lang = await journey(['new', '--title', 'T', '--lang', 'fr', '--out', 'x.json'], dir);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang must be "en" or "de"');
    const title = await journey(['new', '--title', 'x'.repeat(201), '--out', 'x.json'], dir);
    expect(title.code).toBe(1);
    expect(title.stderr).toContain('title: is 201 characters long; at most 200 are allowed');
  });
});
