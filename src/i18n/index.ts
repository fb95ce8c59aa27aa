export { useLanguageStore, localeOf, UI_LANGUAGES, type UiLanguage } from './language';
export { defineMessages, format, translator, type Messages, type Translate } from './messages';
export { useT } from './useT';
export { describeError } from './docErrors';
export { isApple, keyLabel } from './keys';
export { loadGerman } from './german';
