/** Browser entry: styles, the device's storage, the test hook (dev/e2e only), the service worker, and the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/board.css';
import { App } from './app/App';
import { provideDeviceStorage } from './app/deviceStorage';
import { installTestHook } from './app/testHook';
import { registerServiceWorker } from './sw/register';
import { useLanguageStore } from './i18n';

provideDeviceStorage();
installTestHook();
void registerServiceWorker();
document.documentElement.lang = useLanguageStore.getState().language;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
