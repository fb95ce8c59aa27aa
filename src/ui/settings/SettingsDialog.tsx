/**
 * Display name, colour and UI language. A modal dialog: focus moves in on open,
 * Escape and the close button end it, focus returns to what opened it.
 */
import { useEffect, useId, useRef } from 'react';
import { UI_LANGUAGES, useLanguageStore, useT, type UiLanguage } from '../i18n';
import { settingsMessages } from './messages';
import { USER_COLORS, useSettings } from './useSettings';
import './settings.css';

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(settingsMessages);
  const { displayName, color, userId, setDisplayName, setColor } = useSettings();
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  const headingId = useId();
  const nameId = useId();
  const languageId = useId();
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    firstField.current?.focus();
    return () => before?.focus?.();
  }, [open]);

  if (!open) return null;
  return (
    <div
      className="jb-modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        className="jb-modal settings-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id={headingId}>{t('heading')}</h2>
        <label htmlFor={nameId}>{t('name')}</label>
        <input
          id={nameId}
          ref={firstField}
          defaultValue={displayName}
          placeholder={t('namePlaceholder')}
          maxLength={80}
          onBlur={(e) => setDisplayName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && setDisplayName(e.currentTarget.value)}
        />
        <fieldset className="settings-colors">
          <legend>{t('color')}</legend>
          {USER_COLORS.map((c) => (
            <label key={c} className="settings-color" style={{ background: c }}>
              <input
                type="radio"
                name="user-color"
                value={c}
                checked={color === c}
                onChange={() => setColor(c)}
                aria-label={t('colorOption', { color: c })}
              />
            </label>
          ))}
        </fieldset>
        <label htmlFor={languageId}>{t('language')}</label>
        <select
          id={languageId}
          value={language}
          onChange={(e) => setLanguage(e.target.value as UiLanguage)}
        >
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l === 'de' ? t('german') : t('english')}
            </option>
          ))}
        </select>
        <p className="settings-user-id">
          {t('userId')}: <code>{userId}</code>
        </p>
        <div className="jb-modal-actions">
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
