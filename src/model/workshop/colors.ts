/**
 * Presence colours that never clash: among the people present, each keeps their
 * own colour unless someone earlier (by user id) has it already; then they get the
 * first free colour of the palette after their stable one. Every client runs this
 * over the same people, so everyone sees the same colours. Beyond 12 people
 * colours repeat.
 */
import { colorForUser, PRESENCE_COLORS } from './presence';

export interface Colored {
  readonly id: string;
  readonly color: string;
}

/** user id → the colour to show for them. */
export function distinctColors(
  people: readonly Colored[],
  palette: readonly string[] = PRESENCE_COLORS,
): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const sorted = [...new Map(people.map((p) => [p.id, p])).values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  for (const person of sorted) {
    let color = person.color.toLowerCase();
    if (taken.has(color)) {
      const start = Math.max(0, palette.indexOf(colorForUser(person.id)));
      const free = palette
        .map((_, i) => palette[(start + i) % palette.length]!.toLowerCase())
        .find((c) => !taken.has(c));
      color = free ?? color;
    }
    taken.add(color);
    out.set(person.id, color);
  }
  return out;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
