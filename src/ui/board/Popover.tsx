/** A toolbar button that opens a small panel; Escape or a click outside closes it. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function Popover({
  label,
  buttonContent,
  disabled,
  children,
}: {
  label: string;
  buttonContent: ReactNode;
  disabled?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="jb-popover" ref={root}>
      <button
        ref={button}
        type="button"
        className="jb-btn"
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        title={label}
        disabled={disabled}
        onClick={() => setOpen((v) => !v)}
      >
        {buttonContent}
      </button>
      {open && (
        <div
          id={id}
          className="jb-popover__panel jb-surface"
          role="dialog"
          aria-label={label}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          {children(close)}
        </div>
      )}
    </div>
  );
}
