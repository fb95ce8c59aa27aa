/** The open check as an immutable snapshot, re-rendering on every local or remote change. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { maturitySnapshot, observeMaturity, type MapDoc } from '../../doc';
import type { MaturityCheck } from '../../model/maturity';

export function useCheck(doc: MapDoc): MaturityCheck | null {
  const cache = useRef<{ doc: MapDoc; value: MaturityCheck | null } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) =>
      observeMaturity(doc, () => {
        cache.current = null;
        listener();
      }),
    [doc],
  );
  const get = useCallback(() => {
    if (cache.current?.doc !== doc) cache.current = { doc, value: maturitySnapshot(doc) };
    return cache.current.value;
  }, [doc]);
  return useSyncExternalStore(subscribe, get, get);
}
