/**
 * Test helper: a tiny interpreter for the subset of JSON Schema 2020-12 our DSL
 * emits. It lets tests check that the published schema and the runtime
 * validator give the same verdict. Unknown keywords throw, so the helper cannot
 * silently ignore something new the emitter starts writing.
 */
type Node = { readonly [key: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs', 'format']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  '$ref',
  'type',
  'properties',
  'required',
  'patternProperties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'minimum',
  'maximum',
]);

function typeOk(type: unknown, v: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    default:
      throw new Error(`type ${String(type)} not supported`);
  }
}

function matches(root: Node, node: Node, v: unknown): boolean {
  for (const key of Object.keys(node))
    if (!KNOWN.has(key)) throw new Error(`keyword ${key} not supported`);
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/$defs/', '');
    const target = (root.$defs as Record<string, Node>)[name];
    if (target === undefined || !matches(root, target, v)) return false;
  }
  if (node.type !== undefined && !typeOk(node.type, v)) return false;
  if (node.const !== undefined && v !== node.const) return false;
  if (Array.isArray(node.enum) && !node.enum.includes(v)) return false;
  if (typeof v === 'number') {
    if (typeof node.minimum === 'number' && v < node.minimum) return false;
    if (typeof node.maximum === 'number' && v > node.maximum) return false;
  }
  if (typeof v === 'string') {
    const length = [...v].length;
    if (typeof node.minLength === 'number' && length < node.minLength) return false;
    if (typeof node.maxLength === 'number' && length > node.maxLength) return false;
    if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(v)) return false;
  }
  if (Array.isArray(v)) {
    if (typeof node.minItems === 'number' && v.length < node.minItems) return false;
    if (typeof node.maxItems === 'number' && v.length > node.maxItems) return false;
    const items = node.items as Node | undefined;
    if (items !== undefined && !v.every((item) => matches(root, items, item))) return false;
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const obj = v as Record<string, unknown>;
    const props = (node.properties ?? {}) as Record<string, Node>;
    const patterns = Object.entries((node.patternProperties ?? {}) as Record<string, Node>);
    for (const key of (node.required ?? []) as string[]) if (!(key in obj)) return false;
    for (const [key, value] of Object.entries(obj)) {
      let known = false;
      const prop = props[key];
      if (prop !== undefined) {
        known = true;
        if (!matches(root, prop, value)) return false;
      }
      for (const [pattern, schema] of patterns) {
        if (new RegExp(pattern, 'u').test(key)) {
          known = true;
          if (!matches(root, schema, value)) return false;
        }
      }
      if (!known && node.additionalProperties === false) return false;
    }
  }
  return true;
}

/** True when `value` is valid under the (subset) JSON Schema document `schema`. */
export function matchesJsonSchema(schema: Node, value: unknown): boolean {
  return matches(schema, schema, value);
}
