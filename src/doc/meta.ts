/** Map-level commands: title, description, persona and friends. */
import type * as Y from 'yjs';
import { MAP_EDITABLE_KEYS } from '../model/formatKeys';
import type { MapMeta } from '../model/snapshot';
import type { JsonValue, Persona } from '../model/types';
import { checkProp, checkWith, parts } from './checks';
import { mustBeMap, runCommand } from './command';
import { invalid } from './errors';
import { metaMap, readJson, setField } from './roots';

/** The map fields a user may edit; `undefined` removes the field (title excepted). */
export type MetaPatch = Partial<Pick<MapMeta, (typeof EDITABLE)[number]>>;

/** A persona edit; `undefined` removes a field. */
export type PersonaPatch = Partial<Persona>;

const EDITABLE = MAP_EDITABLE_KEYS;

function isEditable(key: string): key is (typeof EDITABLE)[number] {
  return (EDITABLE as readonly string[]).includes(key);
}

/**
 * Edit map-level fields as one undo step. Each field is its own register, so two
 * people editing different fields at once both keep their change.
 */
export function updateMeta(doc: Y.Doc, patch: MetaPatch): void {
  mustBeMap(doc);
  const writes: [string, JsonValue | undefined][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (!isEditable(key)) throw invalid(`"${key}" is not an editable map field`);
    if (value === undefined) {
      if (key === 'title') throw invalid('title is required');
      writes.push([key, undefined]);
    } else {
      // the file format's own rule for the field: unknown keys in variant/parent refused
      writes.push([key, checkProp(parts.map, key, value) as JsonValue]);
    }
  }
  runCommand(doc, () => {
    const meta = metaMap(doc);
    for (const [key, value] of writes) setField(meta, key, value);
  });
}

/**
 * Merge a patch into the persona (creating it when absent), or remove the
 * persona with `null`. The persona is one register: concurrent persona edits
 * resolve to one whole persona, which always stays valid.
 */
export function updatePersona(doc: Y.Doc, patch: PersonaPatch | null): void {
  mustBeMap(doc);
  if (patch === null) {
    runCommand(doc, () => setField(metaMap(doc), 'persona', undefined));
    return;
  }
  const current = readJson(metaMap(doc), 'persona');
  const next: Record<string, JsonValue> =
    typeof current === 'object' && current !== null && !Array.isArray(current)
      ? { ...(current as Record<string, JsonValue>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value as JsonValue;
  }
  // the whole persona as the format sees it: required name, no unknown fields
  checkWith(parts.persona, 'persona', next);
  runCommand(doc, () => setField(metaMap(doc), 'persona', next));
}
