import { useMemo } from 'react';
import { useLanguageStore } from './language';
import { translator, type Messages, type Translate } from './messages';

/** React hook: `const t = useT(messages); t('addCard')`. Re-renders on language change. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const language = useLanguageStore((s) => s.language);
  return useMemo(() => translator(messages, language), [messages, language]);
}
