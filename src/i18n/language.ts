/**
 * The UI language (session scope: remembered on this device, never synced).
 * Default: the browser's language when it is German, else English.
 */
import { create } from 'zustand';
import { germanReady, loadGerman } from './german';

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
    const apply = () => {
      if (globalThis.document) globalThis.document.documentElement.lang = language;
      set({ language });
    };
    // a production build has the German texts in their own chunk (german.ts)
    if (language === 'de' && !germanReady())
      loadGerman().then(apply, (err: unknown) => console.error('German texts did not load', err));
    else apply();
  },
}));

const FALLBACK_LOCALE: Record<UiLanguage, string> = { en: 'en-GB', de: 'de-DE' };

function browserLocales(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

/**
 * The BCP 47 locale for numbers and dates: the user's own locale when it is in
 * the UI language (en-US, de-CH, de-AT …), else a standard one for the language.
 * `preferred` defaults to the browser's languages, most wanted first.
 */
export function localeOf(
  language: UiLanguage,
  preferred: readonly string[] = browserLocales(),
): string {
  for (const tag of preferred) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      continue; // not a valid tag
    }
    if (canonical && canonical.split('-')[0]!.toLowerCase() === language) {
      // a bare "de" says nothing about the region: the standard one is as good
      return canonical.includes('-') ? canonical : FALLBACK_LOCALE[language];
    }
  }
  return FALLBACK_LOCALE[language];
}
