import { describeError, useLanguageStore } from '../../i18n';

/** Why a command refused, as a sentence in the UI language (commands throw DocError). */
export function errorMessage(error: unknown): string {
  return describeError(error, useLanguageStore.getState().language);
}
