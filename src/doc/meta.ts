/** Map-level commands: title, description, persona and friends. */
import type * as Y from 'yjs';
import type { MapMeta } from '../model/snapshot';
import type { JsonValue, Persona } from '../model/types';
import { checkId, checkJson, checkLanguage, checkString, checkTags } from './checks';
import { mustBeMap, runCommand } from './command';
import { invalid } from './errors';
import { isExtensionKey, metaMap, readJson, setField } from './layout';

/** The map fields a user may edit; `undefined` removes the field (title excepted). */
export type MetaPatch = Partial<
  Pick<
    MapMeta,
    | 'title'
    | 'description'
    | 'language'
    | 'state'
    | 'cxGoal'
    | 'scenario'
    | 'owner'
    | 'tags'
    | 'variant'
    | 'parent'
  >
>;

/** A persona edit; `undefined` removes a field. */
export type PersonaPatch = Partial<Persona>;

function checkMetaValue(key: keyof MetaPatch, value: unknown): JsonValue {
  switch (key) {
    case 'title':
      return checkString('title', value, 1, 200);
    case 'description':
    case 'scenario':
      return checkString(key, value, 0, 10_000);
    case 'cxGoal':
      return checkString('cxGoal', value, 0, 2_000);
    case 'owner':
      return checkString('owner', value, 0, 200);
    case 'language':
      return checkLanguage(value);
    case 'state':
      if (value !== 'current' && value !== 'future')
        throw invalid('state must be current or future');
      return value;
    case 'tags':
      return checkTags(value);
    case 'variant': {
      const v = value as { of?: unknown; label?: unknown } | null;
      if (typeof v !== 'object' || v === null) throw invalid('variant must be { of, label }');
      checkId('variant.of', v.of);
      checkString('variant.label', v.label, 1, 200);
      return checkJson('variant', v);
    }
    case 'parent': {
      const p = value as { mapId?: unknown; phaseId?: unknown } | null;
      if (typeof p !== 'object' || p === null) throw invalid('parent must be { mapId, phaseId }');
      checkId('parent.mapId', p.mapId);
      checkId('parent.phaseId', p.phaseId);
      return checkJson('parent', p);
    }
    default:
      throw invalid(`"${String(key)}" is not an editable map field`);
  }
}

const EDITABLE = new Set<string>([
  'title',
  'description',
  'language',
  'state',
  'cxGoal',
  'scenario',
  'owner',
  'tags',
  'variant',
  'parent',
]);

/**
 * Edit map-level fields as one undo step. Each field is its own register, so two
 * people editing different fields at once both keep their change.
 */
export function updateMeta(doc: Y.Doc, patch: MetaPatch): void {
  mustBeMap(doc);
  const writes: [string, JsonValue | undefined][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (!EDITABLE.has(key)) throw invalid(`"${key}" is not an editable map field`);
    if (value === undefined) {
      if (key === 'title') throw invalid('title is required');
      writes.push([key, undefined]);
    } else {
      writes.push([key, checkMetaValue(key as keyof MetaPatch, value)]);
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
    if (value === undefined) {
      delete next[key];
      continue;
    }
    if (key === 'name') next[key] = checkString('persona.name', value, 1, 200);
    else if (key === 'description' || key === 'priorKnowledge') {
      next[key] = checkString(`persona.${key}`, value, 0, 10_000);
    } else if (key === 'goals') {
      if (!Array.isArray(value)) throw invalid('persona.goals must be a list');
      next[key] = value.map((g, i) => checkString(`persona.goals[${i}]`, g, 0, 10_000));
    } else if (isExtensionKey(key)) next[key] = checkJson(`persona.${key}`, value);
    else throw invalid(`"${key}" is not a persona field`);
  }
  if (typeof next.name !== 'string') throw invalid('persona.name is required');
  runCommand(doc, () => setField(metaMap(doc), 'persona', next));
}
