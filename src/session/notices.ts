/**
 * Short messages for the user (a refused command, "nothing to undo"), shown in a
 * polite live region by the board. One notice store per map session: the session's
 * view state (`uiStore.ts`) creates it, so two maps in one page never show each
 * other's notices. Plain functions take the store (`attempt(notices, run)`); components use the hooks
 * of `useNotices.ts`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { describeError, useLanguageStore } from '../i18n';

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly kind: 'info' | 'error';
}

export interface NoticeState {
  readonly notices: readonly Notice[];
  push(text: string, kind?: Notice['kind']): void;
  dismiss(id: number): void;
}

export type NoticeStore = StoreApi<NoticeState>;

/** How long a notice nobody dismisses stays. */
const FADE_MS = 5000;

/** A fresh notice store (one per map session; tests make their own). */
export function createNoticeStore(): NoticeStore {
  let nextId = 1;
  return createStore<NoticeState>()((set, get) => ({
    notices: [],
    push(text, kind = 'info') {
      const id = nextId++;
      set({ notices: [...get().notices.slice(-2), { id, text, kind }] });
      setTimeout(() => get().dismiss(id), FADE_MS);
    },
    dismiss(id) {
      if (get().notices.some((n) => n.id === id))
        set({ notices: get().notices.filter((n) => n.id !== id) });
    },
  }));
}

/** Shows why a command was refused, in the UI language. */
export function noticeError(notices: NoticeStore, error: unknown): void {
  // a DocError is an expected refusal; anything else is a bug worth a console entry
  if (!(error instanceof Error && error.name === 'DocError')) console.error(error);
  notices.getState().push(describeError(error, useLanguageStore.getState().language), 'error');
}

/** Runs a document command; a refused one (DocError or other) becomes an error notice. */
export function attempt<T>(notices: NoticeStore, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    noticeError(notices, error);
    return undefined;
  }
}
