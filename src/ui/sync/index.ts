export { SyncStatus } from './SyncStatus';
export { ShareDialog, type ShareDialogProps } from './ShareDialog';
export { syncMessages } from './messages';
