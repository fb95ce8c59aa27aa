/**
 * Notices a lost relay within LIVENESS_SILENCE_MS. The stock y-websocket client only
 * gives up on a silent socket after 30 s, and a cut network (no TCP close) is
 * silent: so while the socket is open and nothing arrived for LIVENESS_PING_MS we
 * ask the relay for presence (a query-awareness message, answered by the relay at
 * once, to this socket only); LIVENESS_SILENCE_MS without any message means the
 * relay is out of reach. The browser's own `offline` event counts at once.
 */
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';

export const LIVENESS_PING_MS = 500;
export const LIVENESS_SILENCE_MS = 1500;
const CHECK_MS = 250;
/** y-protocols' query-awareness message type */
const MESSAGE_QUERY_AWARENESS = 3;
const OPEN = 1;

export interface Liveness {
  /** the socket is open but the relay has not answered for a while, or the browser is offline */
  isLost(): boolean;
  stop(): void;
}

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** Watches `provider`'s socket; `changed` is called when isLost() flips. */
export function watchLiveness(provider: WebsocketProvider, changed: () => void): Liveness {
  let silent = false;
  let online = browserOnline();
  let lastPing = 0;
  const lost = () => silent || !online;
  const update = (nextSilent: boolean, nextOnline: boolean) => {
    const before = lost();
    silent = nextSilent;
    online = nextOnline;
    if (lost() !== before) changed();
  };
  const check = () => {
    const ws = provider.ws;
    // before the first sync step 2 a big room may take a while: that is "connecting"
    if (!provider.wsconnected || !provider.synced || !ws || ws.readyState !== OPEN) {
      update(false, online);
      return;
    }
    const now = Date.now();
    const quiet = now - provider.wsLastMessageReceived;
    if (quiet >= LIVENESS_PING_MS && now - lastPing >= LIVENESS_PING_MS) {
      lastPing = now;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_QUERY_AWARENESS);
      try {
        ws.send(encoding.toUint8Array(encoder));
      } catch {
        // a socket that cannot send is about to close; the client's close handling follows
      }
    }
    update(quiet >= LIVENESS_SILENCE_MS, online);
  };
  const timer = setInterval(check, CHECK_MS);
  (timer as { unref?: () => void }).unref?.();
  const onOffline = () => update(silent, false);
  const onOnline = () => update(silent, true);
  const target = typeof window !== 'undefined' ? window : null;
  target?.addEventListener('offline', onOffline);
  target?.addEventListener('online', onOnline);
  return {
    isLost: lost,
    stop() {
      clearInterval(timer);
      target?.removeEventListener('offline', onOffline);
      target?.removeEventListener('online', onOnline);
    },
  };
}
