/**
 * The open map session's notices, for components: the store lives in the session's
 * view state (`uiStore.ts`), reached through `MapSessionProvider`'s context.
 */
import { useCallback } from 'react';
import { useStore } from 'zustand';
import { attempt, noticeError, type NoticeState, type NoticeStore } from './notices';
import { useUiStore } from './uiStore';

/** The open map session's notice store (for `push` in handlers). */
export function useNoticeStore(): NoticeStore {
  return useUiStore((s) => s.notices);
}

/** A slice of the open map session's notices; re-renders when it changes. */
export function useNotices<T>(selector: (state: NoticeState) => T): T {
  return useStore(useNoticeStore(), selector);
}

/** `attempt` bound to the open map session's notices. */
export function useAttempt(): <T>(run: () => T) => T | undefined {
  const notices = useNoticeStore();
  return useCallback(<T>(run: () => T) => attempt(notices, run), [notices]);
}

/** `noticeError` bound to the open map session's notices. */
export function useNoticeError(): (error: unknown) => void {
  const notices = useNoticeStore();
  return useCallback((error: unknown) => noticeError(notices, error), [notices]);
}
