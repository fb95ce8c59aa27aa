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

/** Fills `{name}` placeholders; unknown placeholders stay visible so they get noticed. */
export function format(
  template: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
  return (key, params) => format(catalog[key], params);
}
