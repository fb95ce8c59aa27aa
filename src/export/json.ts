/**
 * Canonical format v1 JSON: keys in the order of the spec tables, `x-` extension
 * keys last in code-point order (their values verbatim), 2-space indent, a trailing
 * newline. Writing the same map twice gives the same bytes, so files diff cleanly
 * in a repository, and import → export gives the file back (but `updatedAt`).
 */
import { FORMAT_KEYS } from '../model/formatKeys';
import type { JourneyMap, JsonValue } from '../model/types';

// Key orders of the spec tables, straight from the one schema.
const KEYS: Readonly<Record<string, readonly string[]>> = FORMAT_KEYS;

/** What each nested key holds: an object kind, or a list of one. */
const CHILDREN: Record<string, Record<string, string>> = {
  map: {
    persona: 'persona',
    variant: 'variant',
    parent: 'parent',
    phases: 'phase[]',
    lanes: 'lane[]',
    cards: 'card[]',
    actions: 'action[]',
  },
  card: { comments: 'comment[]', kpi: 'kpi' },
  kpi: { baseline: 'measurement', target: 'measurement', measurements: 'measurement[]' },
};

type Obj = { readonly [key: string]: unknown };

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rebuilds an object with the spec's key order. Keys the spec does not know and
 * that are not `x-` extensions are dropped: they can only come from an in-memory
 * view (`order`, `deleted`) and would make the file invalid.
 */
function canonical(kind: string, value: Obj): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEYS[kind] ?? []) {
    const v = value[key];
    if (v === undefined) continue;
    const child = CHILDREN[kind]?.[key];
    if (child?.endsWith('[]') && Array.isArray(v)) {
      const itemKind = child.slice(0, -2);
      out[key] = v.map((item: unknown) => (isObject(item) ? canonical(itemKind, item) : item));
    } else if (child && isObject(v)) out[key] = canonical(child, v);
    else out[key] = v;
  }
  const extensions = Object.keys(value)
    .filter((k) => k.startsWith('x-') && value[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of extensions) out[key] = value[key] as JsonValue;
  return out;
}

/** The map as canonical format v1 JSON text (UTF-8, no BOM, trailing newline). */
export function exportJson(map: JourneyMap): string {
  return JSON.stringify(canonical('map', map), null, 2) + '\n';
}
