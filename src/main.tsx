/** Browser entry: styles, the device's storage, the test hook (dev/e2e only), opening the routed map, the service worker, and the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/board.css';
import { App } from './app/App';
import { provideDeviceStorage } from './app/deviceStorage';
import { installTestHook } from './app/testHook';
import { registerServiceWorker } from './sw/register';
import { loadGerman, useLanguageStore } from './i18n';
import { routeNow } from './app/router';
import { openMapEarly } from './app/earlyOpen';

provideDeviceStorage();
const testHook = installTestHook();
// a map's storage and relay start loading while React renders for the first time
const route = routeNow();
if (route.name === 'map') void openMapEarly(route.mapId, route.token);
// registered at once: its precache is what lets a map opened a moment ago keep
// working offline (lazy chunks such as the inspector); deferring it broke that
void registerServiceWorker();
document.documentElement.lang = useLanguageStore.getState().language;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// a German first render waits for the German texts (their own chunk in a build);
// with the test hook on (dev, e2e), the app renders once the hook is installed
const german = useLanguageStore.getState().language === 'de' ? loadGerman() : null;
if (testHook || german) void Promise.all([testHook, german?.catch(() => {})]).then(render);
else render();
