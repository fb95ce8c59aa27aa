/** EN/DE switch for the UI language (remembered on this device). */
import { UI_LANGUAGES, useLanguageStore, useT } from '../../i18n';
import { boardMessages } from './messages';

export function LanguageSwitch() {
  const t = useT(boardMessages);
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  return (
    <div className="jb-lang" role="group" aria-label={t('language')}>
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          className="jb-btn jb-btn--small"
          aria-pressed={language === lang}
          lang={lang}
          onClick={() => setLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
