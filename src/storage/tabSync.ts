/**
 * Keeps two tabs (or windows) on the same map in step without a relay, over a
 * BroadcastChannel per map:
 *   on open:   post { hello, stateVector }
 *   on hello:  answer { sync, stateVector, update-they-lack }
 *   on sync:   apply; answer { update-they-lack } (the opener may have had offline edits)
 *   on edit:   post { update }  (every update except those that came from the channel,
 *              after the next paint, merged)
 * Updates are idempotent in Yjs, so duplicates (e.g. also via the relay) do no harm.
 */
import * as Y from 'yjs';
import { afterPaint } from './afterPaint';

type Message =
  | { readonly type: 'hello'; readonly from: string; readonly sv: Uint8Array }
  | {
      readonly type: 'sync';
      readonly from: string;
      readonly to: string;
      readonly sv: Uint8Array;
      readonly update: Uint8Array;
    }
  | { readonly type: 'update'; readonly from: string; readonly update: Uint8Array };

export interface TabSync {
  /** the origin of updates that arrived from another tab */
  readonly origin: object;
  destroy(): void;
}

export function channelName(mapId: string): string {
  return `journeyboard-map:${mapId}`;
}

/** Starts exchanging updates of `doc` with other tabs that opened the same map. */
export function startTabSync(mapId: string, doc: Y.Doc): TabSync | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelName(mapId));
  const origin = { tabSync: mapId };
  const self = `${doc.clientID}-${Math.random().toString(36).slice(2)}`;
  const post = (message: Message) => channel.postMessage(message);
  // a 2-byte update is the empty update: nothing worth sending
  const worthSending = (update: Uint8Array) => update.length > 2;

  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message || message.from === self) return;
    switch (message.type) {
      case 'hello':
        post({
          type: 'sync',
          from: self,
          to: message.from,
          sv: Y.encodeStateVector(doc),
          update: Y.encodeStateAsUpdate(doc, message.sv),
        });
        break;
      case 'sync': {
        if (message.to !== self) return;
        Y.applyUpdate(doc, message.update, origin);
        const missing = Y.encodeStateAsUpdate(doc, message.sv);
        if (worthSending(missing)) post({ type: 'update', from: self, update: missing });
        break;
      }
      case 'update':
        Y.applyUpdate(doc, message.update, origin);
        break;
    }
  };

  // posted after the frame that shows them, merged: the copy to other tabs never
  // delays a paint
  let pending: Uint8Array[] = [];
  const postPending = () => {
    if (!pending.length) return;
    const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    post({ type: 'update', from: self, update });
  };
  const onUpdate = (update: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin === origin) return;
    if (!pending.length) afterPaint(postPending);
    pending.push(update);
  };
  doc.on('update', onUpdate);
  post({ type: 'hello', from: self, sv: Y.encodeStateVector(doc) });

  return {
    origin,
    destroy() {
      doc.off('update', onUpdate);
      postPending();
      channel.close();
    },
  };
}
