/**
 * Inline, multi-line editing of a card's text. Typing stays local; the document
 * is written once, when editing ends (Ctrl/Cmd+Enter, Escape or leaving the field).
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../ui/i18n';
import { useUiStore } from '../../ui/session/uiStore';
import { canvasMessages } from '../messages';

export function CardTextEditor({
  initial,
  onCommit,
  focusAfter,
}: {
  initial: string;
  onCommit: (text: string) => void;
  /** where the focus goes when editing ends (default: the card's node) */
  focusAfter?: () => HTMLElement | null;
}) {
  const t = useT(canvasMessages);
  const [text, setText] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const finish = (value: string) => {
    if (done.current) return;
    done.current = true;
    onCommit(value);
    // hand the focus back to the card itself, so the keyboard user goes on from there
    const target = focusAfter
      ? focusAfter()
      : ref.current?.closest<HTMLElement>('.react-flow__node');
    useUiStore.getState().stopEditing();
    target?.focus({ preventScroll: true });
  };

  return (
    <textarea
      ref={ref}
      className="jb-card__editor nodrag nopan nowheel"
      aria-label={t('editText')}
      title={t('editHint')}
      value={text}
      rows={Math.max(2, text.split('\n').length)}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          finish(e.currentTarget.value);
        }
      }}
      onBlur={(e) => finish(e.currentTarget.value)}
    />
  );
}
