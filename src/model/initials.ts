/**
 * Initials of a person's name for an avatar: letters only (no brackets, digits or
 * emoji), the first letters of the first and last word, or the first two letters
 * of a single word; "?" when the name has no letter.
 */
export function initialsOf(name: string, locale = 'en'): string {
  const words = name.split(/[^\p{L}]+/u).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words[words.length - 1]!;
  const letters =
    words.length > 1
      ? [...first].slice(0, 1).concat([...last].slice(0, 1))
      : [...first].slice(0, 2);
  return letters.join('').toLocaleUpperCase(locale);
}
