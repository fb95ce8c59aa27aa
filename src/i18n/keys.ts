/**
 * How keyboard shortcuts are written for this user: ⌘ ⌥ ⇧ on Apple devices,
 * Ctrl/Strg and Alt elsewhere, with the German key caps in German.
 */
import type { UiLanguage } from './language';

/** Whether the device is an Apple one (its users press ⌘ where others press Ctrl). */
export function isApple(
  nav: { platform?: string; userAgent?: string } | undefined = globalThis.navigator,
): boolean {
  if (!nav) return false;
  return /Mac|iPhone|iPad|iPod/.test(nav.platform || nav.userAgent || '');
}

/** A shortcut as written in this app (`Ctrl+Shift+Z`, `Alt+←`, `Delete`), for the user. */
export function keyLabel(keys: string, language: UiLanguage, apple: boolean = isApple()): string {
  if (apple) {
    return keys
      .replace(/\bCtrl\+/g, '⌘')
      .replace(/\bAlt\+/g, '⌥')
      .replace(/\bShift\+/g, '⇧');
  }
  if (language === 'de') return keys.replace(/\bCtrl\b/g, 'Strg').replace(/\bDelete\b/g, 'Entf');
  return keys;
}
