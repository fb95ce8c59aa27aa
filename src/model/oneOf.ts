/** Type guards for the closed lists of the domain (`[...] as const`). */

/** A guard that accepts exactly the members of `options`. */
export function oneOf<const T>(options: readonly T[]): (value: unknown) => value is T {
  return (value: unknown): value is T => (options as readonly unknown[]).includes(value);
}
