/** The live region that shows the map session's notices (refused commands, "nothing to undo"). */
import { useT } from '../i18n';
import { canvasMessages } from './messages';
import { useNotices } from '../session/useNotices';

export function Notices() {
  const t = useT(canvasMessages);
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="jb-notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`jb-notice jb-notice--${n.kind}`}>
          <span>{n.text}</span>
          <button
            type="button"
            aria-label={t('dismissNotice')}
            title={t('dismissNotice')}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
