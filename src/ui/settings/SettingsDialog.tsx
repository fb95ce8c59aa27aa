/**
 * Display name, colour, UI language, and whether the browser keeps this device's
 * maps for good. A modal dialog: focus moves in on open, Escape and the close
 * button end it, focus returns to what opened it. Changes are saved as they are made.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { Modal } from '../modal/Modal';
import {
  checkPersistence,
  persistenceState,
  requestPersistentStorage,
  subscribePersistence,
} from '../../storage';
import { UI_LANGUAGES, useLanguageStore, useT, type UiLanguage } from '../../i18n';
import { settingsMessages } from './messages';
import { USER_COLORS, useSettings } from './useSettings';
import './settings.css';

/** Persistent storage: the current state, re-read on open, and a way to ask for it. */
function StorageSection() {
  const t = useT(settingsMessages);
  const state = useSyncExternalStore(subscribePersistence, persistenceState, persistenceState);
  const [asking, setAsking] = useState(false);
  const headingId = useId();
  useEffect(() => {
    void checkPersistence();
  }, []);
  const text = {
    unknown: t('storageChecking'),
    unsupported: t('storageUnsupported'),
    persisted: t('storagePersisted'),
    'not-persisted': t('storageNotPersisted'),
  }[state];
  return (
    <section className="settings-storage" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('storageHeading')}</h3>
      <p role="status">{text}</p>
      {state === 'not-persisted' && (
        <button
          type="button"
          disabled={asking}
          onClick={() => {
            setAsking(true);
            void requestPersistentStorage({ userAsked: true }).finally(() => setAsking(false));
          }}
        >
          {t('storageAsk')}
        </button>
      )}
    </section>
  );
}

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(settingsMessages);
  const { displayName, color, userId, setDisplayName, setColor } = useSettings();
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  const nameId = useId();
  const languageId = useId();
  const firstField = useRef<HTMLInputElement>(null);

  if (!open) return null;
  return (
    <Modal
      title={t('heading')}
      className="settings-dialog"
      onClose={onClose}
      initialFocus={firstField}
    >
      <label htmlFor={nameId}>{t('name')}</label>
      <input
        id={nameId}
        ref={firstField}
        defaultValue={displayName}
        placeholder={t('namePlaceholder')}
        maxLength={80}
        // saved as typed: Escape or a click outside must not lose the name
        onChange={(e) => setDisplayName(e.target.value)}
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
      <StorageSection />
      <p className="settings-user-id">
        {t('userId')}: <code>{userId}</code>
      </p>
      <div className="jb-modal-actions">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
