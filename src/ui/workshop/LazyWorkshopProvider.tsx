/**
 * The map route's <WorkshopProvider>, with the workshop itself (vote/timer store,
 * presence, relay clock: WorkshopContext.tsx) in its own chunk (issue 18: not in the
 * JavaScript a first visit waits for). The locks apply from the first render
 * (workshopShell.tsx); the workshop is requested once the page is idle (the board has
 * painted: it does not compete with the first render) and fills the context when it is in — until then the workshop parts, which load after
 * the first paint too (lazy.tsx), show nothing. The tree below never changes shape,
 * so the board is not mounted twice.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { workshopRoleOf } from '../../model/workshop/roles';
import { OptionalPart } from '../OptionalPart';
import { WorkshopShell, type Workshop, type WorkshopConnection } from './workshopShell';

const WorkshopEngine = lazy(() =>
  import('./WorkshopContext').then((m) => ({ default: m.WorkshopEngine })),
);

/** true once the page is idle after mount (the board painted), at the latest after 2 s. */
export function useWhenIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(() => setIdle(true), { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }, []);
  return idle;
}

export function LazyWorkshopProvider({
  connection,
  onRename,
  children,
}: {
  connection: WorkshopConnection;
  onRename?: (name: string) => void;
  children: ReactNode;
}) {
  const [value, setValue] = useState<Workshop | null>(null);
  const load = useWhenIdle();
  const role = value?.role ?? workshopRoleOf(connection.role, connection.awareness !== null);
  return (
    <>
      <OptionalPart>
        <Suspense fallback={null}>
          {load && (
            <WorkshopEngine
              connection={connection}
              onValue={setValue}
              {...(onRename ? { onRename } : {})}
            />
          )}
        </Suspense>
      </OptionalPart>
      <WorkshopShell value={value} role={role}>
        {children}
      </WorkshopShell>
    </>
  );
}
