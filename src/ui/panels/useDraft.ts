/**
 * Local draft of one text field: typing stays local and is written to the document
 * once, on blur or Enter, so one edit is one undo step and peers do not see every
 * keystroke. While the field is not being edited it shows the live (possibly remote)
 * value; while it is, remote changes do not yank the text from under the cursor.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, FocusEvent, KeyboardEvent } from 'react';

type Element = HTMLInputElement | HTMLTextAreaElement;

export interface DraftOptions {
  /** textarea: Enter inserts a line break, Ctrl/⌘+Enter commits */
  readonly multiline?: boolean;
  /** returns an error message to refuse the value (the field reverts) */
  readonly validate?: (value: string) => string | null;
  /** turns an error thrown by the commit into a message for the user */
  readonly describeError?: (error: unknown) => string;
}

export interface Draft {
  readonly value: string;
  readonly error: string | null;
  readonly onFocus: (event: FocusEvent<Element>) => void;
  readonly onChange: (event: ChangeEvent<Element>) => void;
  readonly onBlur: (event: FocusEvent<Element>) => void;
  readonly onKeyDown: (event: KeyboardEvent<Element>) => void;
}

export function useDraft(
  live: string,
  commit: (value: string) => void,
  options: DraftOptions = {},
): Draft {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(live);
  const [error, setError] = useState<string | null>(null);
  // the value last written (or seen on focus): blur after Enter must not write twice
  const base = useRef(live);
  // what an unmount mid-edit must still save (a field removed while focused gets no blur)
  const pending = useRef<{ draft: string; commit: (value: string) => void } | null>(null);
  useEffect(() => {
    pending.current = editing ? { draft, commit } : null;
  });
  useEffect(
    () => () => {
      const last = pending.current;
      if (!last || last.draft === base.current || options.validate?.(last.draft)) return;
      try {
        last.commit(last.draft);
      } catch {
        // the entity is gone (deleted by a peer) or the value is refused: nothing left to show it on
      }
    },
    // runs once, on unmount; it reads the latest values through refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const save = (value: string): boolean => {
    if (value === base.current) return true;
    const refusal = options.validate?.(value) ?? null;
    if (refusal) {
      setError(refusal);
      return false;
    }
    try {
      commit(value);
      base.current = value;
      setError(null);
      return true;
    } catch (e) {
      // commands refuse invalid values without touching the document; say why, keep the text
      setError(options.describeError ? options.describeError(e) : String(e));
      return false;
    }
  };

  return {
    value: editing ? draft : live,
    error,
    onFocus: () => {
      base.current = live;
      setDraft(live);
      setEditing(true);
    },
    onChange: (event) => setDraft(event.target.value),
    onBlur: () => {
      if (!save(draft)) setDraft(base.current);
      setEditing(false);
    },
    onKeyDown: (event) => {
      if (event.key === 'Escape') {
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
