/**
 * The UI language (session scope: remembered on this device, never synced).
 * Default: the browser's language when it is German, else English.
 */
import { create } from 'zustand';

export type UiLanguage = 'en' | 'de';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'de'];
const STORAGE_KEY = 'journeyboard.language';

function initialLanguage(): UiLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'de') return stored;
  } catch {
    // storage may be unavailable (private mode); fall through to the browser language
  }
  const nav = globalThis.navigator?.language ?? 'en';
  return nav.toLowerCase().startsWith('de') ? 'de' : 'en';
}

interface LanguageState {
  language: UiLanguage;
  setLanguage(language: UiLanguage): void;
}

export const useLanguageStore = create<LanguageState>((set) => ({
  language: initialLanguage(),
  setLanguage(language) {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // remembered for this session only
    }
    if (globalThis.document) globalThis.document.documentElement.lang = language;
    set({ language });
  },
}));

/** The BCP 47 locale used to format numbers and dates for a UI language. */
export function localeOf(language: UiLanguage): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}
