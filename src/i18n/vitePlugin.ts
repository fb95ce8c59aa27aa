/**
 * Vite plugin (production builds only): the German half of every message catalog
 * leaves the first load. Each `defineMessages({ en: {…}, de: {…} })` whose German
 * catalog is plain text keeps its English catalog in place; the German one is
 * replaced by an empty catalog from `german.ts` (`germanCatalog(key)`), and all
 * German texts go into one module, `virtual:journeyboard-de`, loaded on demand
 * (`loadGerman()`: before the first render for a German user, before switching
 * to German). Sources, tests and the dev server keep both languages inline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync, type Plugin } from 'vite';

const PACK_ID = 'virtual:journeyboard-de';
const RESOLVED_PACK_ID = `\0${PACK_ID}`;
const GERMAN_RUNTIME = fileURLToPath(new URL('./german.ts', import.meta.url));
const LOADER_MARK = 'const LOAD_PACK: PackLoader | null = null;';

/** One catalog's German part: where it is in the source and its texts. */
export interface GermanPart {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly texts: Readonly<Record<string, string>>;
}

type Node = { type: string; start: number; end: number; [k: string]: unknown };

const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** A property's name when it is a plain identifier or string key. */
function keyName(prop: Node): string | null {
  if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init') return null;
  const key = prop.key as Node;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return null;
}

/** A value's text when it is a string literal or a template without placeholders. */
function plainText(value: Node): string | null {
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  if (value.type === 'TemplateLiteral' && (value.expressions as unknown[]).length === 0) {
    const quasi = (value.quasis as unknown as { value: { cooked: string | null } }[])[0]!;
    return quasi.value.cooked;
  }
  return null;
}

/** The texts of an object literal of plain texts, else null (left inline). */
function catalogOf(object: Node): Record<string, string> | null {
  if (object.type !== 'ObjectExpression') return null;
  const texts: Record<string, string> = {};
  for (const prop of object.properties as Node[]) {
    const name = keyName(prop);
    const text = name === null ? null : plainText(prop.value as Node);
    if (name === null || text === null) return null;
    texts[name] = text;
  }
  return texts;
}

/**
 * The German catalogs of `defineMessages` calls in `code` (a TypeScript module
 * named `file`, `id` its stable name in the pack), in source order.
 */
export function germanParts(file: string, code: string, id: string): GermanPart[] {
  if (!code.includes('defineMessages(')) return [];
  const { program } = parseSync(file, code);
  const parts: GermanPart[] = [];
  const visit = (node: Node) => {
    if (
      node.type === 'CallExpression' &&
      (node.callee as Node).type === 'Identifier' &&
      (node.callee as Node).name === 'defineMessages'
    ) {
      const arg = (node.arguments as Node[])[0];
      const props = arg?.type === 'ObjectExpression' ? (arg.properties as Node[]) : [];
      const de = props.find((p) => keyName(p) === 'de');
      const texts = de ? catalogOf(de.value as Node) : null;
      if (de && texts && props.some((p) => keyName(p) === 'en')) {
        const value = de.value as Node;
        parts.push({ key: `${id}#${parts.length}`, start: value.start, end: value.end, texts });
      }
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) for (const c of child) if (isNode(c)) visit(c);
      if (isNode(child)) visit(child);
    }
  };
  visit(program as unknown as Node);
  return parts;
}

/**
 * `code` with each German catalog replaced by `germanCatalog(key)`; line breaks are
 * kept and the import goes last, so the source map's lines still hold.
 */
export function withoutGerman(code: string, parts: readonly GermanPart[], runtime: string): string {
  let out = code;
  for (const part of [...parts].reverse()) {
    const breaks = '\n'.repeat(out.slice(part.start, part.end).split('\n').length - 1);
    const call = `__jbGerman(${JSON.stringify(part.key)}${breaks})`;
    out = `${out.slice(0, part.start)}${call}${out.slice(part.end)}`;
  }
  return `${out}\nimport { germanCatalog as __jbGerman } from ${JSON.stringify(runtime)};\n`;
}

const SOURCE = /\.tsx?$/;
const SKIPPED = /\.test\.tsx?$|[\\/]testing[\\/]|[\\/]cli[\\/]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return SOURCE.test(e.name) && !SKIPPED.test(path) ? [path] : [];
  });
}

export function splitLanguagesPlugin(): Plugin {
  let srcDir = '';
  const idOf = (file: string) => relative(srcDir, file).split('\\').join('/');
  return {
    name: 'journeyboard:split-languages',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      srcDir = join(config.root, 'src');
    },
    resolveId(id) {
      return id === PACK_ID ? RESOLVED_PACK_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_PACK_ID) return null;
      // read from the sources, so the pack does not depend on the order modules load in
      const pack: Record<string, Readonly<Record<string, string>>> = {};
      for (const file of sourceFiles(srcDir))
        for (const part of germanParts(file, readFileSync(file, 'utf8'), idOf(file)))
          pack[part.key] = part.texts;
      return `export default ${JSON.stringify(pack)};`;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (file === GERMAN_RUNTIME) {
        if (!code.includes(LOADER_MARK)) this.error(`${file} lost its loader mark`);
        const loader = `const LOAD_PACK: PackLoader | null = () => import(${JSON.stringify(PACK_ID)});`;
        return { code: code.replace(LOADER_MARK, loader), map: null };
      }
      if (!file.startsWith(srcDir) || !SOURCE.test(file) || SKIPPED.test(file)) return null;
      const parts = germanParts(file, code, idOf(file));
      return parts.length ? { code: withoutGerman(code, parts, GERMAN_RUNTIME), map: null } : null;
    },
  };
}
