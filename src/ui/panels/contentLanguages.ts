/**
 * Choices for "language of the content" (a BCP 47 tag in the map). The list is a
 * convenience; a tag set elsewhere (import, CLI) is kept and shown as is.
 */
const COMMON_TAGS = [
  'de',
  'en',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'pt',
  'sv',
  'da',
  'de-CH',
  'de-AT',
  'en-US',
];

/** Tags to offer, each with its name in the UI locale, the current tag always included. */
export function contentLanguageOptions(
  current: string | undefined,
  uiLocale: string,
): { value: string; label: string }[] {
  const tags = current && !COMMON_TAGS.includes(current) ? [current, ...COMMON_TAGS] : COMMON_TAGS;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([uiLocale], { type: 'language' });
  } catch {
    // an unknown tag or a runtime without DisplayNames: show the bare tag
  }
  return tags.map((tag) => {
    let name: string | undefined;
    try {
      name = names?.of(tag);
    } catch {
      name = undefined;
    }
    return { value: tag, label: name && name !== tag ? `${name} (${tag})` : tag };
  });
}
