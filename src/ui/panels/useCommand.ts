/**
 * Runs document commands from event handlers. A command refuses bad input with a
 * DocError and leaves the document untouched; the panel shows the reason instead of
 * crashing the whole board.
 */
import { useCallback, useState } from 'react';
import { useT } from '../../i18n';
import { commonMessages } from './commonMessages';
import { errorMessage } from './errors';

export interface CommandRunner {
  /** runs `fn`; returns false (and remembers a message) when it threw */
  readonly run: (fn: () => void) => boolean;
  readonly error: string | null;
}

export function useCommand(): CommandRunner {
  const t = useT(commonMessages);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (fn: () => void) => {
      try {
        fn();
        setError(null);
        return true;
      } catch (e) {
        setError(t('commandFailed', { message: errorMessage(e) }));
        return false;
      }
    },
    [t],
  );
  return { run, error };
}
