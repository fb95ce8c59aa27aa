/** Whether the persona band is open, per map, remembered on this device (never synced). */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface PersonaBandState {
  /** map id → true when this user opened the band there (a one-line summary by default) */
  readonly opened: Readonly<Record<string, boolean>>;
  toggle(mapId: string): void;
}

export const usePersonaBand = create<PersonaBandState>()(
  persist(
    (set, get) => ({
      opened: {},
      toggle: (mapId) => {
        const { [mapId]: was, ...rest } = get().opened;
        set({ opened: was ? rest : { ...rest, [mapId]: true } });
      },
    }),
    {
      name: 'journeyboard.personaBand',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ opened: s.opened }),
    },
  ),
);
