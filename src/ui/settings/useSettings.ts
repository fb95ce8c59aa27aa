/**
 * The local user's settings (scope: device, never synced): a stable user id (voter
 * id and presence identity), a display name and a colour. Persisted in localStorage.
 * The UI language lives in `useLanguageStore` (src/ui/i18n).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { newId } from '../../model/ids';

/** Presence colours with enough contrast on white for names and cursors. */
export const USER_COLORS = [
  '#d1495b',
  '#00798c',
  '#edae49',
  '#6a4c93',
  '#2b9348',
  '#e36414',
  '#3d5a80',
  '#b5179e',
] as const;

export interface SettingsState {
  readonly userId: string;
  readonly displayName: string;
  readonly color: string;
  setDisplayName(name: string): void;
  setColor(color: string): void;
}

const COLOR = /^#[0-9a-f]{6}$/i;

function randomColor(): string {
  const bytes = new Uint8Array(1);
  globalThis.crypto.getRandomValues(bytes);
  return USER_COLORS[bytes[0]! % USER_COLORS.length]!;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      userId: newId(),
      displayName: '',
      color: randomColor(),
      setDisplayName: (name) => set({ displayName: name.trim().slice(0, 80) }),
      setColor: (color) => {
        if (COLOR.test(color)) set({ color: color.toLowerCase() });
      },
    }),
    {
      name: 'journeyboard.settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ userId: s.userId, displayName: s.displayName, color: s.color }),
    },
  ),
);

/** The local user as the map session needs it; an empty name shows as `fallbackName`. */
export function localUser(fallbackName: string): { id: string; name: string; color: string } {
  const s = useSettings.getState();
  return { id: s.userId, name: s.displayName || fallbackName, color: s.color };
}
