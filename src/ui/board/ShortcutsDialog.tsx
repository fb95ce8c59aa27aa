/** The `?` dialog: every keyboard shortcut of the board. */
import { useRef } from 'react';
import { keyLabel, useLanguageStore, useT } from '../../i18n';
import { Modal } from '../modal/Modal';
import { boardMessages } from './messages';
import { SHORTCUTS, shortcutMessages } from './shortcutList';

export function ShortcutsDialog({ onClose, readOnly }: { onClose: () => void; readOnly: boolean }) {
  const t = useT(boardMessages);
  const ts = useT(shortcutMessages);
  const language = useLanguageStore((s) => s.language);
  const closeRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      title={t('shortcuts')}
      titleId="jb-shortcuts-title"
      onClose={onClose}
      initialFocus={closeRef}
      closeKeys={['?']}
    >
      <table className="jb-shortcuts">
        <tbody>
          {SHORTCUTS.filter((s) => !readOnly || !s.edit).map((s) => (
            <tr key={s.what}>
              <th scope="row">
                <kbd>{keyLabel(s.keys, language)}</kbd>
              </th>
              <td>{ts(s.what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="jb-form__buttons">
        <button ref={closeRef} type="button" className="jb-btn" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
