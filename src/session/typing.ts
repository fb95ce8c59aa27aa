/**
 * An editing session of one text field. A keystroke reaches the document right
 * after the frame that shows it in the field has been painted (at most
 * TYPING_FLUSH_MS later) when the session wrote nothing within the last
 * TYPING_FLUSH_MS; keystrokes that follow a write more closely (a paste, an IME
 * commit, very fast typing) are written together TYPING_FLUSH_MS after it (and at
 * once when the tab is hidden or closed), so a reload or crash loses at most that
 * much; the whole session, from the first write to `end()`, is ONE undo step.
 */
import { rebaseText, type UndoController, type UndoGroup } from '../doc';

/**
 * The shortest time between two writes of a session, and the longest a keystroke
 * waits: one frame. Normal typing (a key every 60 ms or more) writes each keystroke
 * as soon as its frame is painted, so a peer sees it without a timer's wait (a 16 ms
 * timer on every keystroke; 60 ms gave ~100–110 ms typing → peer p95 on the big
 * map, 300 ms ~340 ms) and the typist's keystroke is painted before the board
 * update and storage write the write causes (writing inside the input event put
 * that work into the keystroke's frame: keystroke → paint p50 17 → 54 ms under load,
 * bench peer-browser). Keystrokes within a frame of the last write are one write.
 */
export const TYPING_FLUSH_MS = 16;

/** One channel for every session's after-paint hops: a new MessageChannel per keystroke cost ~1 ms under load. */
let paintChannel: MessageChannel | null = null;
/** one entry per message in flight, in posting order: the callback and whether it hopped once */
const inFlight: { fn: () => void; hopped: boolean }[] = [];

function postHop(entry: { fn: () => void; hopped: boolean }): void {
  if (!paintChannel) {
    paintChannel = new MessageChannel();
    paintChannel.port1.onmessage = () => {
      const next = inFlight.shift();
      if (!next) return;
      if (next.hopped) return next.fn();
      next.hopped = true;
      postHop(next);
    };
    // Node's ports keep the process alive while listened to; a browser's do not
    (paintChannel.port1 as unknown as { unref?: () => void }).unref?.();
  }
  inFlight.push(entry);
  paintChannel.port2.postMessage(null);
}

/**
 * Runs `fn` once the frame being prepared has been painted: requestAnimationFrame
 * runs before the paint, a task posted from it after; posted once more, so the
 * tasks other frame callbacks posted for after the paint run first. Without frames
 * (a hidden tab, tests) nothing runs and the caller's timer writes instead.
 */
function afterNextPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return;
  requestAnimationFrame(() => postHop({ fn, hopped: false }));
}

/** Where a session reads and writes its text. */
export interface TypingTarget {
  /** the text in the document now */
  read(): string;
  /** writes `text` with one document command; may throw to refuse it */
  write(text: string): void;
  /** the session wrote and ends (or the tab hides): one more write inside its undo step */
  finish?(): void;
}

export interface TypingSession {
  /** The user's text is now `text`; written after the next paint, within TYPING_FLUSH_MS. */
  change(text: string): void;
  /** The document's text changed (a peer): adopted when nothing local is pending. */
  remoteChanged(): void;
  /** Write what is pending now; throws what the target's write throws. */
  flush(): void;
  /** Write what is pending and close the undo step. */
  end(): void;
  /** Drop what is pending and take back everything the session wrote (no undo step). */
  cancel(): void;
}

export interface TypingOptions {
  readonly delay?: number;
  /**
   * Replay the local edit on a peer's concurrent one (default). Off for fields
   * whose commit normalises the text (trims it): there the local text wins.
   */
  readonly merge?: boolean;
  /**
   * The text the editor should show now differs from what the user typed: a
   * peer's edit was merged in (see rebaseText) or arrived while nothing was pending.
   */
  readonly onMerge?: (text: string) => void;
  /** a timed write was refused (the next `end()` tries again and reports) */
  readonly onRefused?: (error: unknown) => void;
}

/** Opens a typing session on `target`; the first write opens its undo group. */
export function startTyping(
  undo: UndoController,
  target: TypingTarget,
  options: TypingOptions = {},
): TypingSession {
  const delay = options.delay ?? TYPING_FLUSH_MS;
  const merge = options.merge ?? true;
  // the text both sides last agreed on: local edits are replayed from here
  let base = target.read();
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** when the session last wrote (Date.now(), so fake timers in tests move it too) */
  let wroteAt = -Infinity;
  let group: UndoGroup | null = null;
  let closed = false;

  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (closed || pending === null) return;
    const local = pending;
    const remote = merge ? target.read() : base;
    const text = merge ? rebaseText(base, local, remote) : local;
    if (text !== remote) {
      group ??= undo.beginGroup();
      wroteAt = Date.now();
      target.write(text);
    }
    pending = null;
    base = text;
    if (text !== local) options.onMerge?.(text);
  };
  const timed = (): void => {
    try {
      flush();
    } catch (error) {
      options.onRefused?.(error);
    }
  };
  // the tab may never come back: what was written so far is finished too
  const hide = (): void => {
    timed();
    try {
      if (group) target.finish?.();
    } catch (error) {
      options.onRefused?.(error);
    }
  };
  // closing or hiding the tab gives no time to wait for the timer
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') hide();
  };
  const listen = typeof window !== 'undefined';
  if (listen) {
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', onHidden);
  }
  const close = (): void => {
    closed = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (listen) {
      window.removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', onHidden);
    }
  };

  return {
    change(text) {
      if (closed) return;
      pending = text === base ? null : text;
      if (pending === null || timer !== null) return;
      const since = Date.now() - wroteAt;
      // the first keystroke after a quiet frame goes out once its frame is painted; closer
      // ones wait for the frame's end (not reset by later keystrokes: steady typing is saved)
      if (since >= delay) {
        timer = setTimeout(timed, delay);
        afterNextPaint(timed);
      } else timer = setTimeout(timed, delay - since);
    },
    remoteChanged() {
      if (closed || !merge || pending !== null) return;
      const remote = target.read();
      if (remote === base) return;
      base = remote;
      options.onMerge?.(remote);
    },
    flush,
    end() {
      if (closed) return;
      try {
        flush();
        if (group) target.finish?.();
      } finally {
        close();
        group?.end();
      }
    },
    cancel() {
      if (closed && !group) return;
      pending = null;
      close();
      group?.cancel();
      group = null;
    },
  };
}
