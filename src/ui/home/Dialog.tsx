/**
 * A small modal form used by the home screen (variant label, subjourney phase,
 * confirmations). Focus goes to the first field; Escape cancels; focus returns.
 */
import type { FormEvent, ReactNode } from 'react';
import { Modal } from '../modal/Modal';

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
  return (
    <Modal title={title} onClose={onCancel} initialFocus='input, select, button[type="submit"]'>
      <form
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
    </Modal>
  );
}
