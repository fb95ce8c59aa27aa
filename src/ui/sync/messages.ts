/** The sync status in the toolbar (the share dialog's texts: shareMessages.ts). */
import { defineMessages } from '../../i18n';

export const syncMessages = defineMessages({
  en: {
    localOnly: 'This device only',
    localOnlyHint: 'This map is saved in this browser and not shared through a relay.',
    offline: 'Offline',
    offlineHint: 'Changes are kept on this device and sent when the connection is back.',
    offlineKept: 'Changes are kept on this device',
    connecting: 'Connecting…',
    synced: 'Synced',
    syncing: 'Syncing…',
    pending: '{count, plural, one {# change} other {# changes}} waiting',
    pendingOne: '1 change waiting',
    readOnly: 'Read only',
    commentOnly: 'Comments only',
    'error.unauthorized': 'No access: the link is invalid, expired or revoked.',
    'error.forbidden': 'This relay does not accept connections from this address.',
    'error.invalid-map': 'The relay does not accept this map id.',
    'error.too-large': 'The map is larger than the relay allows; new changes stay on this device.',
    'error.refused': 'The relay refused the connection.',
    retry: 'Try again',
    statusLabel: 'Sync status',
  },
  de: {
    localOnly: 'Nur dieses Gerät',
    localOnlyHint: 'Diese Map ist in diesem Browser gespeichert und nicht über ein Relay geteilt.',
    offline: 'Offline',
    offlineHint:
      'Änderungen bleiben auf diesem Gerät und werden gesendet, sobald die Verbindung wieder steht.',
    offlineKept: 'Änderungen bleiben auf diesem Gerät',
    connecting: 'Verbinde…',
    synced: 'Synchronisiert',
    syncing: 'Synchronisiere…',
    pending: '{count, plural, one {# Änderung} other {# Änderungen}} ausstehend',
    pendingOne: '1 Änderung ausstehend',
    readOnly: 'Nur lesen',
    commentOnly: 'Nur kommentieren',
    'error.unauthorized': 'Kein Zugriff: Der Link ist ungültig, abgelaufen oder widerrufen.',
    'error.forbidden': 'Dieses Relay nimmt keine Verbindungen von dieser Adresse an.',
    'error.invalid-map': 'Das Relay akzeptiert diese Map-ID nicht.',
    'error.too-large':
      'Die Map ist größer, als das Relay erlaubt; neue Änderungen bleiben auf diesem Gerät.',
    'error.refused': 'Das Relay hat die Verbindung abgelehnt.',
    retry: 'Erneut versuchen',
    statusLabel: 'Synchronisationsstatus',
  },
});

export type SyncMessageKey = keyof typeof syncMessages.en;
