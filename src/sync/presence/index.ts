/** Live-workshop presence over Yjs awareness (never stored), and the relay clock. */
export type { AwarenessChange, PresenceSource } from './source';
export {
  createPresencePublisher,
  PRESENCE_RATE_HZ,
  type PresencePatch,
  type PresencePublisher,
} from './publisher';
export { createPeersStore, type Peers, type PeersStore } from './peers';
export { createRelayClock, timeUrlFor, type RelayClock, type RelayClockOptions } from './clock';
export { throttle, type Throttled } from './throttle';
