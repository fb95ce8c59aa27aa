/** UI text of the app shell (routes, loading and error screens). */
import { defineMessages } from '../i18n';

export const appMessages = defineMessages({
  en: {
    loading: 'Opening the map…',
    notFound: 'Map not found',
    openFailed: 'The map could not be opened',
    notFoundHint: 'This map is not stored on this device, and no relay has it for this link.',
    backHome: 'Back to all maps',
    pageNotFound: 'Page not found',
    appName: 'Journeyboard',
    share: 'Share',
    settings: 'Settings',
    guest: 'Guest',
  },
  de: {
    loading: 'Map wird geöffnet…',
    notFound: 'Map nicht gefunden',
    openFailed: 'Die Map konnte nicht geöffnet werden',
    notFoundHint:
      'Diese Map ist auf diesem Gerät nicht gespeichert, und kein Relay hat sie für diesen Link.',
    backHome: 'Zurück zu allen Maps',
    pageNotFound: 'Seite nicht gefunden',
    appName: 'Journeyboard',
    share: 'Teilen',
    settings: 'Einstellungen',
    guest: 'Gast',
  },
});
