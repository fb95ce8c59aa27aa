/**
 * Message catalogs are per feature: each area declares its own `defineMessages({ en, de })`,
 * so areas never edit a shared dictionary. German must have every key English has
 * (the type enforces it).
 */
import type { UiLanguage } from './language';

export type Catalog<K extends string> = Readonly<Record<K, string>>;
export type Messages<K extends string> = { readonly en: Catalog<K>; readonly de: Catalog<K> };

/** Declares a feature's messages; `{name}` placeholders are filled by `format`. */
export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/**
 * Fills `{name}` placeholders and plural choices (ICU style, `#` is the number):
 * `{count, plural, one {# card} other {# cards}}`, picked with Intl.PluralRules for
 * `language`; `=0 {…}` matches an exact number. Unknown placeholders stay visible so
 * they get noticed.
 */
export function format(
  template: string,
  params?: Readonly<Record<string, string | number>>,
  language: UiLanguage = 'en',
): string {
  if (!params) return template;
  return fillPlaceholders(fillPlurals(template, params, language), params);
}

/** Texts cut at their `{name}` placeholders (odd entries are names), each cut once. */
const cut = new Map<string, readonly string[]>();

function fillPlaceholders(text: string, params: Readonly<Record<string, string | number>>): string {
  let parts = cut.get(text);
  if (!parts) {
    parts = text.split(/\{(\w+)\}/);
    // catalog templates are few; a plural's filled text varies with its number
    if (cut.size < 5_000) cut.set(text, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

const PLURAL_START = /\{(\w+), plural,/g;

/** One `Intl.PluralRules` per language: making one costs more than formatting a whole label. */
const pluralRules = new Map<UiLanguage, Intl.PluralRules>();
function pluralOf(language: UiLanguage, value: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(value);
}

/** A template cut at its plural choices: text, or the name and forms of one choice. */
type Part = string | { readonly name: string; readonly forms: ReadonlyMap<string, string> };

/** Templates are few and fixed (the catalogs): each is parsed once. */
const parsed = new Map<string, readonly Part[]>();

function parsePlurals(template: string): readonly Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const match of template.matchAll(PLURAL_START)) {
    if (match.index < from) continue;
    const end = closingBrace(template, match.index);
    if (end < 0) break;
    parts.push(template.slice(from, match.index), {
      name: match[1]!,
      forms: pluralForms(template.slice(match.index + match[0].length, end)),
    });
    from = end + 1;
  }
  parts.push(template.slice(from));
  return parts;
}

/** Replaces each `{name, plural, …}` by the form for `params[name]`. */
function fillPlurals(
  template: string,
  params: Readonly<Record<string, string | number>>,
  language: UiLanguage,
): string {
  if (!template.includes(', plural,')) return template;
  let parts = parsed.get(template);
  if (!parts) parsed.set(template, (parts = parsePlurals(template)));
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = Number(params[part.name]);
    const form =
      part.forms.get(`=${value}`) ??
      part.forms.get(pluralOf(language, value)) ??
      part.forms.get('other') ??
      '';
    out += form.replace(/#/g, String(value));
  }
  return out;
}

/** The index of the brace closing the one at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` → selector → text. */
function pluralForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const selector = body.slice(i, open).trim();
    const close = closingBrace(body, open);
    if (close < 0) break;
    forms.set(selector, body.slice(open + 1, close));
    i = close + 1;
  }
  return forms;
}

export type Translate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

/** A translate function for one catalog and language, outside React. */
export function translator<K extends string>(
  messages: Messages<K>,
  language: UiLanguage,
): Translate<K> {
  const catalog = messages[language];
  // English while a production build's German texts are still on their way (german.ts)
  return (key, params) => format(catalog[key] ?? messages.en[key], params, language);
}
