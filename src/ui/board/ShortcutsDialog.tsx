/** The `?` dialog: every keyboard shortcut of the board. */
import { useEffect, useRef } from 'react';
import { keyLabel, useLanguageStore, useT } from '../../i18n';
import { boardMessages } from './messages';
import { SHORTCUTS } from './useShortcuts';

export function ShortcutsDialog({ onClose, readOnly }: { onClose: () => void; readOnly: boolean }) {
  const t = useT(boardMessages);
  const language = useLanguageStore((s) => s.language);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div
      className="jb-modal-backdrop"
      onPointerDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        className="jb-modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="jb-shortcuts-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.stopPropagation();
            e.preventDefault();
            onClose();
          }
        }}
      >
        <h2 id="jb-shortcuts-title">{t('shortcuts')}</h2>
        <table className="jb-shortcuts">
          <tbody>
            {SHORTCUTS.filter((s) => !readOnly || !s.edit).map((s) => (
              <tr key={s.what}>
                <th scope="row">
                  <kbd>{keyLabel(s.keys, language)}</kbd>
                </th>
                <td>{t(s.what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="jb-form__buttons">
          <button ref={closeRef} type="button" className="jb-btn" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
