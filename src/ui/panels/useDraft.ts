/**
 * Local draft of one text field. What the user types reaches the document within
 * TYPING_FLUSH_MS (and at once when the tab is hidden or closed), so a reload or a
 * crash loses no more than that; one edit — focus to blur or Enter — is ONE undo
 * step. While the field is not being edited it shows the live (possibly remote)
 * value; while it is, remote changes do not yank the text from under the cursor.
 * Escape throws the edit away (the document goes back to what it was at focus).
 */
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, FocusEvent, KeyboardEvent } from 'react';
import { useMapSession } from '../../session/MapSession';
import { startTyping, type TypingSession } from '../../session/typing';

type Element = HTMLInputElement | HTMLTextAreaElement;

export interface DraftOptions {
  /** textarea: Enter inserts a line break, Ctrl/⌘+Enter commits */
  readonly multiline?: boolean;
  /** returns an error message to refuse the value (the field reverts) */
  readonly validate?: (value: string) => string | null;
  /** turns an error thrown by the commit into a message for the user */
  readonly describeError?: (error: unknown) => string;
  /** the edit wrote something and ends (inside its undo step): e.g. record it once */
  readonly onEnd?: () => void;
}

export interface Draft {
  readonly value: string;
  readonly error: string | null;
  readonly onFocus: (event: FocusEvent<Element>) => void;
  readonly onChange: (event: ChangeEvent<Element>) => void;
  readonly onBlur: (event: FocusEvent<Element>) => void;
  readonly onKeyDown: (event: KeyboardEvent<Element>) => void;
}

/** A refused value: timed writes skip it silently, blur and Enter say why. */
class Refusal extends Error {}

/**
 * `final` is false for the timed writes while the user types and true for the write that
 * ends the edit (blur, Enter, the field going away): a commit may wait for the final
 * value before a destructive step (an emptied goal is removed only when the edit ends).
 */
export type DraftCommit = (value: string, final: boolean) => void;

export function useDraft(live: string, commit: DraftCommit, options: DraftOptions = {}): Draft {
  const { undo } = useMapSession();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(live);
  const [error, setError] = useState<string | null>(null);
  // the value when this edit started: Escape and a refusal go back to it
  const base = useRef(live);
  const latest = useRef(live);
  const session = useRef<TypingSession | null>(null);
  const props = useRef({ commit, options });
  props.current = { commit, options };
  // true while the edit ends: the writes then are the final value
  const ending = useRef(false);
  const finish = (s: TypingSession, value: string) => {
    ending.current = true;
    try {
      s.change(value);
      s.end();
    } finally {
      ending.current = false;
    }
  };

  const open = (): TypingSession =>
    startTyping(
      undo,
      {
        read: () => base.current,
        write: (value) => {
          const refusal = props.current.options.validate?.(value) ?? null;
          if (refusal) throw new Refusal(refusal);
          props.current.commit(value, ending.current);
        },
        finish: () => props.current.options.onEnd?.(),
      },
      // the field's own text wins while it has the focus (commits may normalise, e.g. trim)
      { merge: false },
    );

  /** Ends the edit with `value`; returns whether it was kept. */
  const save = (value: string): boolean => {
    const s = session.current;
    session.current = null;
    if (!s) return true;
    try {
      finish(s, value);
      base.current = value;
      setError(null);
      return true;
    } catch (e) {
      // commands refuse invalid values without touching the document; say why, take the edit back
      s.cancel();
      const describe = props.current.options.describeError;
      setError(e instanceof Refusal ? e.message : describe ? describe(e) : String(e));
      return false;
    }
  };

  useEffect(
    () => () => {
      // a field removed while focused gets no blur: keep what was typed, if it is valid
      const s = session.current;
      session.current = null;
      if (!s) return;
      try {
        finish(s, latest.current);
      } catch {
        s.cancel();
      }
    },
    [],
  );

  return {
    value: editing ? draft : live,
    error,
    onFocus: () => {
      base.current = live;
      latest.current = live;
      setDraft(live);
      setEditing(true);
    },
    onChange: (event) => {
      const value = event.target.value;
      latest.current = value;
      setDraft(value);
      session.current ??= open();
      session.current.change(value);
    },
    onBlur: () => {
      if (!save(draft)) setDraft(base.current);
      setEditing(false);
    },
    onKeyDown: (event) => {
      if (event.key === 'Escape') {
        session.current?.cancel();
        session.current = null;
        latest.current = base.current;
        setDraft(base.current);
        setError(null);
        return;
      }
      if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
      if (options.multiline && !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      save(draft);
    },
  };
}
