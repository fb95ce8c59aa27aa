import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Modal } from './Modal';

function Opener({ onClose = () => undefined }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open
      </button>
      {open && (
        <Modal
          title="Rename"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        >
          <input aria-label="first" />
          <button type="button">last</button>
        </Modal>
      )}
    </>
  );
}

describe('Modal', () => {
  it('is a dialog labelled by its title, focuses the first field and keeps Tab inside', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'open' }));
    expect(screen.getByRole('dialog', { name: 'Rename' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('first'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'last' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('first'));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'last' }));
  });

  it('closes on Escape, without the key reaching the page, and returns focus to the opener', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    render(<Opener onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'open' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    document.removeEventListener('keydown', pageKeys);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(pageKeys).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(opener);
  });
});
