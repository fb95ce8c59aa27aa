/**
 * The `expiresInHours` of a share request (map or workspace link), checked once for
 * every kind of link: absent or null = no expiry.
 */
export const MAX_EXPIRY_HOURS = 24 * 366 * 5;

export type Expiry =
  | { readonly ok: true; readonly expiresAt?: Date }
  | { readonly ok: false; readonly message: string };

export function readExpiry(expiresInHours: unknown, now = Date.now()): Expiry {
  if (expiresInHours === undefined || expiresInHours === null) return { ok: true };
  if (
    typeof expiresInHours !== 'number' ||
    !(expiresInHours > 0) ||
    expiresInHours > MAX_EXPIRY_HOURS
  )
    return {
      ok: false,
      message: `expiresInHours must be a number between 0 and ${MAX_EXPIRY_HOURS}`,
    };
  return { ok: true, expiresAt: new Date(now + expiresInHours * 3_600_000) };
}
