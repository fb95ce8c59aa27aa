/** Test helper: the shared sample maps as mutable plain objects. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures', import.meta.url));

/** Raw text of a fixture file (`name` without `.journey.json`). */
export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURE_DIR}/${name}.journey.json`, 'utf8');
}

/** A fresh deep copy of a fixture, safe to break in a test. */
export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}

/** The cards of a loaded fixture, for mutation. */
export function cardsOf(map: Record<string, unknown>): Record<string, unknown>[] {
  return map.cards as Record<string, unknown>[];
}

/** The phase names of the German standard template, as a user reads them. */
export const STANDARD_PHASES_DE = [
  'Erste Informationen',
  'Erster Kontakt',
  'Recherche',
  'Entscheidung',
  'Kauf',
  'Erste Nutzung',
  'Wiederholte Nutzung',
  'Ende der Nutzung',
  'Beenden der Beziehung',
] as const;
