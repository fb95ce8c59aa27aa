/**
 * The timer's end chime: whether it is muted (remembered on this device, not
 * synced: each laptop decides for its own room) and the tone itself.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface ChimeState {
  readonly muted: boolean;
  setMuted(muted: boolean): void;
}

export const useChime = create<ChimeState>()(
  persist(
    (set) => ({
      muted: false,
      setMuted: (muted) => set({ muted }),
    }),
    {
      name: 'journeyboard.workshop.chime',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ muted: s.muted }),
    },
  ),
);

/** A soft two-note chime; silently nothing where WebAudio is missing or when muted. */
export function playEndTone(): void {
  if (useChime.getState().muted) return;
  const Ctx = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Ctx) return;
  try {
    const ctx = new Ctx();
    const gain = ctx.createGain();
    gain.connect(ctx.destination);
    gain.gain.setValueAtTime(0.0001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.08, ctx.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.9);
    [660, 880].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      osc.type = 'sine';
      osc.frequency.value = freq;
      osc.connect(gain);
      osc.start(ctx.currentTime + i * 0.25);
      osc.stop(ctx.currentTime + 0.9);
    });
    setTimeout(() => void ctx.close(), 1200);
  } catch {
    // autoplay policies may refuse; the colour and the announcement remain
  }
}
