/**
 * The one modal shell of the app: a backdrop, a `role="dialog"` labelled by its
 * title, focus moved in on open (a given element, a selector, or the first field),
 * Tab kept inside, Escape (and any `closeKeys`) or a press on the backdrop closes
 * it, and focus goes back to whatever opened it when it unmounts.
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import '../settings/settings.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  readonly title: ReactNode;
  readonly onClose: () => void;
  readonly children?: ReactNode;
  /** extra class on the dialog box */
  readonly className?: string;
  /** what gets focus on open: an element, a selector inside the dialog, or the first focusable */
  readonly initialFocus?: RefObject<HTMLElement | null> | string;
  /** keys besides Escape that close the dialog (e.g. `?` for the shortcuts list) */
  readonly closeKeys?: readonly string[];
  /** an id for the title (for tests and e2e selectors); generated when omitted */
  readonly titleId?: string;
}

export function Modal({
  title,
  onClose,
  children,
  className,
  initialFocus,
  closeKeys = [],
  titleId,
}: ModalProps) {
  const generatedId = useId();
  const headingId = titleId ?? generatedId;
  const box = useRef<HTMLDivElement>(null);
  // captured on the first render, before any child could take the focus
  const opener = useRef(
    typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null),
  );

  useEffect(() => {
    const root = box.current;
    const target =
      typeof initialFocus === 'string'
        ? root?.querySelector<HTMLElement>(initialFocus)
        : initialFocus
          ? initialFocus.current
          : root?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
    const before = opener.current;
    return () => before?.focus?.();
    // focus moves in once, on open
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' || closeKeys.includes(e.key)) {
      e.stopPropagation();
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key === 'Tab') trapTab(e, box.current);
  };

  return (
    <div
      className="jb-modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={box}
        className={className ? `jb-modal ${className}` : 'jb-modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={onKeyDown}
      >
        <h2 id={headingId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/** Tab from the last focusable goes to the first, Shift+Tab from the first to the last. */
function trapTab(e: React.KeyboardEvent, root: HTMLElement | null): void {
  if (!root) return;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || !root.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !root.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}
