/**
 * Who the local user is (device scope): a stable random id, a display name and a
 * colour, remembered in localStorage.
 */
import type { LocalUser } from '../ui/session/MapSession';
import { newId } from '../model/ids';

const KEY = 'journeyboard.user';
const COLORS = ['#d9480f', '#2b8a3e', '#1971c2', '#9c36b5', '#e67700', '#0b7285', '#c2255c'];

/** The local user, created on first use. */
export function localUser(): LocalUser {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LocalUser> | null;
    if (stored?.id && stored.name && stored.color) return { id: stored.id, name: stored.name, color: stored.color };
  } catch {
    // unreadable: make a new one below
  }
  const id = newId();
  const user = { id, name: 'Guest', color: COLORS[id.charCodeAt(0) % COLORS.length] ?? COLORS[0]! };
  try {
    localStorage.setItem(KEY, JSON.stringify(user));
  } catch {
    // private mode: the user lives for this session only
  }
  return user;
}
