/**
 * Short messages for the user (a refused command, "nothing to undo"), shown in a
 * polite live region by the board. Session scope.
 */
import { create } from 'zustand';
import { describeError, useLanguageStore } from '../i18n';

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly kind: 'info' | 'error';
}

interface NoticeState {
  readonly notices: readonly Notice[];
  push(text: string, kind?: Notice['kind']): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  push(text, kind = 'info') {
    const id = nextId++;
    set({ notices: [...get().notices.slice(-2), { id, text, kind }] });
    // a notice that nobody dismisses fades after a few seconds
    setTimeout(() => get().dismiss(id), 5000);
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));

/** Shows why a command was refused, in the UI language. */
export function noticeError(error: unknown): void {
  // a DocError is an expected refusal; anything else is a bug worth a console entry
  if (!(error instanceof Error && error.name === 'DocError')) console.error(error);
  useNotices.getState().push(describeError(error, useLanguageStore.getState().language), 'error');
}

/** Runs a document command; a refused one (DocError or other) becomes an error notice. */
export function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    noticeError(error);
    return undefined;
  }
}
