/**
 * A small modal form used by the home screen (variant label, subjourney phase,
 * confirmations). Focus goes to the first field; Escape cancels; focus returns.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import '../settings/settings.css';

export function Dialog({
  title,
  submitLabel,
  cancelLabel,
  onSubmit,
  onCancel,
  children,
  danger,
}: {
  title: string;
  submitLabel: string;
  cancelLabel: string;
  onSubmit: (form: HTMLFormElement) => void;
  onCancel: () => void;
  children?: ReactNode;
  danger?: boolean;
}) {
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = form.current?.querySelector<HTMLElement>('input, select, button[type="submit"]');
    first?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div
      className="jb-modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onCancel()}
    >
      <div
        className="jb-modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      >
        <h2 id={headingId}>{title}</h2>
        <form
          ref={form}
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault();
            onSubmit(e.currentTarget);
          }}
        >
          {children}
          <div className="jb-modal-actions">
            <button type="button" onClick={onCancel}>
              {cancelLabel}
            </button>
            <button type="submit" className={danger ? 'is-danger' : 'is-primary'}>
              {submitLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
