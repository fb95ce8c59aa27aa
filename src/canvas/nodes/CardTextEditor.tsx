/**
 * Inline, multi-line editing of a card's text. Typing reaches the document within
 * TYPING_FLUSH_MS (a reload or crash loses no more), and the whole session — from
 * opening the editor to closing it — is ONE undo step. Ctrl/Cmd+Enter, Escape and
 * leaving the field all close it and keep the text, as on a whiteboard.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keyLabel, useLanguageStore, useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { startTyping, type TypingSession, type TypingTarget } from '../../session/typing';
import { useUiStoreApi } from '../../session/uiStore';
import { noteEditorVanished } from '../keyGuard';
import { canvasMessages } from '../messages';
import { noticeError } from '../../session/notices';

/** How the editor was closed: by a key (focus goes back to the board) or by leaving it. */
export type CloseReason = 'key' | 'blur';

export interface CardTextEditorProps {
  /** the card's text in the document; a peer's edit shows while nothing local is pending */
  live: string;
  target: TypingTarget;
  /** an empty text at the end takes back everything the session wrote (a new card) */
  discardEmpty?: boolean;
  /** the user closed the editor; `kept` is false when an empty new card was dropped */
  onDone?: (kept: boolean, reason: CloseReason) => void;
  /** the editor went away without being closed (its node scrolled out of view): the text is saved */
  onGone?: () => void;
  /** where the focus goes when editing ends by key (default: the card's node) */
  focusAfter?: () => HTMLElement | null;
}

/** Where a caret at `at` goes when the text changes from `before` to `after` elsewhere. */
function shiftCaret(before: string, after: string, at: number): number {
  let common = 0;
  const max = Math.min(before.length, after.length);
  while (common < max && before[common] === after[common]) common++;
  return at <= common ? at : Math.max(common, at + after.length - before.length);
}

export function CardTextEditor({
  live,
  target,
  discardEmpty,
  onDone,
  onGone,
  focusAfter,
}: CardTextEditorProps) {
  const t = useT(canvasMessages);
  const language = useLanguageStore((s) => s.language);
  const { undo } = useMapSession();
  const uiStore = useUiStoreApi();
  const [text, setText] = useState(live);
  const ref = useRef<HTMLTextAreaElement>(null);
  const session = useRef<TypingSession | null>(null);
  const latest = useRef(live);
  const done = useRef(false);
  const mounted = useRef(false);
  const caret = useRef<[number, number] | null>(null);
  const props = useRef({ target, onGone, discardEmpty });
  props.current = { target, onGone, discardEmpty };

  /** Ends the session; returns whether the text was kept. */
  const close = (s: TypingSession, value: string): boolean => {
    if (props.current.discardEmpty && value.trim() === '') {
      s.cancel();
      return false;
    }
    s.change(value);
    s.end();
    return true;
  };

  useEffect(() => {
    mounted.current = true;
    const s = startTyping(
      undo,
      {
        read: () => props.current.target.read(),
        write: (value) => props.current.target.write(value),
        finish: () => props.current.target.finish?.(),
      },
      {
        onMerge: (merged) => {
          const el = ref.current;
          if (el) {
            const before = el.value;
            caret.current = [
              shiftCaret(before, merged, el.selectionStart),
              shiftCaret(before, merged, el.selectionEnd),
            ];
          }
          latest.current = merged;
          setText(merged);
        },
        onRefused: (error) => noticeError(uiStore.getState().notices, error),
      },
    );
    session.current = s;
    return () => {
      mounted.current = false;
      session.current = null;
      if (done.current) return;
      close(s, latest.current);
      // StrictMode remounts at once; only a real unmount (the node left the view) tells the parent
      queueMicrotask(() => {
        if (mounted.current || done.current) return;
        // the user was typing: what they type next must not become board shortcuts
        noteEditorVanished(uiStore);
        props.current.onGone?.();
      });
    };
    // the session lives as long as the editor; its target is read through a ref
  }, [undo, uiStore]);

  useEffect(() => session.current?.remoteChanged(), [live]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && caret.current) el.setSelectionRange(...caret.current);
    caret.current = null;
  }, [text]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const finish = (value: string, reason: CloseReason) => {
    if (done.current) return;
    done.current = true;
    const s = session.current;
    const kept = s ? close(s, value) : true;
    // hand the focus back to the card itself, so the keyboard user goes on from there
    const next =
      reason === 'key'
        ? focusAfter
          ? focusAfter()
          : ref.current?.closest<HTMLElement>('.react-flow__node')
        : null;
    uiStore.getState().stopEditing();
    onDone?.(kept, reason);
    next?.focus({ preventScroll: true });
  };

  return (
    <textarea
      ref={ref}
      className="jb-card__editor nodrag nopan nowheel"
      aria-label={t('editText')}
      title={t('editHint', { finish: keyLabel('Ctrl+Enter', language) })}
      value={text}
      maxLength={10_000}
      rows={Math.max(2, text.split('\n').length)}
      onChange={(e) => {
        latest.current = e.target.value;
        setText(e.target.value);
        session.current?.change(e.target.value);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          finish(e.currentTarget.value, 'key');
        }
      }}
      onBlur={(e) => finish(e.currentTarget.value, 'blur')}
    />
  );
}
