import { defineMessages } from '../../i18n';

export const teamMessages = defineMessages({
  en: {
    whereDevice: 'This device only',
    whereTeam: 'Team',
    whereBoth: 'Team and this device',
    whereLabel: 'Where it lives',
    publish: 'Publish to team',
    published: '“{title}” is now in the team repository.',
    teamTrash: 'Move to team trash',
    teamRestore: 'Restore for the team',
    teamTrashed: '“{title}” is in the team trash.',
    teamRestored: '“{title}” is back for the team.',
    teamError: 'The team repository refused: {message}',
    teamOffline: 'The team repository cannot be reached; showing what this device knows.',
    teamLoggedOut:
      'The team link is no longer valid (revoked or expired). Maps on this device stay.',
    teamConnected: 'Team repository: {count} maps ({role})',
    fetching: 'Getting “{title}” from the team…',
    teamTemplates: 'Team templates',
  },
  de: {
    whereDevice: 'Nur auf diesem Gerät',
    whereTeam: 'Team',
    whereBoth: 'Team und dieses Gerät',
    whereLabel: 'Wo sie liegt',
    publish: 'Im Team veröffentlichen',
    published: '„{title}“ liegt jetzt im Team-Repository.',
    teamTrash: 'In den Team-Papierkorb',
    teamRestore: 'Für das Team wiederherstellen',
    teamTrashed: '„{title}“ liegt im Team-Papierkorb.',
    teamRestored: '„{title}“ ist für das Team wieder da.',
    teamError: 'Das Team-Repository hat abgelehnt: {message}',
    teamOffline:
      'Das Team-Repository ist nicht erreichbar; angezeigt wird, was dieses Gerät kennt.',
    teamLoggedOut:
      'Der Team-Link gilt nicht mehr (widerrufen oder abgelaufen). Die Maps auf diesem Gerät bleiben.',
    teamConnected: 'Team-Repository: {count} Maps ({role})',
    fetching: '„{title}“ wird vom Team geholt…',
    teamTemplates: 'Vorlagen des Teams',
  },
});
