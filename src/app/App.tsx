/** The composition root's view: routes to the home screen or a map's board, plus app-wide parts. */
import { lazy, Suspense } from 'react';
import { useT } from '../i18n';
import { HomeLink } from './HomeLink';
import { MapRoute } from './MapRoute';
import { appMessages } from './messages';
import { mapPath, navigate, useRoute } from './router';
import { ImportingDropZone } from '../ui/files/ImportingDropZone';
import { UpdateBanner } from '../ui/settings/UpdateBanner';

// loaded when first shown: a first visit to a map does not wait for the home screen
const HomeRoute = lazy(() => import('./HomeRoute').then((m) => ({ default: m.HomeRoute })));
const InsightsRoute = lazy(() =>
  import('./InsightsRoute').then((m) => ({ default: m.InsightsRoute })),
);

const MaturityRoute = lazy(() =>
  import('./MaturityRoute').then((m) => ({ default: m.MaturityRoute })),
);

const openMap = (mapId: string) => navigate(mapPath(mapId));

export function App() {
  return (
    <>
      <UpdateBanner />
      {/* journey files dropped on any screen are imported, never opened by the browser */}
      <ImportingDropZone onOpen={openMap} />
      <Routes />
    </>
  );
}

function Routes() {
  const route = useRoute();
  const t = useT(appMessages);
  const loading = (
    <p className="jb-center" role="status">
      {t('loading')}
    </p>
  );
  switch (route.name) {
    case 'home':
      return (
        <Suspense fallback={loading}>
          <HomeRoute />
        </Suspense>
      );
    case 'insights':
      return (
        <Suspense fallback={loading}>
          <InsightsRoute />
        </Suspense>
      );
    case 'maturity':
      return (
        <Suspense
          fallback={
            <p className="jb-center" role="status">
              {t('loading')}
            </p>
          }
        >
          <MaturityRoute key={route.checkId} checkId={route.checkId} />
        </Suspense>
      );
    case 'map':
      return <MapRoute key={route.mapId} mapId={route.mapId} token={route.token} />;
    case 'notFound':
      return (
        <div className="jb-center" role="alert">
          <h1>{t('pageNotFound')}</h1>
          <HomeLink />
        </div>
      );
  }
}
