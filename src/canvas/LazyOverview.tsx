/** The minimap (Overview.tsx), loaded after the board's first paint; nothing shows in its corner until then. */
import { lazy, Suspense, type ComponentProps } from 'react';

const LoadedOverview = lazy(() => import('./Overview').then((m) => ({ default: m.Overview })));

export function Overview(props: ComponentProps<typeof LoadedOverview>) {
  return (
    <Suspense fallback={null}>
      <LoadedOverview {...props} />
    </Suspense>
  );
}
